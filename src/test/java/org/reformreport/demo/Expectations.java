package org.reformreport.demo;

import java.util.ArrayList;
import java.util.List;

/** What the intake should report about the demo inbox, collected while the rows are placed. */
final class Expectations {

    final List<ExpectedProblem> rejections = new ArrayList<>();
    final List<ExpectedProblem> warnings = new ArrayList<>();
    final List<ExpectedProblem> superseded = new ArrayList<>();
    final List<String> unreadableFiles = new ArrayList<>();

    void reject(ExpectedProblem at) {
        rejections.add(at);
    }

    void warn(ExpectedProblem at) {
        warnings.add(at);
    }

    void supersede(ExpectedProblem at) {
        superseded.add(at);
    }

    /** Where a row sits, before any reason is known. */
    static ExpectedProblem at(String file, String sheet, int row, String unitCode) {
        String code = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        return new ExpectedProblem(file, sheet, row, code, null);
    }

    static ExpectedProblem because(ExpectedProblem at, String reason) {
        return new ExpectedProblem(at.file(), at.sheet(), at.row(), at.unitCode(), reason);
    }
}
