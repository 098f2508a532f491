package org.reformreport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.job.EmailMode;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.publish.OutputLayout;
import picocli.CommandLine.Command;

/**
 * Sends the published month's mail that is still owed: failed or never sent (a run with --no-email,
 * or before SMTP was set up), or with --all every message again. Delivery does the sending, as in
 * the run's delivery step.
 */
@Command(
        name = "resend",
        description = {
            "send the published month's email that was not delivered (SMTP down, a bad address fixed);"
                    + " --all sends every message of the month again; --weekly sends the weekly round's"
                    + " receipts, reminders and notices that were not delivered"
        })
final class ResendCommand implements Subcommand {

    @Override
    public List<CliOption> options() {
        return List.of(
                CliOption.MONTH,
                CliOption.ALL,
                CliOption.WEEKLY,
                CliOption.DRY_RUN,
                CliOption.OUTPUT,
                CliOption.CONFIG,
                CliOption.HELP);
    }

    /** It must not send while a run is re-making the month. */
    @Override
    public boolean takesRunLock() {
        return true;
    }

    @Override
    public int run(CommandLineOptions options, Services services) throws Exception {
        MonthDelivery delivery = services.delivery();
        if (!delivery.configured()) {
            services.err()
                    .println("reform-report: FAILED resend " + (options.weekly() ? "--weekly" : options.month())
                            + ": email is not configured (set spring.mail.host and reform.mail.from in settings.yml)");
            return ExitCode.FAILED.code();
        }
        if (options.weekly()) {
            return resendWeekly(options, services);
        }
        Path manifestFile = options.output().resolve(options.month().toString()).resolve(OutputLayout.MANIFEST);
        if (!Files.exists(manifestFile)) {
            services.err()
                    .println("reform-report: FAILED resend " + options.month() + ": the month is not published in "
                            + options.output().toAbsolutePath().normalize() + " (run it first)");
            return ExitCode.FAILED.code();
        }
        Manifest manifest = MonthPublisher.read(manifestFile);
        OutputLayout layout = new OutputLayout(options.output(), options.month(), manifest.runId());
        // the messages are dated with the published run's issue date (MonthDelivery reads it from the manifest)
        if (options.email() == EmailMode.DRY_RUN) {
            delivery.dryRun(layout, manifest.revision(), options.config(), services.out());
            return ExitCode.OK.code();
        }
        MonthDelivery.Sent sent = delivery.send(
                layout,
                manifest.revision(),
                options.config(),
                options.all() ? MonthDelivery.Again.ALL : MonthDelivery.Again.FAILED);
        String what = "resend " + options.month() + " revision " + manifest.revision();
        if (sent.result().failed() > 0) {
            services.out()
                    .printf(
                            "reform-report: %s: %d sent, %d still not delivered (see show --run=%d)%n",
                            what, sent.result().sent(), sent.result().failed(), manifest.runId());
            return ExitCode.DELIVERY_FAILURES.code();
        }
        services.out()
                .printf(
                        "reform-report: %s: %d sent%s%n",
                        what,
                        sent.result().sent(),
                        sent.result().sent() == 0 && sent.queuedAgain() == 0
                                ? " (nothing was owed; --all sends the whole month again)"
                                : "");
        return ExitCode.OK.code();
    }

    /** The weekly round's receipts, reminders and notices not delivered yet, of every run. */
    private static int resendWeekly(CommandLineOptions options, Services services) throws InterruptedException {
        if (options.email() == EmailMode.DRY_RUN) {
            long owed = services.outbox().countWeekly(org.reformreport.delivery.OutboxStatus.FAILED);
            services.out().printf("resend --weekly dry run: %d messages would be sent again%n", owed);
            return ExitCode.OK.code();
        }
        var sent = services.round().resendUndelivered();
        if (sent.result().failed() > 0) {
            services.out()
                    .printf(
                            "reform-report: resend --weekly: %d sent, %d still not delivered%n",
                            sent.result().sent(), sent.result().failed());
            return ExitCode.DELIVERY_FAILURES.code();
        }
        services.out()
                .printf(
                        "reform-report: resend --weekly: %d sent%s%n",
                        sent.result().sent(), sent.queued() == 0 ? " (nothing was owed)" : "");
        return ExitCode.OK.code();
    }
}
