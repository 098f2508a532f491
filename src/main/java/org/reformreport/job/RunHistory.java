package org.reformreport.job;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.reformreport.intake.IntakeRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** The administrator's view of past runs: a list, and one run's steps and data problems. */
public class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRepository repository;
    private final IntakeRepository intake;
    private final org.reformreport.delivery.OutboxRepository outbox;

    public RunHistory(
            JobRepository repository, IntakeRepository intake, org.reformreport.delivery.OutboxRepository outbox) {
        this.repository = repository;
        this.intake = intake;
        this.outbox = outbox;
    }

    /**
     * Every execution (restarts included), newest first, optionally of one month; without a month
     * the weekly round's runs too (month column: receive, or remind and the week's Monday).
     */
    public void list(String month, PrintStream out) {
        out.printf(
                "%-6s %-17s %-4s %-6s %-10s %-19s %-19s %6s %8s %8s  %s%n",
                "run", "month", "rev", "exec", "status", "started", "ended", "files", "counted", "rejected", "output");
        List<String> jobs = month == null
                ? List.of(JobParameterNames.JOB_NAME, JobParameterNames.RECEIVE_JOB, JobParameterNames.REMIND_JOB)
                : List.of(JobParameterNames.JOB_NAME);
        List<JobExecution> executions = jobs.stream()
                .flatMap(job -> repository.findJobInstances(job).stream())
                .flatMap(i -> repository.getJobExecutions(i).stream())
                .filter(e -> month == null || month.equals(e.getJobParameters().getString(JobParameterNames.MONTH)))
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .toList();
        for (JobExecution e : executions) {
            var files = intake.runIntake(e.getJobInstanceId());
            String m = e.getJobParameters().getString(JobParameterNames.MONTH);
            Long revision = e.getJobParameters().getLong(JobParameterNames.REVISION);
            java.nio.file.Path root = java.nio.file.Path.of(e.getJobParameters().getString(JobParameterNames.OUTPUT));
            out.printf(
                    "%-6d %-17s %-4s %-6d %-10s %-19s %-19s %6d %8d %8d  %s%n",
                    e.getJobInstanceId(),
                    m != null ? m : what(e),
                    revision == null ? "-" : revision.toString(),
                    e.getId(),
                    e.getStatus(),
                    time(e.getStartTime()),
                    time(e.getEndTime()),
                    files.files().size(),
                    files.sum(IntakeRepository.FileCounts::counted),
                    files.sum(IntakeRepository.FileCounts::rejected),
                    m != null ? root.resolve(m) : "receipts and reminders: show --run=" + e.getJobInstanceId());
        }
        if (executions.isEmpty()) {
            out.println("(no runs" + (month == null ? "" : " of " + month) + ")");
        }
    }

    /** One run (job instance): its executions and steps, and the files it could not use. */
    public boolean show(long runId, PrintStream out) {
        JobInstance instance = repository.getJobInstance(runId);
        if (instance == null) {
            return false;
        }
        for (JobExecution e : repository.getJobExecutions(instance)) {
            String m = e.getJobParameters().getString(JobParameterNames.MONTH);
            out.printf(
                    "run %d %s, execution %d: %s (%s .. %s)%n",
                    runId,
                    m != null
                            ? m + " revision " + e.getJobParameters().getLong(JobParameterNames.REVISION)
                            : "weekly " + what(e),
                    e.getId(),
                    e.getStatus(),
                    time(e.getStartTime()),
                    time(e.getEndTime()));
            for (StepExecution s : e.getStepExecutions().stream()
                    .sorted(Comparator.comparingLong(StepExecution::getId))
                    .toList()) {
                String why = s.getExitStatus().getExitDescription();
                out.printf(
                        "  %-10s %-10s read %-6d written %-6d %s .. %s%s%n",
                        s.getStepName(),
                        s.getStatus(),
                        s.getReadCount(),
                        s.getWriteCount(),
                        time(s.getStartTime()),
                        time(s.getEndTime()),
                        why == null || why.isBlank()
                                ? ""
                                : "  " + why.lines().findFirst().orElse(""));
            }
        }
        var files = intake.runIntake(runId);
        out.printf(
                "inbox: %d files, rows read %d, counted %d, superseded %d, rejected %d, blank %d%n",
                files.files().size(),
                files.sum(IntakeRepository.FileCounts::read),
                files.sum(IntakeRepository.FileCounts::counted),
                files.sum(IntakeRepository.FileCounts::superseded),
                files.sum(IntakeRepository.FileCounts::rejected),
                files.sum(IntakeRepository.FileCounts::blank));
        files.files().stream()
                .filter(f -> f.state() != org.reformreport.intake.FileStatus.IMPORTED)
                .forEach(f -> out.printf("  not read: %s: %s%n", f.fileName(), f.problem()));
        files.files().stream()
                .filter(f -> f.counts().rejected() > 0)
                .forEach(f -> out.printf(
                        "  %s: %d rows rejected (listed on the workbook's 数据问题 sheet)%n",
                        f.fileName(), f.counts().rejected()));
        var mail = outbox.lines(runId);
        if (!mail.isEmpty()) {
            out.printf("email: %s%n", outbox.counts(runId));
            for (var m : mail) {
                String sent = m.sentAt() == null
                        ? ""
                        : " at "
                                + TIME.format(LocalDateTime.ofInstant(
                                        java.time.Instant.ofEpochMilli(m.sentAt()), java.time.ZoneId.systemDefault()));
                out.printf(
                        "  %-10s %-8s %-8s %s%s <%s> attempts %d%s%s%n",
                        m.status(),
                        m.kind(),
                        m.unitCode(),
                        m.topic().isEmpty() ? "" : "[" + m.topic() + "] ",
                        m.recipientName(),
                        m.recipient(),
                        m.attempts(),
                        sent,
                        m.lastError() == null || m.status() == org.reformreport.delivery.OutboxStatus.SENT
                                ? ""
                                : ": " + m.lastError());
            }
        }
        return true;
    }

    /** A weekly run as history names it: receive, or remind and its week. */
    private static String what(JobExecution e) {
        String week = e.getJobParameters().getString(JobParameterNames.WEEK);
        return week == null ? "receive" : "remind " + week;
    }

    private static String time(LocalDateTime t) {
        return t == null ? "-" : TIME.format(t);
    }
}
