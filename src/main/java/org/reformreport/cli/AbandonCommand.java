package org.reformreport.cli;

import java.util.List;
import org.reformreport.job.RunLauncher;
import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine.Command;

/** Gives up the month's failed run, so that the next run starts the month afresh. */
@Command(
        name = "abandon",
        description = {
            "give up the month's failed or stopped run: the next run starts a new revision from the"
                    + " registries and reads the files that run had imported again"
        })
final class AbandonCommand implements Subcommand {

    private static final String MONTH = "the month whose failed run to give up";

    @Override
    public List<CliOption> options() {
        return List.of(CliOption.MONTH, CliOption.OUTPUT, CliOption.CONFIG, CliOption.HELP);
    }

    @Override
    public String describe(CliOption option) {
        return option == CliOption.MONTH ? MONTH + " (required)" : option.description();
    }

    @Override
    public void check(ParsedCommandLine given) {
        if (given.month() == null) {
            throw new UsageException("abandon needs --month=YYYY-MM (" + MONTH + ")");
        }
    }

    /** So that it never gives up a run that is still going. */
    @Override
    public boolean takesRunLock() {
        return true;
    }

    @Override
    public int run(CommandLineOptions options, Services services) throws Exception {
        RunLauncher.Abandoned result =
                services.launcher().abandon(options.month(), options.output(), services.intake());
        String month = options.month().toString();
        if (result.status() == null) {
            services.out().println("reform-report: nothing to abandon for " + month + ": the month was never run");
        } else if (!result.abandoned()) {
            services.out()
                    .println("reform-report: nothing to abandon for " + month + ": revision " + result.revision()
                            + (result.status() == BatchStatus.COMPLETED ? " completed" : " was abandoned already")
                            + "; the next run makes revision " + (result.revision() + 1));
        } else {
            services.out()
                    .println("reform-report: ABANDONED " + month + " revision " + result.revision() + " (run "
                            + result.runId() + "); the next run starts revision " + (result.revision() + 1)
                            + " from the registries and reads the inbox again (" + result.filesToReadAgain()
                            + " files that run imported will be read again)");
        }
        return ExitCode.OK.code();
    }
}
