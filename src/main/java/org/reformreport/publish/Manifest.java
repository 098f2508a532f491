package org.reformreport.publish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** manifest.json: what a published month was made from and of (spec §7). */
public record Manifest(
        String month,
        long runId,
        long revision,
        String generatedAt,
        String issueDate,
        List<Input> inputs,
        List<Output> outputs,
        Totals totals) {

    public record Input(
            String name,
            String sha256,
            String status,
            String outcome,
            int rowsRead,
            int rowsAccepted,
            int rowsSuperseded,
            int rowsRejected,
            int rowsBlank,
            String problem) {}

    public record Output(String path, long bytes, String sha256) {}

    public record Totals(
            int inputFiles,
            int unreadableFiles,
            int rowsRead,
            int rowsAccepted,
            int rowsSuperseded,
            int rowsRejected,
            int rowsBlank,
            int units,
            long articles,
            int outputs,
            @Nullable Integer weeklyTalliesMissing) {

        /** The weekly tallies the month's figures miss, all units together; 0 in a manifest older than the count. */
        public int missingTallies() {
            return weeklyTalliesMissing == null ? 0 : weeklyTalliesMissing;
        }
    }

    /**
     * The date the run's documents and messages carry (its issue date). A manifest written before
     * it was recorded gives the day the month was published, in the office's time zone.
     */
    public LocalDate issued() {
        return issueDate != null
                ? LocalDate.parse(issueDate)
                : OffsetDateTime.parse(generatedAt).toLocalDate();
    }
}
