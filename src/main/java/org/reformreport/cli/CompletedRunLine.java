package org.reformreport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reformreport.delivery.OutboxStatus;
import org.reformreport.intake.FileImporter;
import org.reformreport.job.EmailMode;
import org.reformreport.publish.Manifest;

/**
 * The line a completed run prints for cron: the files and rows as the run's published manifest
 * records them (with the weekly tallies the month's figures miss), and what delivery did with the mail.
 */
final class CompletedRunLine {

    private final String text;
    private final boolean deliveryFailed;

    /**
     * @param what the run, as the line names it ("2026-10 revision 2 (restarted)")
     * @param mail the run's outbox, messages by status
     * @param folder the published month's folder
     */
    CompletedRunLine(
            String what,
            Manifest manifest,
            EmailMode email,
            boolean mailConfigured,
            Map<OutboxStatus, Integer> mail,
            Path folder) {
        Manifest.Totals totals = manifest.totals();
        List<String> problems = new ArrayList<>();
        if (totals.rowsRejected() > 0) {
            problems.add(totals.rowsRejected() + " rows rejected");
        }
        if (totals.unreadableFiles() > 0) {
            problems.add(totals.unreadableFiles() + " files unreadable");
        }
        if (totals.missingTallies() > 0) {
            problems.add(totals.missingTallies() + " weekly tallies missing");
        }
        String outcome = problems.isEmpty()
                ? "completed"
                : "completed with data problems (" + String.join(", ", problems) + "; see 数据问题 in the workbook)";
        deliveryFailed = mail.getOrDefault(OutboxStatus.FAILED, 0) > 0;
        if (deliveryFailed) {
            outcome += ", delivered with failures";
        }
        long newFiles = manifest.inputs().stream()
                .filter(i -> FileImporter.Outcome.IMPORTED.name().equals(i.outcome()))
                .count();
        long duplicates = manifest.inputs().stream()
                .filter(i -> FileImporter.Outcome.DUPLICATE.name().equals(i.status()))
                .count();
        text = String.format(
                "reform-report: %s %s: %d inbox files (%d new, %d unreadable or not a form%s);"
                        + " rows counted %d, superseded %d, rejected %d; %s; report in %s",
                what,
                outcome,
                manifest.inputs().size(),
                newFiles,
                totals.unreadableFiles(),
                duplicates == 0 ? "" : ", " + duplicates + " copies of another file, counted once",
                totals.rowsAccepted(),
                totals.rowsSuperseded(),
                totals.rowsRejected(),
                emailPart(manifest, email, mailConfigured, mail),
                folder);
    }

    String text() {
        return text;
    }

    /** Whether some mail could not be delivered (exit status 4: the month is published, resend later). */
    boolean deliveryFailed() {
        return deliveryFailed;
    }

    private static String emailPart(
            Manifest manifest, EmailMode mode, boolean configured, Map<OutboxStatus, Integer> mail) {
        if (mode == EmailMode.OFF) {
            return "email off (--no-email)";
        }
        if (!configured) {
            return "email not configured";
        }
        if (mode == EmailMode.DRY_RUN) {
            return "email dry run (nothing sent)";
        }
        String summary = "email " + mail.getOrDefault(OutboxStatus.SENT, 0) + " sent";
        if (mail.getOrDefault(OutboxStatus.UNCHANGED, 0) > 0) {
            summary += ", " + mail.get(OutboxStatus.UNCHANGED) + " unchanged not re-sent";
        }
        if (mail.getOrDefault(OutboxStatus.NO_ADDRESS, 0) > 0) {
            summary += ", " + mail.get(OutboxStatus.NO_ADDRESS) + " units without address";
        }
        if (mail.getOrDefault(OutboxStatus.FAILED, 0) > 0) {
            summary += ", " + mail.get(OutboxStatus.FAILED) + " NOT DELIVERED (show --run=" + manifest.runId()
                    + " says why; resend --month=" + manifest.month() + " sends them once the cause is fixed)";
        }
        return summary;
    }
}
