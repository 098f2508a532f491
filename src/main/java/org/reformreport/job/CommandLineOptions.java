package org.reformreport.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.reformreport.calendar.ReportMonth;
import org.springframework.boot.ApplicationArguments;

/** The options an administrator or cron passes; anything unknown is refused rather than ignored. */
public record CommandLineOptions(
        String command,
        ReportMonth month,
        boolean monthGiven,
        Path inbox,
        Path output,
        Path config,
        EmailMode email,
        boolean all,
        Long runId) {

    static final Set<String> KNOWN =
            Set.of("month", "inbox", "output", "config", "no-email", "email-dry-run", "dry-run", "all", "help", "run");
    static final Set<String> COMMANDS = Set.of("run", "history", "show", "resend", "abandon", "worker");

    public static final String USAGE = """
            Usage: java -jar reform-report.jar [run] [--month=YYYY-MM] [--inbox=DIR] [--output=DIR] [--config=DIR] [--no-email]
                   java -jar reform-report.jar history [--month=YYYY-MM]
                   java -jar reform-report.jar show --run=ID
                   java -jar reform-report.jar resend [--month=YYYY-MM] [--all] [--dry-run] [--output=DIR] [--config=DIR]
                   java -jar reform-report.jar abandon --month=YYYY-MM [--output=DIR] [--config=DIR]
                   java -jar reform-report.jar worker   (with spring.datasource.* and spring.rabbitmq.* of the manager)

              run            build the month's report (the default command); a month done before gets a
                             new revision, a failed or interrupted run is resumed at the failed step
              history        list the runs (month, revision, status, times, counts, output folder)
              show           one run's steps, the files and rows it could not use, and its email
              resend         send the published month's email that was not delivered (SMTP down, a bad
                             address fixed); --all sends every message of the month again
              abandon        give up the month's failed or stopped run: the next run starts a new revision
                             from the registries and reads the files that run had imported again
              worker         take partitions (unit figures, unit reports) from RabbitMQ until stopped; the
                             manager is a run with --reform.scale.mode=manager on the same database
              --month        report month, default: the month before today (Asia/Shanghai)
              --inbox        folder of submitted forms (.xlsx, .csv), default ./inbox
              --output       where reports are written, default ./output
              --config       folder with settings.yml, units.csv, reform-tasks.csv, default ./job-config
              --no-email     do not send any email (resend can send the month's email later)
              --email-dry-run  list who would get what instead of sending (also: resend --dry-run)
            Email: reform.mail.* in settings.yml (or REFORM_MAIL_HOST, …); the password only from REFORM_MAIL_PASSWORD.
            Database: embedded H2 in ./data unless spring.datasource.url (and SPRING_DATASOURCE_PASSWORD) say otherwise.
            Exit status: 0 done (a line says so when there were data problems), 1 failed, 2 wrong command,
            3 refused because another run is in progress, 4 done but some email was not delivered (resend later).
            """;

    public static CommandLineOptions parse(ApplicationArguments args, ZoneId zone, LocalDate today) {
        for (String name : args.getOptionNames()) {
            if (!KNOWN.contains(name)
                    && !name.startsWith("spring.")
                    && !name.startsWith("logging.")
                    && !name.startsWith("reform.")) {
                throw new IllegalArgumentException("unknown option --" + name + " (see --help)");
            }
        }
        List<String> commands = args.getNonOptionArgs();
        if (commands.size() > 1) {
            throw new IllegalArgumentException("one command at a time, got " + commands);
        }
        String command = commands.isEmpty() ? "run" : commands.get(0);
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("unknown command '" + command + "' (see --help)");
        }
        ReportMonth month;
        String monthText = single(args, "month");
        try {
            month = monthText == null ? ReportMonth.previousTo(today) : ReportMonth.parse(monthText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--month must be YYYY-MM, e.g. --month=2026-10, not '" + monthText + "'");
        }
        Long runId = null;
        String run = single(args, "run");
        if (command.equals("abandon") && monthText == null) {
            throw new IllegalArgumentException("abandon needs --month=YYYY-MM (the month whose failed run to give up)");
        }
        if (command.equals("show")) {
            try {
                runId = Long.parseLong(run == null ? "" : run.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("show needs --run=ID (the run column of history)");
            }
        }
        if (args.containsOption("no-email")
                && (args.containsOption("email-dry-run") || args.containsOption("dry-run"))) {
            throw new IllegalArgumentException("--no-email and a dry run exclude each other");
        }
        EmailMode email = args.containsOption("no-email")
                ? EmailMode.OFF
                : args.containsOption("email-dry-run") || args.containsOption("dry-run")
                        ? EmailMode.DRY_RUN
                        : EmailMode.SEND;
        return new CommandLineOptions(
                command,
                month,
                monthText != null,
                path(args, "inbox", "./inbox"),
                path(args, "output", "./output"),
                path(args, "config", "./job-config"),
                email,
                args.containsOption("all"),
                runId);
    }

    private static Path path(ApplicationArguments args, String name, String fallback) {
        String value = single(args, name);
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }

    private static String single(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("--" + name + " given more than once");
        }
        return values.get(0);
    }
}
