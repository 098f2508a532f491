package org.reformreport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.job.EmailMode;
import picocli.CommandLine.ParseResult;

/**
 * A command line parsed once, before anything starts: the command picocli chose and the options as
 * given. The application takes the run lock from it and hands it to the command; defaults that need
 * the office's settings (the default month) are filled in when the command runs.
 */
public final class ParsedCommandLine {

    private final ParseResult parsed;
    private final Subcommand command;
    private final Map<CliOption, String> given;
    private final ReportMonth month;
    private final Long runId;
    private final Integer docNumber;
    private final List<String> words;

    ParsedCommandLine(
            ParseResult parsed,
            Subcommand command,
            Map<CliOption, String> given,
            ReportMonth month,
            Long runId,
            Integer docNumber,
            List<String> words) {
        this.parsed = parsed;
        this.command = command;
        this.given = given;
        this.month = month;
        this.runId = runId;
        this.docNumber = docNumber;
        this.words = List.copyOf(words);
    }

    /** Whether the line asks for help (--help, or help COMMAND) rather than for a command. */
    public boolean helpRequested() {
        return command == null;
    }

    /** Whether the command runs with the lock on the output folder (see {@link Subcommand#takesRunLock}). */
    public boolean takesRunLock() {
        return command != null && command.takesRunLock();
    }

    /**
     * Whether the command opens the office's database (see {@link Subcommand#usesDatabase}); the
     * help does not: it needs only the office's time zone.
     */
    public boolean usesDatabase() {
        return command != null && command.usesDatabase();
    }

    /** Whether the process is a worker, which stays up taking partitions until it is stopped. */
    public boolean worker() {
        return command instanceof WorkerCommand;
    }

    /** The output folder the lock is taken in. */
    public Path output() {
        return Path.of(CliOption.value(given, CliOption.OUTPUT));
    }

    /** What the lock's holder is called in a refusal: the month, or the weekly command. */
    public String monthForLock() {
        if (command != null && command.weekly()) {
            return "weekly " + command.name();
        }
        return month == null ? "the default month" : month.toString();
    }

    /** The week given with --week (checked to be a Monday when parsed), or null. */
    LocalDate week() {
        String week = given.get(CliOption.WEEK);
        return week == null || week.isBlank() ? null : LocalDate.parse(week.strip());
    }

    /** The words after the command (check's files), as given. */
    List<String> words() {
        return words;
    }

    /** The month given with --month, or null for the default. */
    ReportMonth month() {
        return month;
    }

    /** The run given with --run, or null when none (or no number) was given. */
    Long runId() {
        return runId;
    }

    boolean given(CliOption option) {
        return given.containsKey(option);
    }

    Subcommand command() {
        return command;
    }

    ParseResult parseResult() {
        return parsed;
    }

    /** The options the command runs with: the month before {@code today} unless one was given. */
    public CommandLineOptions options(LocalDate today) {
        EmailMode email = given(CliOption.NO_EMAIL)
                ? EmailMode.OFF
                : given(CliOption.EMAIL_DRY_RUN) || given(CliOption.DRY_RUN) ? EmailMode.DRY_RUN : EmailMode.SEND;
        return new CommandLineOptions(
                command == null ? "help" : command.name(),
                month == null ? ReportMonth.previousTo(today) : month,
                month != null,
                Path.of(CliOption.value(given, CliOption.INBOX)),
                output(),
                Path.of(CliOption.value(given, CliOption.CONFIG)),
                email,
                given(CliOption.ALL),
                runId,
                week(),
                given(CliOption.WEEKLY),
                words.stream().map(Path::of).toList(),
                docNumber);
    }

    /** Prints the help asked for (the whole command line's, or one command's), its default month in {@code zone}. */
    void printHelp(ZoneId zone, java.io.PrintStream out) {
        ReformReportCli.printHelp(parsed, zone, out);
    }
}
