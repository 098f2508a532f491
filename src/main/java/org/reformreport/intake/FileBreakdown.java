package org.reformreport.intake;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one imported file's rows came to, unit by unit, as a liaison's receipt tells it: rows
 * counted and superseded, rows rejected with their reasons, warnings, and the rows of earlier
 * files that this one corrected. Blank rows belong to no unit; the file's count is kept whole.
 *
 * @param byUnit by unit code as the rows carry it (a rejected row may name a code no unit has;
 *               '' when it named none), in the order the codes first appear in the file
 */
public record FileBreakdown(long fileId, String fileName, int blank, Map<String, UnitRows> byUnit) {

    /** One unit's rows in the file. */
    public record UnitRows(
            String unitCode,
            int counted,
            int superseded,
            List<RowNote> rejected,
            List<Replaced> supersededRows,
            List<RowNote> warnings,
            List<Corrected> corrected) {

        public int rejectedCount() {
            return rejected.size();
        }
    }

    /**
     * A row of the file (or a whole sheet, or the file, when {@code row} is null) and what is said of it.
     *
     * @param what the row's key in words (周起始日2026-10-05, 任务GG-01 2026-10), or "" when unknown
     */
    public record RowNote(String sheet, @Nullable Integer row, String what, String text) {}

    /** A row of this file that a later row (of this file or another) replaced. */
    public record Replaced(String sheet, int row, String what, String byFile, String bySheet, int byRow) {}

    /** A row of an earlier file that a row of this file replaced (已被更正). */
    public record Corrected(String fileName, String sheet, int row, String what, String bySheet, int byRow) {}
}
