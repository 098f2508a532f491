package org.reformreport;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.reformreport.cli.ParsedCommandLine;
import org.reformreport.cli.ReformReportCli;
import org.reformreport.cli.ReformReportCommand;
import org.reformreport.cli.SettingsOnlyApplication;
import org.reformreport.cli.UsageException;
import org.reformreport.job.RunLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReformReportApplication {

    public static void main(String[] args) {
        // Standard output carries the command's answer only; what libraries print goes to the log.
        org.reformreport.job.Terminal.install();
        org.reformreport.delivery.MimeSettings.install();
        exit(launch(args));
    }

    /**
     * Ends the process with the command's status. After a SIGTERM the JVM is already shutting down
     * (the command's hook waited for the run to stop), where System.exit would block and the JVM
     * would end with 143; halting gives the status the README documents (1, stopped on request).
     */
    private static void exit(int status) {
        org.reformreport.job.Terminal.eraseStatus();
        if (shuttingDown()) {
            System.out.flush();
            org.reformreport.job.Terminal.out().flush();
            System.err.flush();
            Runtime.getRuntime().halt(status);
        }
        System.exit(status);
    }

    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /**
     * Runs one command and returns its exit status. The line is parsed once, here, before anything
     * starts; a run (or a resend, an abandon) then takes the lock next to the outputs, before the
     * database is opened, so a second run refuses at once with a clear line. A command that uses no
     * database (check, the help) takes no lock and starts without one.
     */
    public static int launch(String... args) {
        ParsedCommandLine line;
        try {
            line = ReformReportCli.parse(args);
        } catch (UsageException e) {
            System.err.println("reform-report: " + e.getMessage());
            return ReformReportCommand.USAGE_ERROR;
        }
        Optional<RunLock> lock = Optional.empty();
        try {
            if (line.takesRunLock()) {
                lock = RunLock.tryAcquire(line.output(), "run of " + line.monthForLock());
                if (lock.isEmpty()) {
                    System.err.println("reform-report: REFUSED " + line.monthForLock()
                            + ": another run is in progress (" + RunLock.holder(line.output())
                            + "); try again when it has finished");
                    return ReformReportCommand.REFUSED;
                }
            }
            // No Spring shutdown hook: on SIGTERM the command stops the job between chunks itself, and the
            // context must stay open until the job has stopped.
            // A command that uses no database (check, the help) starts with the office's settings only:
            // the configured database is never opened, migrated or created.
            SpringApplication application = new SpringApplication(
                    line.usesDatabase() ? ReformReportApplication.class : SettingsOnlyApplication.class);
            // the command runs with this parse of the line, not a second one
            application.addInitializers(
                    context -> context.getBeanFactory().registerSingleton("parsedCommandLine", line));
            if (line.worker()) {
                return runWorker(application, args);
            }
            application.setRegisterShutdownHook(false);
            return SpringApplication.exit(application.run(args));
        } catch (IOException | RuntimeException e) {
            // Start-up failed (bad settings, database unreachable, output not writable): one clear line.
            System.err.println("reform-report: FAILED to start: " + ReformReportCommand.oneLine(e));
            return ReformReportCommand.FAILED;
        } finally {
            lock.ifPresent(l -> {
                try {
                    l.close();
                } catch (IOException ignored) {
                    // the process is ending; the system drops the lock anyway
                }
            });
        }
    }

    /**
     * A worker process: the context stays up, its listener taking partitions, until SIGTERM; the
     * partition in hand then finishes before the process ends with 0.
     */
    private static int runWorker(SpringApplication application, String[] args) {
        String[] workerArgs = Arrays.copyOf(args, args.length + 1);
        workerArgs[args.length] = "--reform.scale.mode=worker";
        // Our own shutdown hook rather than Spring's: it closes the context, which lets the listener
        // container finish the partition in hand, and only then ends the process, with 0 (a stop on
        // request is a worker's normal end; the JVM would otherwise race the hook to 143).
        application.setRegisterShutdownHook(false);
        org.springframework.context.ConfigurableApplicationContext context = application.run(workerArgs);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            context.close();
                            System.out.flush();
                            org.reformreport.job.Terminal.out().flush();
                            System.err.flush();
                            stopped.countDown();
                            Runtime.getRuntime().halt(ReformReportCommand.OK);
                        },
                        "worker-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ReformReportCommand.OK;
    }
}
