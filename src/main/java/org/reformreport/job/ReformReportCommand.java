package org.reformreport.job;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.OutboxStatus;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.IntakeRepository.RunIntake;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: runs the month and says in one line what happened, so cron mails something
 * readable. Exit 0 on success, 1 when the run failed, 2 when the command itself was wrong.
 */
@Component
@ConditionalOnProperty(name = "reform.command-line.enabled", havingValue = "true", matchIfMissing = true)
public class ReformReportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReformReportCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;
    /** Another run holds the lock: nothing was done. */
    public static final int REFUSED = 3;
    /** The month is published, but some email could not be delivered: `resend` later. */
    public static final int DELIVERY_FAILURES = 4;

    /** Never counted down: a SIGTERM hook waits on it until main halts the JVM with the command's status. */
    private static final java.util.concurrent.CountDownLatch PROCESS_EXIT = new java.util.concurrent.CountDownLatch(1);

    private final RunLauncher launcher;
    private final IntakeRepository intake;
    private final ReformSettings settings;
    private final RunHistory history;
    private final org.reformreport.summary.SummaryRepository summaries;
    private final org.reformreport.delivery.MonthDelivery delivery;
    private final OutboxRepository outbox;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode = OK;

    public ReformReportCommand(
            RunLauncher launcher,
            IntakeRepository intake,
            ReformSettings settings,
            RunHistory history,
            org.reformreport.summary.SummaryRepository summaries,
            org.reformreport.delivery.MonthDelivery delivery,
            OutboxRepository outbox) {
        this.launcher = launcher;
        this.intake = intake;
        this.settings = settings;
        this.history = history;
        this.summaries = summaries;
        this.delivery = delivery;
        this.outbox = outbox;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("help")) {
            out.print(CommandLineOptions.USAGE);
            return;
        }
        CommandLineOptions options;
        try {
            options = CommandLineOptions.parse(args, settings.zone(), LocalDate.now(settings.zone()));
        } catch (IllegalArgumentException e) {
            err.println("reform-report: " + e.getMessage());
            exitCode = USAGE_ERROR;
            return;
        }
        try {
            if (options.command().equals("history")) {
                history.list(options.monthGiven() ? options.month().toString() : null, out);
                return;
            }
            if (options.command().equals("show")) {
                if (!history.show(options.runId(), out)) {
                    err.println("reform-report: no run " + options.runId() + " (see history)");
                    exitCode = USAGE_ERROR;
                }
                return;
            }
            if (options.command().equals("generate-demo")) {
                org.reformreport.demo.DemoDistrict.write(options.config(), options.inbox());
                out.println("reform-report: demo registries written to " + options.config() + ", demo forms to "
                        + options.inbox());
                return;
            }
            if (options.command().equals("worker")) {
                out.println("reform-report: worker ready, taking partitions from RabbitMQ queue "
                        + org.reformreport.scale.RemotePartitioning.QUEUE + " (stop with SIGTERM)");
                return;
            }
            if (options.command().equals("abandon")) {
                abandon(options);
                return;
            }
            if (options.command().equals("resend")) {
                resend(options);
                return;
            }
            RunLauncher.Launched run = stoppableOnSigterm(() -> launcher.run(
                    options.month(), options.inbox(), options.output(), options.config(), options.email()));
            report(run, options.email());
        } catch (Exception e) {
            if (!isExpected(e)) {
                log.error("Run of {} failed", options.month(), e);
            }
            err.println("reform-report: FAILED " + options.month() + ": " + oneLine(e));
            exitCode = FAILED;
        }
    }

    /**
     * Runs the job; a SIGTERM (systemd stop, kill) asks Spring Batch to stop after the current chunk
     * and waits for it, so the run ends STOPPED and the next run resumes it.
     */
    private RunLauncher.Launched stoppableOnSigterm(java.util.concurrent.Callable<RunLauncher.Launched> job)
            throws Exception {
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    log.warn("Stop requested: stopping the run after the current chunk");
                    launcher.stopRunning();
                    try {
                        finished.await(5, java.util.concurrent.TimeUnit.MINUTES);
                        // Let main print the STOPPED line and end the process with its own status (it halts
                        // the JVM; returning from this hook first would end it with 143).
                        PROCESS_EXIT.await(1, java.util.concurrent.TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "reform-report-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return job.call();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for exactly this
            }
        }
    }

    /** Gives up the month's failed run, so that the next run starts the month afresh. */
    private void abandon(CommandLineOptions options) throws Exception {
        RunLauncher.Abandoned result = launcher.abandon(options.month(), options.output(), intake);
        if (result.status() == null) {
            out.println("reform-report: nothing to abandon for " + options.month() + ": the month was never run");
        } else if (!result.abandoned()) {
            out.println("reform-report: nothing to abandon for " + options.month() + ": revision " + result.revision()
                    + (result.status() == BatchStatus.COMPLETED ? " completed" : " was abandoned already")
                    + "; the next run makes revision " + (result.revision() + 1));
        } else {
            out.println("reform-report: ABANDONED " + options.month() + " revision " + result.revision() + " (run "
                    + result.runId() + "); the next run starts revision " + (result.revision() + 1)
                    + " from the registries and reads the inbox again (" + result.filesToReadAgain()
                    + " files that run imported will be read again)");
        }
    }

    /**
     * Sends the published month's mail that is still owed: failed or never sent (a run with
     * --no-email, or before SMTP was set up), or with --all every message again.
     */
    private void resend(CommandLineOptions options) throws Exception {
        if (!delivery.configured()) {
            err.println("reform-report: FAILED resend " + options.month()
                    + ": email is not configured (set reform.mail.host and reform.mail.from in settings.yml)");
            exitCode = FAILED;
            return;
        }
        java.nio.file.Path manifestFile = options.output()
                .resolve(options.month().toString())
                .resolve(org.reformreport.publish.OutputLayout.MANIFEST);
        if (!java.nio.file.Files.exists(manifestFile)) {
            err.println("reform-report: FAILED resend " + options.month() + ": the month is not published in "
                    + options.output().toAbsolutePath().normalize() + " (run it first)");
            exitCode = FAILED;
            return;
        }
        var manifest = org.reformreport.publish.MonthPublisher.read(manifestFile);
        var month = delivery.run(
                new org.reformreport.publish.OutputLayout(options.output(), options.month(), manifest.runId()),
                manifest.revision());
        String what = "resend " + options.month() + " revision " + manifest.revision();
        if (options.email() == EmailMode.DRY_RUN) {
            org.reformreport.delivery.MonthDelivery.print(delivery.plan(month, options.config(), false), out);
            return;
        }
        delivery.plan(month, options.config(), true);
        int queued = outbox.requeue(manifest.runId(), options.all());
        var result = delivery.drain(month);
        if (result.failed() > 0) {
            out.printf(
                    "reform-report: %s: %d sent, %d still not delivered (see show --run=%d)%n",
                    what, result.sent(), result.failed(), manifest.runId());
            exitCode = DELIVERY_FAILURES;
        } else {
            out.printf(
                    "reform-report: %s: %d sent%s%n",
                    what,
                    result.sent(),
                    result.sent() == 0 && queued == 0 ? " (nothing was owed; --all sends the whole month again)" : "");
        }
    }

    /** The email part of the run's line, and whether anything was left undelivered. */
    private String emailSummary(long runId, String month, EmailMode mode, java.util.Map<OutboxStatus, Integer> c) {
        if (mode == EmailMode.OFF) {
            return "email off (--no-email)";
        }
        if (!delivery.configured()) {
            return "email not configured";
        }
        if (mode == EmailMode.DRY_RUN) {
            return "email dry run (nothing sent)";
        }
        String summary = "email " + c.getOrDefault(OutboxStatus.SENT, 0) + " sent";
        if (c.getOrDefault(OutboxStatus.UNCHANGED, 0) > 0) {
            summary += ", " + c.get(OutboxStatus.UNCHANGED) + " unchanged not re-sent";
        }
        if (c.getOrDefault(OutboxStatus.NO_ADDRESS, 0) > 0) {
            summary += ", " + c.get(OutboxStatus.NO_ADDRESS) + " units without address";
        }
        if (c.getOrDefault(OutboxStatus.FAILED, 0) > 0) {
            summary += ", " + c.get(OutboxStatus.FAILED) + " NOT DELIVERED (show --run=" + runId + " says why;"
                    + " resend --month=" + month + " sends them once the cause is fixed)";
        }
        return summary;
    }

    private void report(RunLauncher.Launched run, EmailMode email) {
        JobExecution execution = run.execution();
        String what = run.month() + " revision " + run.revision() + (run.restart() ? " (restarted)" : "");
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.println("reform-report: STOPPED " + what + " on request; run the same command again to resume it");
            exitCode = FAILED;
            return;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String step = execution.getStepExecutions().stream()
                    .filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                    .map(s -> s.getStepName())
                    .findFirst()
                    .orElse("?");
            List<Throwable> failures = execution.getAllFailureExceptions();
            String cause =
                    failures.isEmpty() ? execution.getExitStatus().getExitDescription() : oneLine(failures.get(0));
            failures.stream().filter(f -> !isExpected(f)).forEach(f -> log.error("Run {} failed", what, f));
            err.println("reform-report: FAILED " + what + " at step " + step + ": " + cause
                    + " (fix the cause and run the same command again to resume at that step, or"
                    + " `abandon --month=" + run.month() + "` to start the month afresh)");
            exitCode = FAILED;
            return;
        }
        RunIntake files = intake.runIntake(execution.getJobInstanceId());
        long unreadable = files.refused();
        int rejected = files.sum(IntakeRepository.FileCounts::rejected);
        int missingWeeks = summaries.figures(execution.getJobInstanceId()).stream()
                .mapToInt(org.reformreport.summary.UnitMonthFigures::missing)
                .sum();
        List<String> problems = new java.util.ArrayList<>();
        if (rejected > 0) {
            problems.add(rejected + " rows rejected");
        }
        if (unreadable > 0) {
            problems.add(unreadable + " files unreadable");
        }
        if (missingWeeks > 0) {
            problems.add(missingWeeks + " weekly tallies missing");
        }
        String outcome = problems.isEmpty()
                ? "completed"
                : "completed with data problems (" + String.join(", ", problems) + "; see 数据问题 in the workbook)";
        java.util.Map<OutboxStatus, Integer> sent = outbox.counts(execution.getJobInstanceId());
        String mail = emailSummary(execution.getJobInstanceId(), run.month().toString(), email, sent);
        if (sent.getOrDefault(OutboxStatus.FAILED, 0) > 0) {
            outcome += ", delivered with failures";
            exitCode = DELIVERY_FAILURES;
        }
        long duplicates = files.count(org.reformreport.intake.FileStatus.DUPLICATE);
        out.printf(
                "reform-report: %s %s: %d inbox files (%d new, %d unreadable or not a form%s);"
                        + " rows counted %d, superseded %d, rejected %d; %s; report in %s%n",
                what,
                outcome,
                files.files().size(),
                files.newlyImported(),
                unreadable,
                duplicates == 0 ? "" : ", " + duplicates + " copies of another file, counted once",
                files.sum(IntakeRepository.FileCounts::counted),
                files.sum(IntakeRepository.FileCounts::superseded),
                files.sum(IntakeRepository.FileCounts::rejected),
                mail,
                java.nio.file.Path.of(execution.getJobParameters().getString(JobParameterNames.OUTPUT))
                        .resolve(run.month().toString()));
    }

    /** Failures an administrator fixes from the one line alone (a broken registry, a missing folder). */
    private static boolean isExpected(Throwable failure) {
        return failure instanceof org.reformreport.registry.RegistryException || failure instanceof java.io.IOException;
    }

    /** The innermost message, on one line: what an administrator needs from a cron mail. */
    public static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (e instanceof org.reformreport.registry.RegistryException) {
            message = e.getMessage();
        }
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
