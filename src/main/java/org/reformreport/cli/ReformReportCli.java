package org.reformreport.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line's grammar: the commands and options picocli parses (each command's class, the
 * options of {@link CliOption}), the help it writes from them, and the refusals an administrator
 * reads when the line is wrong.
 */
public final class ReformReportCli {

    /** Options that are Spring's (settings, database, logging): Spring reads them, the grammar lets them by. */
    private static final List<String> SPRING_OPTIONS = List.of("--spring.", "--logging.", "--reform.");

    private static final int HELP_WIDTH = 100;

    private ReformReportCli() {}

    /** The commands and their options, afresh for each parse (picocli keeps the values in the model). */
    private static CommandLine commandLine() {
        CommandLine root = new CommandLine(new TopCommand());
        for (CommandLine command : withSubcommands(root)) {
            // the options in the order the command lists them, not alphabetically
            command.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
            // its own options first, as it lists them, then every other one accepted but not shown
            Object user = command.getCommand();
            List<CliOption> shown = user instanceof Subcommand s ? s.options() : List.of();
            for (CliOption option : shown) {
                command.getCommandSpec().addOption(option.spec(true, ((Subcommand) user).describe(option)));
            }
            for (CliOption option : CliOption.values()) {
                boolean ownHelp = option == CliOption.HELP && user instanceof HelpCommand; // it has its --help
                if (!shown.contains(option) && !ownHelp) {
                    command.getCommandSpec().addOption(option.spec(false, option.description()));
                }
            }
            if (user instanceof Subcommand s) {
                s.parameters()
                        .ifPresent(p -> command.getCommandSpec()
                                .addPositional(PositionalParamSpec.builder()
                                        .paramLabel(p.label())
                                        .description(p.description())
                                        .index("0..*")
                                        .arity("1..*")
                                        .required(true)
                                        .type(String.class)
                                        .build()));
            }
        }
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(String.valueOf(code.code()), code.meaning());
        }
        root.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("Exit status:%n")
                .exitCodeList(exitCodes);
        root.getSubcommands()
                .get("help")
                .getCommandSpec()
                .usageMessage()
                .header("show the help of one command: help COMMAND")
                .description();
        // Spring's reading of the line, not a shell's: no @file expansion; one value per option, a second
        // is reported by name (see parse); a flag may be given twice.
        root.setExpandAtFiles(false);
        root.setOverwrittenOptionsAllowed(true);
        root.setUsageHelpWidth(HELP_WIDTH);
        root.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return root;
    }

    private static List<CommandLine> withSubcommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        all.addAll(root.getSubcommands().values());
        return all;
    }

    /**
     * Parses the command line the process was started with. Options of Spring's are left to Spring;
     * anything else unknown is refused, as is a line two commands would read differently.
     */
    public static ParsedCommandLine parse(String... args) {
        String[] ours = Arrays.stream(args)
                .filter(a -> SPRING_OPTIONS.stream().noneMatch(a::startsWith))
                .toArray(String[]::new);
        CommandLine root = commandLine();
        ParseResult parsed;
        try {
            parsed = root.parseArgs(ours);
        } catch (UnmatchedArgumentException e) {
            throw new UsageException(unmatched(root, ours));
        } catch (MissingParameterException e) {
            // a command's words (check's files) not given: its own line, not picocli's
            if (e.getCommandLine().getCommand() instanceof Subcommand s
                    && s.parameters().isPresent()) {
                throw new UsageException(s.parameters().get().whenMissing());
            }
            throw new UsageException(e.getMessage() + " (see --help)");
        } catch (ParameterException e) {
            throw new UsageException(e.getMessage() + " (see --help)");
        }
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        if (commands.stream().anyMatch(CommandLine::isUsageHelpRequested) || last.getCommand() instanceof HelpCommand) {
            // help COMMAND: the command must exist (check's words are files, not commands)
            String asked = last.getCommand() instanceof HelpCommand
                    ? last.getParseResult().matchedPositionalValue(0, null)
                    : null;
            if (asked != null && !root.getSubcommands().containsKey(asked)) {
                throw new UsageException("unknown command '" + asked + "' (see --help)");
            }
            return new ParsedCommandLine(parsed, null, Map.of(), null, null, null, List.of());
        }
        Map<CliOption, String> given = new EnumMap<>(CliOption.class);
        for (CliOption option : CliOption.values()) {
            List<String> values = commands.stream()
                    .flatMap(c -> option.given(c.getCommandSpec()))
                    .toList();
            if (values.size() > 1 && option.takesValue()) {
                throw new UsageException(option.optionName() + " given more than once");
            }
            if (!values.isEmpty()) {
                given.put(option, values.get(0));
            }
        }
        ReportMonth month = null;
        if (given.containsKey(CliOption.MONTH)) {
            try {
                month = ReportMonth.parse(given.get(CliOption.MONTH));
            } catch (IllegalArgumentException e) {
                throw new UsageException(
                        "--month must be YYYY-MM, e.g. --month=2026-10, not '" + given.get(CliOption.MONTH) + "'");
            }
        }
        if (given.containsKey(CliOption.WEEK) && !given.get(CliOption.WEEK).isBlank()) {
            String week = given.get(CliOption.WEEK).strip();
            try {
                if (!org.reformreport.calendar.Weeks.isWeekStart(java.time.LocalDate.parse(week))) {
                    throw new UsageException("--week must be a Monday (a week is named by its Monday), not " + week);
                }
            } catch (java.time.format.DateTimeParseException e) {
                throw new UsageException("--week must be YYYY-MM-DD, e.g. --week=2026-11-23, not '" + week + "'");
            }
        }
        Long runId = given.containsKey(CliOption.RUN) ? number(given.get(CliOption.RUN)) : null;
        Integer docNumber = null;
        if (given.containsKey(CliOption.DOC_NUMBER)
                && !given.get(CliOption.DOC_NUMBER).isBlank()) {
            String text = given.get(CliOption.DOC_NUMBER).strip();
            Long n = number(text);
            if (n == null || n < 1 || n > 99_999) {
                throw new UsageException(
                        "--doc-number must be a whole number from 1 (no leading zeros needed), e.g. --doc-number=12,"
                                + " not '" + text + "'");
            }
            docNumber = n.intValue();
        }
        Subcommand command = (Subcommand) last.getCommand();
        List<String> words = last.getCommandSpec().positionalParameters().stream()
                .flatMap(p -> p.originalStringValues().stream())
                .toList();
        ParsedCommandLine line = new ParsedCommandLine(parsed, command, given, month, runId, docNumber, words);
        command.check(line);
        if (given.containsKey(CliOption.NO_EMAIL)
                && (given.containsKey(CliOption.EMAIL_DRY_RUN) || given.containsKey(CliOption.DRY_RUN))) {
            throw new UsageException("--no-email and a dry run exclude each other");
        }
        return line;
    }

    /** The number given, or null when it is none (only show needs one, and says so). */
    private static Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * What is wrong with a line picocli could not match: an unknown option first, then more than one
     * command, then a command that does not exist. Commands are the words not starting with "--",
     * as Spring tells options from the rest.
     */
    private static String unmatched(CommandLine root, String[] args) {
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.startsWith("--") && root.getCommandSpec().findOption(name) == null) {
                return "unknown option " + name + " (see --help)";
            }
        }
        List<String> words =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (words.size() > 1) {
            return "one command at a time, got " + words;
        }
        return "unknown command '" + (words.isEmpty() ? "" : words.get(0)) + "' (see --help)";
    }

    /** Prints the help asked for: picocli's, from the commands' and options' definitions. */
    static void printHelp(ParseResult parsed, ZoneId zone, PrintStream out) {
        CommandLine root = parsed.commandSpec().commandLine();
        // the default month's zone is the office's, from its settings
        root.setResourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{CliOption.ZONE, zone.getId()}};
            }
        });
        PrintWriter writer = new PrintWriter(out, true);
        root.setOut(writer);
        CommandLine.executeHelpRequest(parsed);
        writer.flush();
    }
}
