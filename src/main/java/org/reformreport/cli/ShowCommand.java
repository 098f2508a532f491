package org.reformreport.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** One run in detail. */
@Command(name = "show", description = "one run's steps, the files and rows it could not use, and its email")
final class ShowCommand implements Subcommand {

    @Override
    public List<CliOption> options() {
        return List.of(CliOption.RUN, CliOption.HELP);
    }

    @Override
    public String describe(CliOption option) {
        return option == CliOption.RUN
                ? "the run, as the run column of history lists it (required)"
                : option.description();
    }

    @Override
    public void check(ParsedCommandLine given) {
        if (given.runId() == null) {
            throw new UsageException("show needs --run=ID (the run column of history)");
        }
    }

    @Override
    public int run(CommandLineOptions options, Services services) {
        if (!services.history().show(options.runId(), services.out())) {
            services.err().println("reform-report: no run " + options.runId() + " (see history)");
            return ExitCode.USAGE_ERROR.code();
        }
        return ExitCode.OK.code();
    }
}
