package org.reformreport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.reformreport.job.ReformReportCommand;
import org.reformreport.job.RunLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReformReportApplication {

    public static void main(String[] args) {
        org.reformreport.delivery.MimeSettings.install();
        exit(launch(args));
    }

    /**
     * Ends the process with the command's status. After a SIGTERM the JVM is already shutting down
     * (the command's hook waited for the run to stop), where System.exit would block and the JVM
     * would end with 143; halting gives the status the README documents (1, stopped on request).
     */
    private static void exit(int status) {
        if (shuttingDown()) {
            System.out.flush();
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
     * Runs one command and returns its exit status. A run (or a resend) first takes the lock next to the outputs,
     * before the database is opened, so a second run refuses at once with a clear line.
     */
    public static int launch(String... args) {
        // history and show only read; a run takes the lock.
        // resend takes the lock too: it must not send while a run is re-making the month; abandon, so
        // that it never gives up a run that is still going.
        String command =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse("run");
        boolean run = (command.equals("run") || command.equals("resend") || command.equals("abandon"))
                && Arrays.stream(args).noneMatch(a -> a.equals("--help"));
        String month = option(args, "month").orElse("the default month");
        Path output = Path.of(option(args, "output").orElse("./output"));
        Optional<RunLock> lock = Optional.empty();
        try {
            if (run) {
                lock = RunLock.tryAcquire(output, "run of " + month);
                if (lock.isEmpty()) {
                    System.err.println("reform-report: REFUSED " + month + ": another run is in progress ("
                            + RunLock.holder(output) + "); try again when it has finished");
                    return ReformReportCommand.REFUSED;
                }
            }
            // No Spring shutdown hook: on SIGTERM the command stops the job between chunks itself, and the
            // context must stay open until the job has stopped.
            SpringApplication application = new SpringApplication(ReformReportApplication.class);
            if (command.equals("worker")) {
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
     * A worker process: the context stays up, its listener taking partitions, until SIGTERM closes it
     * (Spring's shutdown hook lets a running partition's step finish first).
     */
    private static int runWorker(SpringApplication application, String[] args) {
        String[] workerArgs = Arrays.copyOf(args, args.length + 1);
        workerArgs[args.length] = "--reform.scale.mode=worker";
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        application.addListeners(
                (org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent>)
                        e -> closed.countDown());
        application.run(workerArgs);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ReformReportCommand.OK;
    }

    private static Optional<String> option(String[] args, String name) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith("--" + name + "="))
                .map(a -> a.substring(name.length() + 3))
                .reduce((first, second) -> second);
    }
}
