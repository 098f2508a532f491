package org.reformreport.cli;

import java.util.List;
import org.reformreport.job.WeeklyLauncher;
import picocli.CommandLine.Command;

/** Takes in the inbox now and sends each unit a receipt for its rows of every new file (cron: hourly or daily). */
@Command(
        name = "receive",
        description = {
            "import the inbox now (as a month's run does) and send each unit's liaison a receipt for every new"
                    + " file: rows counted, corrected and rejected with the reasons, weeks still missing; unreadable"
                    + " files and rows of no known unit go to the office (reform.weekly.office-email)"
        })
final class ReceiveCommand implements Subcommand {

    @Override
    public List<CliOption> options() {
        return List.of(CliOption.INBOX, CliOption.OUTPUT, CliOption.CONFIG, CliOption.NO_EMAIL, CliOption.HELP);
    }

    @Override
    public boolean takesRunLock() {
        return true; // the same intake as a month's run: one at a time
    }

    @Override
    public boolean weekly() {
        return true;
    }

    @Override
    public int run(CommandLineOptions options, Services services) throws Exception {
        WeeklyLauncher.Launched run =
                services.weekly().receive(options.inbox(), options.output(), options.config(), options.email());
        return WeeklyRunLine.report(
                "receive run " + run.runId(), run.execution(), run.restart(), options.email(), true, services);
    }
}
