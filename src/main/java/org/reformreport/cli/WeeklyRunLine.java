package org.reformreport.cli;

import java.util.List;
import java.util.function.Predicate;
import org.reformreport.delivery.MessageKey;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.OutboxStatus;
import org.reformreport.intake.FileImporter;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.job.EmailMode;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The one line a weekly run prints for cron: what the inbox gave and what was sent, or why it
 * failed. A receive that found nothing new and sent nothing prints nothing: run hourly, it would
 * otherwise fill the office's mailbox with cron mail.
 */
final class WeeklyRunLine {

    private WeeklyRunLine() {}

    /** Prints the run's line and returns its exit status. */
    static int report(
            String what, JobExecution execution, boolean restart, EmailMode email, boolean quietWhenIdle, Services s) {
        String name = what + (restart ? " (restarted)" : "");
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            s.err()
                    .println("reform-report: FAILED " + name + " at step " + RunCommand.failedAt(execution, name)
                            + " (fix the cause; the next " + what.split(" ")[0] + " resumes it)");
            return ExitCode.FAILED.code();
        }
        long runId = execution.getJobInstanceId();
        // only what this run read: the files left in the inbox from before count as they did
        IntakeRepository.RunIntake intake = s.intake().runIntake(runId);
        List<IntakeRepository.FileLine> read = intake.files().stream()
                .filter(f -> f.result() == FileImporter.Outcome.IMPORTED)
                .toList();
        long imported = read.size();
        long refused = intake.refused();
        List<OutboxRepository.Line> mail = s.outbox().lines(runId);
        int failed = count(mail, l -> l.status() == OutboxStatus.FAILED);
        StringBuilder line = new StringBuilder("reform-report: " + name + ": ");
        line.append(
                imported == 0
                        ? "no new files"
                        : imported + " new files imported, rows counted "
                                + read.stream()
                                        .mapToInt(f -> f.counts().counted())
                                        .sum() + ", superseded "
                                + read.stream()
                                        .mapToInt(f -> f.counts().superseded())
                                        .sum() + ", rejected "
                                + read.stream()
                                        .mapToInt(f -> f.counts().rejected())
                                        .sum());
        if (refused > 0) {
            line.append("; ").append(refused).append(" inbox files unreadable or not a form");
        }
        line.append("; ").append(mailPart(mail, email, s));
        // an unreadable file left in the inbox is read (and refused) on every run; the office is told once
        boolean idle = imported == 0 && mail.isEmpty();
        if (!(quietWhenIdle && idle)) {
            s.out().println(line);
        }
        return failed > 0 ? ExitCode.DELIVERY_FAILURES.code() : ExitCode.OK.code();
    }

    private static String mailPart(List<OutboxRepository.Line> mail, EmailMode email, Services s) {
        if (email == EmailMode.OFF) {
            return "email off";
        }
        if (!s.delivery().configured()) {
            return "email not configured, nobody told";
        }
        return "receipts " + summary(mail, MessageKey.Kind.RECEIPT) + ", reminders "
                + summary(mail, MessageKey.Kind.REMINDER) + ", to the office "
                + summary(mail, MessageKey.Kind.OFFICE);
    }

    /** "3 sent, 1 failed, 1 without address" for one kind, or "none". */
    private static String summary(List<OutboxRepository.Line> mail, MessageKey.Kind kind) {
        List<OutboxRepository.Line> of =
                mail.stream().filter(l -> l.kind() == kind).toList();
        if (of.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        out.append(count(of, l -> l.status() == OutboxStatus.SENT)).append(" sent");
        int failed = count(of, l -> l.status() == OutboxStatus.FAILED);
        if (failed > 0) {
            out.append(", ").append(failed).append(" failed (resend --weekly)");
        }
        int none = count(of, l -> l.status() == OutboxStatus.NO_ADDRESS);
        if (none > 0) {
            out.append(", ").append(none).append(" without address");
        }
        return out.toString();
    }

    private static int count(List<OutboxRepository.Line> mail, Predicate<OutboxRepository.Line> which) {
        return (int) mail.stream().filter(which).count();
    }
}
