package org.reformreport.job;

import java.nio.file.Path;
import java.time.Clock;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.SmtpConnection;
import org.reformreport.intake.FileBreakdowns;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.weekly.WeeklyRound;
import org.reformreport.weekly.WeeklySettings;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The weekly round's jobs, made of the month's own steps where they are the same: weeklyReceive
 * is registries → intake → receipts; weeklyRemind adds reminders, so that forms dropped in the
 * inbox since the last receive count before anyone is reminded.
 */
@Configuration
class WeeklyJobConfig {

    @Bean
    Job weeklyReceive(JobRepository jobRepository, IssueDate issueDate, Step registries, Step intake, Step receipts) {
        return new JobBuilder(JobParameterNames.RECEIVE_JOB, jobRepository)
                .listener(issueDate)
                .start(registries)
                .next(intake)
                .next(receipts)
                .build();
    }

    @Bean
    Job weeklyRemind(
            JobRepository jobRepository,
            IssueDate issueDate,
            Step registries,
            Step intake,
            Step receipts,
            Step reminders) {
        return new JobBuilder(JobParameterNames.REMIND_JOB, jobRepository)
                .listener(issueDate)
                .start(registries)
                .next(intake)
                .next(receipts)
                .next(reminders)
                .build();
    }

    @Bean
    FileBreakdowns fileBreakdowns(JdbcTemplate jdbc) {
        return new FileBreakdowns(jdbc);
    }

    @Bean
    WeeklyRound weeklyRound(
            IntakeRepository intake,
            FileBreakdowns breakdowns,
            SummaryRepository summaries,
            OutboxRepository outbox,
            Delivery delivery,
            WeeklySettings weekly,
            ReformSettings settings,
            Clock clock) {
        return new WeeklyRound(
                intake,
                breakdowns,
                summaries,
                outbox,
                delivery,
                weekly,
                Path.of(settings.templatesDir()),
                settings.authority(),
                settings.deadline(),
                clock::millis);
    }

    @Bean
    WeeklyTasklets weeklyTasklets(WeeklyRound round, RegistrySnapshotStore snapshots, SmtpConnection mail) {
        return new WeeklyTasklets(round, snapshots, mail);
    }

    @Bean
    Step receipts(JobRepository jobRepository, PlatformTransactionManager tx, WeeklyTasklets tasklets) {
        return withoutTransaction(new StepBuilder("receipts", jobRepository).tasklet(tasklets.receipts(), tx));
    }

    @Bean
    Step reminders(JobRepository jobRepository, PlatformTransactionManager tx, WeeklyTasklets tasklets) {
        return withoutTransaction(new StepBuilder("reminders", jobRepository).tasklet(tasklets.reminders(), tx));
    }

    /** Each message's outcome is committed as soon as it is known, as in the month's delivery step. */
    private static Step withoutTransaction(org.springframework.batch.core.step.builder.TaskletStepBuilder step) {
        return step.transactionAttribute(
                        new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }

    @Bean
    WeeklyLauncher weeklyLauncher(
            JobOperator operator, JobRepository repository, Job weeklyReceive, Job weeklyRemind, Clock clock) {
        return new WeeklyLauncher(operator, repository, weeklyReceive, weeklyRemind, clock);
    }
}
