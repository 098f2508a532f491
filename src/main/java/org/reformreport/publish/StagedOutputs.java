package org.reformreport.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.publish.ReportOutputRepository.StagedFile;

/**
 * Whether the staged outputs of a run are there and whole, compared with what their steps recorded
 * when they wrote them. A staging folder can be lost between a failure and the restart (a cleaned or
 * remounted disk, a reboot with the output on tmpfs): the output steps then write again what is
 * missing, and publish refuses to put a month in place that lacks a file or holds a damaged one.
 */
public final class StagedOutputs {

    private StagedOutputs() {}

    /**
     * Whether every recorded output is in the staging folder with the size it was written with (the
     * cheap check a restarted output step makes before deciding to write its documents again).
     */
    public static boolean present(Path staging, Collection<StagedFile> recorded) {
        for (StagedFile f : recorded) {
            Path file = staging.resolve(f.path());
            try {
                if (f.bytes() == null || !Files.isRegularFile(file) || Files.size(file) != f.bytes()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** One thing wrong with a staged month: the staged file to take out (null when there is none), and why. */
    public record Problem(@Nullable String path, String message) {}

    /**
     * What is wrong with the month about to be published, or nothing: every unit with figures needs
     * its report, the workbook and the district report (PDF and Word) must be there, and each file in staging must
     * have the size and sha256 it was written with.
     */
    public static List<Problem> check(
            Collection<StagedFile> recorded, Set<String> unitsWithFigures, List<Manifest.Output> staged) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Manifest.Output> byPath =
                staged.stream().collect(Collectors.toMap(Manifest.Output::path, Function.identity()));
        for (ReportOutput.Kind kind :
                List.of(ReportOutput.Kind.WORKBOOK, ReportOutput.Kind.DISTRICT, ReportOutput.Kind.DISTRICT_WORD)) {
            if (recorded.stream().noneMatch(f -> f.kind() == kind)) {
                problems.add(new Problem(null, "no " + kind + " output was recorded"));
            }
        }
        Set<String> unitsWithReports = recorded.stream()
                .filter(f -> f.kind() == ReportOutput.Kind.UNIT)
                .map(StagedFile::unitCode)
                .collect(Collectors.toSet());
        unitsWithFigures.stream()
                .filter(u -> !unitsWithReports.contains(u))
                .sorted()
                .forEach(u -> problems.add(new Problem(null, "no unit report was recorded for " + u)));
        for (StagedFile f : recorded) {
            Manifest.Output file = byPath.get(f.path());
            if (file == null) {
                problems.add(new Problem(f.path(), f.path() + " is missing"));
            } else if (f.bytes() == null
                    || file.bytes() != f.bytes()
                    || !file.sha256().equals(f.sha256())) {
                problems.add(new Problem(
                        f.path(),
                        f.path() + " is damaged (" + file.bytes() + " bytes, written with " + f.bytes() + ")"));
            }
        }
        return problems;
    }

    /** The messages of {@link #check}. */
    public static List<String> problems(
            Collection<StagedFile> recorded, Set<String> unitsWithFigures, List<Manifest.Output> staged) {
        return check(recorded, unitsWithFigures, staged).stream()
                .map(Problem::message)
                .toList();
    }
}
