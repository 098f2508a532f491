package org.reformreport.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** One command of the command line: the options its help lists, its own checks, and what it does. */
interface Subcommand {

    /** The name the command line calls it by: its picocli {@code @Command} name. */
    default String name() {
        return getClass().getAnnotation(Command.class).name();
    }

    /** The options it uses, in the order its help lists them (it accepts every other one too). */
    List<CliOption> options();

    /** What an option means for this command, where that is more than its general description. */
    default String describe(CliOption option) {
        return option.description();
    }

    /** Refuses a line this command cannot run (a required option missing) before anything starts. */
    default void check(ParsedCommandLine given) {}

    /**
     * Whether it takes the run lock next to the outputs before the database is opened: whatever may
     * change the month (its runs, its mail) runs one at a time.
     */
    default boolean takesRunLock() {
        return false;
    }

    /** Whether it is one of the weekly round's commands (receive, remind), which are not about a month. */
    default boolean weekly() {
        return false;
    }

    /** Does the command's work and returns the process's exit status ({@link ExitCode}). */
    int run(CommandLineOptions options, Services services) throws Exception;
}
