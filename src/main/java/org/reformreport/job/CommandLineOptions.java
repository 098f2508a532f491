package org.reformreport.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.reformreport.calendar.ReportMonth;
import org.springframework.boot.ApplicationArguments;

/** The options an administrator or cron passes; anything unknown is refused rather than ignored. */
public record CommandLineOptions(String command, ReportMonth month, Path inbox, Path output, Path config,
                                 boolean noEmail) {

    static final Set<String> KNOWN = Set.of("month", "inbox", "output", "config", "no-email", "help");

    public static final String USAGE = """
            Usage: java -jar reform-report.jar [run] [--month=YYYY-MM] [--inbox=DIR] [--output=DIR] [--config=DIR] [--no-email]
                   java -jar reform-report.jar generate-demo [--inbox=DIR] [--config=DIR]

              run            build the month's report (the default command)
              generate-demo  write the demo district's registries and a year of forms
              --month        report month, default: the month before today (Asia/Shanghai)
              --inbox        folder of submitted forms (.xlsx, .csv), default ./inbox
              --output       where reports are written, default ./output
              --config       folder with settings.yml, units.csv, reform-tasks.csv, default ./job-config
              --no-email     do not send any email
            Database: embedded H2 in ./data unless spring.datasource.url (and SPRING_DATASOURCE_PASSWORD) say otherwise.
            """;

    public static CommandLineOptions parse(ApplicationArguments args, ZoneId zone, LocalDate today) {
        for (String name : args.getOptionNames()) {
            if (!KNOWN.contains(name) && !name.startsWith("spring.") && !name.startsWith("logging.")
                    && !name.startsWith("reform.")) {
                throw new IllegalArgumentException("unknown option --" + name + " (see --help)");
            }
        }
        List<String> commands = args.getNonOptionArgs();
        if (commands.size() > 1) {
            throw new IllegalArgumentException("one command at a time, got " + commands);
        }
        String command = commands.isEmpty() ? "run" : commands.get(0);
        if (!command.equals("run") && !command.equals("generate-demo")) {
            throw new IllegalArgumentException("unknown command '" + command + "' (see --help)");
        }
        ReportMonth month;
        String monthText = single(args, "month");
        try {
            month = monthText == null ? ReportMonth.previousTo(today) : ReportMonth.parse(monthText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--month must be YYYY-MM, e.g. --month=2026-10, not '" + monthText + "'");
        }
        return new CommandLineOptions(command, month, path(args, "inbox", "./inbox"), path(args, "output", "./output"),
                path(args, "config", "./job-config"), args.containsOption("no-email"));
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
