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

/** What the commands work with: the application's services, and the two streams cron mails. */
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
        PrintStream err) {}
