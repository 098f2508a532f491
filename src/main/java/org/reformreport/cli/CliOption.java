package org.reformreport.cli;

import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option the command line knows, each defined once: its name, its value, its default and what
 * it does; picocli parses them and writes the help from them. Every command accepts every option
 * (the line cron passes to a run is good for abandon too), and shows in its help those it uses.
 */
enum CliOption {
    MONTH(
            "--month",
            "YYYY-MM",
            null,
            "report month, default: the month before today (${bundle:" + CliOption.ZONE + "})"),
    INBOX("--inbox", "DIR", "./inbox", "folder of submitted forms (.xlsx, .csv), default ${DEFAULT-VALUE}"),
    OUTPUT("--output", "DIR", "./output", "where reports are written, default ${DEFAULT-VALUE}"),
    CONFIG(
            "--config",
            "DIR",
            "./job-config",
            "folder with settings.yml, units.csv, reform-tasks.csv, default ${DEFAULT-VALUE}"),
    NO_EMAIL("--no-email", null, null, "do not send any email (resend can send the month's email later)"),
    EMAIL_DRY_RUN("--email-dry-run", null, null, "list who would get what instead of sending (also: resend --dry-run)"),
    DRY_RUN("--dry-run", null, null, "list who would get what instead of sending; nothing is recorded"),
    ALL("--all", null, null, "send every message of the month again, not only those not delivered"),
    RUN("--run", "ID", null, "the run (the run column of history)"),
    WEEK("--week", "YYYY-MM-DD", null, "the week, by its Monday; default: the latest week whose deadline has passed"),
    WEEKLY("--weekly", null, null, "the weekly round's receipts, reminders and notices instead of a month's email"),
    DOC_NUMBER(
            "--doc-number",
            "N",
            null,
            "the ranking notice's document number N (区委改办〔YYYY〕N号), kept for the month; default: the"
                    + " month's number from before, or the year's next"),
    HELP("--help", null, null, "show this help");

    /** The help's resource key for the office's time zone (settings.yml's reform.time-zone). */
    static final String ZONE = "reform.time-zone";

    /**
     * As Spring reads the line, a value comes only after '=': {@code --month 2026-10} is --month
     * without a value (so: not given), then a word of its own. picocli is held to the same reading,
     * so that both see one command line.
     */
    private static final IParameterPreprocessor VALUE_AFTER_EQUALS =
            (args, command, option, info) -> " ".equals(info.get("separator"));

    /** As Spring reads it, a flag given a value ({@code --all=yes}) is the flag given. */
    private static final IParameterPreprocessor FLAG_IGNORES_VALUE = (args, command, option, info) -> {
        if (!"=".equals(info.get("separator"))) {
            return false;
        }
        args.pop();
        option.setValue(true);
        return true;
    };

    private final String name;
    private final String label;
    private final String fallback;
    private final String description;

    CliOption(String name, String label, String fallback, String description) {
        this.name = name;
        this.label = label;
        this.fallback = fallback;
        this.description = description;
    }

    String optionName() {
        return name;
    }

    String description() {
        return description;
    }

    /** The value used when the option is not given (or given blank); null when the command decides. */
    String fallback() {
        return fallback;
    }

    boolean takesValue() {
        return label != null;
    }

    /** The option for one command's picocli model: listed in its help, or accepted silently. */
    OptionSpec spec(boolean shown, String description) {
        OptionSpec.Builder option = OptionSpec.builder(name)
                .hidden(!shown)
                .description(description)
                .type(takesValue() ? String.class : boolean.class);
        if (this == HELP) {
            return option.usageHelp(true).arity("0").build();
        }
        if (takesValue()) {
            option.paramLabel(label).arity("1").preprocessor(VALUE_AFTER_EQUALS);
            return (fallback == null ? option : option.defaultValue(fallback)).build();
        }
        return option.arity("0").preprocessor(FLAG_IGNORES_VALUE).build();
    }

    /** What the command line gave this option in one command's part of it: each value, or "" per flag. */
    Stream<String> given(CommandSpec command) {
        OptionSpec option = command.findOption(name);
        if (option == null) {
            return Stream.empty();
        }
        if (takesValue()) {
            return option.originalStringValues().stream();
        }
        return Boolean.TRUE.equals(option.getValue()) ? Stream.of("") : Stream.empty();
    }

    static String value(Map<CliOption, String> given, CliOption option) {
        String value = given.get(option);
        return value == null || value.isBlank() ? option.fallback : value;
    }
}
