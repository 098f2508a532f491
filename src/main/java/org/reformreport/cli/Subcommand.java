package org.reformreport.cli;

import java.util.List;
import java.util.Optional;
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

    /**
     * The words the command takes after its name, one or more (check: the files), or none: what its
     * help calls them, says of them, and the line a command given none of them prints.
     */
    record Parameters(String label, String description, String whenMissing) {}

    /** The words it takes after its name; empty when it takes none (a word is then an unknown command). */
    default Optional<Parameters> parameters() {
        return Optional.empty();
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

    /**
     * Whether it works on the office's database. One that does not (check) runs without opening it,
     * or creating it: with the office's settings and nothing else.
     */
    default boolean usesDatabase() {
        return true;
    }

    /** Does the command's work and returns the process's exit status ({@link ExitCode}). */
    int run(CommandLineOptions options, Services services) throws Exception;
}
