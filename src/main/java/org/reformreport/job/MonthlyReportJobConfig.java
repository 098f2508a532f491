package org.reformreport.job;

import java.time.Clock;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.intake.IntakeRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthlyReport job: its steps in the order of the month's flow. Each stage defines its own
 * steps ({@link RegistriesStageConfig}, {@link IntakeStageConfig}, {@link SummaryStageConfig},
 * {@link OutputsStageConfig}, {@link PublishStageConfig}, {@link DeliveryStageConfig}); how the
 * partitioned ones run, {@link PartitioningConfig}. The run's first execution decides its
 * {@link IssueDate}.
 */
@Configuration
public class MonthlyReportJobConfig {

    @Bean
    Job monthlyReport(
            JobRepository jobRepository,
            IssueDate issueDate,
            ReformSettings settings,
            Step registries,
            Step intake,
            Step taskLedger,
            Step unitFigures,
            Step scoring,
            Step workbook,
            Step districtReport,
            Step unitReports,
            Step publish,
            Step delivery) {
        return new JobBuilder(JobParameterNames.JOB_NAME, jobRepository)
                .listener(issueDate)
                .listener(new FontsAhead(settings))
                .start(registries)
                .next(intake)
                .next(taskLedger)
                .next(unitFigures)
                .next(scoring)
                .next(workbook)
                .next(districtReport)
                .next(unitReports)
                .next(publish)
                .next(delivery)
                .build();
    }

    /** What time it is: the run's issue date is today by this clock (tests move it). */
    @Bean
    Clock clock(ReformSettings settings) {
        return Clock.system(settings.zone());
    }

    @Bean
    IssueDate issueDate(Clock clock, ReformSettings settings, JobRepository jobRepository) {
        return new IssueDate(clock, settings.zone(), jobRepository);
    }

    @Bean
    RunLauncher runLauncher(JobOperator operator, JobRepository repository, Job monthlyReport) {
        return new RunLauncher(operator, repository, monthlyReport);
    }

    @Bean
    RunHistory runHistory(JobRepository repository, IntakeRepository intake, OutboxRepository outbox) {
        return new RunHistory(repository, intake, outbox);
    }
}
