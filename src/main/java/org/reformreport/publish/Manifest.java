package org.reformreport.publish;

import java.util.List;

/** manifest.json: what a published month was made from and of (spec §7). */
public record Manifest(
        String month,
        long runId,
        long revision,
        String generatedAt,
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
            int outputs) {}
}
