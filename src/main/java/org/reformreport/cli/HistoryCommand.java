package org.reformreport.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** Lists the runs, newest first. */
@Command(name = "history", description = "list the runs (month, revision, status, times, counts, output folder)")
final class HistoryCommand implements Subcommand {

    @Override
    public List<CliOption> options() {
        return List.of(CliOption.MONTH, CliOption.HELP);
    }

    @Override
    public String describe(CliOption option) {
        return option == CliOption.MONTH ? "only the runs of this month" : option.description();
    }

    @Override
    public int run(CommandLineOptions options, Services services) {
        services.history().list(options.monthGiven() ? options.month().toString() : null, services.out());
        return ExitCode.OK.code();
    }
}
