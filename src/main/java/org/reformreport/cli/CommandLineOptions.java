package org.reformreport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.job.EmailMode;
import org.springframework.boot.ApplicationArguments;

/**
 * The options a command runs with, defaults filled in, and the files it was given (check); anything
 * unknown was refused rather than ignored.
 */
public record CommandLineOptions(
        String command,
        ReportMonth month,
        boolean monthGiven,
        Path inbox,
        Path output,
        Path config,
        EmailMode email,
        boolean all,
        Long runId,
        LocalDate week,
        boolean weekly,
        List<Path> files,
        Integer docNumber) {

    /**
     * Parses a command line as Spring passed it on; the default month is the one before {@code today},
     * the office's date in its {@code zone} (the live command uses {@code LocalDate.now(zone)}). A
     * mistake is a {@link UsageException} saying what is wrong.
     */
    public static CommandLineOptions parse(ApplicationArguments args, ZoneId zone, LocalDate today) {
        return ReformReportCli.parse(args.getSourceArgs()).options(today);
    }
}
