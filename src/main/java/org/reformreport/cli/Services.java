package org.reformreport.cli;

import java.io.PrintStream;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.job.ReformSettings;
import org.reformreport.job.RunHistory;
import org.reformreport.job.RunLauncher;
import org.reformreport.job.WeeklyLauncher;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.weekly.WeeklyRound;

/**
 * What the commands work with: the application's services, and the two streams cron mails. A
 * command that uses no database gets only the settings and the streams ({@link #withoutDatabase}).
 */
record Services(
        RunLauncher launcher,
        IntakeRepository intake,
        ReformSettings settings,
        RunHistory history,
        SummaryRepository summaries,
        MonthDelivery delivery,
        OutboxRepository outbox,
        WeeklyLauncher weekly,
        WeeklyRound round,
        PrintStream out,
        PrintStream err) {

    /**
     * For a command that uses no database (check, the help): the office's settings and the two
     * streams; the database's services are not there.
     */
    static Services withoutDatabase(ReformSettings settings, PrintStream out, PrintStream err) {
        return new Services(null, null, settings, null, null, null, null, null, null, out, err);
    }
}
