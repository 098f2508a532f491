package org.reformreport.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.reformreport.job.EmailMode;
import org.reformreport.job.JobParameterNames;
import org.reformreport.job.RunLauncher;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.publish.OutputLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;

/** Runs the month and says in one line what happened, so cron mails something readable. */
@Command(
        name = "run",
        description = {
            "build the month's report (the default command); a month done before gets a new revision, a"
                    + " failed or interrupted run is resumed at the failed step"
        })
final class RunCommand implements Subcommand {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    /** Never counted down: a SIGTERM hook waits on it until main halts the JVM with the command's status. */
    private static final CountDownLatch PROCESS_EXIT = new CountDownLatch(1);

    @Override
    public List<CliOption> options() {
        return List.of(
                CliOption.MONTH,
                CliOption.INBOX,
                CliOption.OUTPUT,
                CliOption.CONFIG,
                CliOption.NO_EMAIL,
                CliOption.EMAIL_DRY_RUN,
                CliOption.DOC_NUMBER,
                CliOption.HELP);
    }

    @Override
    public boolean takesRunLock() {
        return true;
    }

    @Override
    public int run(CommandLineOptions options, Services services) throws Exception {
        RunLauncher launcher = services.launcher();
        RunLauncher.Launched run = stoppableOnSigterm(
                launcher,
                () -> launcher.run(
                        options.month(),
                        options.inbox(),
                        options.output(),
                        options.config(),
                        options.email(),
                        options.docNumber()));
        return report(run, options.email(), services);
    }

    /**
     * Runs the job; a SIGTERM (systemd stop, kill) asks Spring Batch to stop after the current chunk
     * and waits for it, so the run ends STOPPED and the next run resumes it.
     */
    private static RunLauncher.Launched stoppableOnSigterm(RunLauncher launcher, Callable<RunLauncher.Launched> job)
            throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    log.warn("Stop requested: stopping the run after the current chunk");
                    launcher.stopRunning();
                    try {
                        finished.await(5, TimeUnit.MINUTES);
                        // Let main print the STOPPED line and end the process with its own status (it halts
                        // the JVM; returning from this hook first would end it with 143).
                        PROCESS_EXIT.await(1, TimeUnit.MINUTES);
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

    /**
     * "intake: the cause", for the FAILED line of a run that did not complete: the first step that
     * did not, and the innermost message (an unexpected failure is logged with its stack trace).
     */
    static String failedAt(JobExecution execution, String what) {
        String step = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .map(s -> s.getStepName())
                .findFirst()
                .orElse("?");
        List<Throwable> failures = execution.getAllFailureExceptions();
        String cause = failures.isEmpty()
                ? execution.getExitStatus().getExitDescription()
                : ReformReportCommand.oneLine(failures.get(0));
        failures.stream()
                .filter(f -> !ReformReportCommand.isExpected(f))
                .forEach(f -> log.error("Run {} failed", what, f));
        return step + ": " + cause;
    }

    private static int report(RunLauncher.Launched run, EmailMode email, Services services) throws Exception {
        JobExecution execution = run.execution();
        String what = run.month() + " revision " + run.revision() + (run.restart() ? " (restarted)" : "");
        if (execution.getStatus() == BatchStatus.STOPPED) {
            services.err()
                    .println("reform-report: STOPPED " + what + " on request; run the same command again to resume it");
            return ExitCode.FAILED.code();
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            services.err()
                    .println("reform-report: FAILED " + what + " at step " + failedAt(execution, what)
                            + " (fix the cause and run the same command again to resume at that step, or"
                            + " `abandon --month=" + run.month() + "` to start the month afresh)");
            return ExitCode.FAILED.code();
        }
        long runId = execution.getJobInstanceId();
        Path output = Path.of(execution.getJobParameters().getString(JobParameterNames.OUTPUT));
        OutputLayout published = new OutputLayout(output, run.month(), runId);
        CompletedRunLine line = new CompletedRunLine(
                what,
                MonthPublisher.read(published.published().resolve(OutputLayout.MANIFEST)),
                email,
                services.delivery().configured(),
                services.outbox().counts(runId),
                published.published());
        services.out().println(line.text());
        return line.deliveryFailed() ? ExitCode.DELIVERY_FAILURES.code() : ExitCode.OK.code();
    }
}
