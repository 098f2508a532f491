package org.reformreport.job;

import org.reformreport.calendar.ReportMonth;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.registry.Unit;
import org.reformreport.scale.PartitionedSteps;
import org.reformreport.scale.UnitRangePartitioner;
import org.reformreport.summary.ScoringSettings;
import org.reformreport.summary.SummaryRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The summary stage: steps "taskLedger", "unitFigures" (partitioned by ranges of unit codes, worker
 * step "unitFigure") and "scoring", and the repository of what they store.
 */
@Configuration
class SummaryStageConfig {

    @Bean
    SummaryRepository summaryRepository(JdbcTemplate jdbc) {
        return new SummaryRepository(jdbc);
    }

    @Bean
    Step taskLedger(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            RegistrySnapshotStore snapshots,
            SummaryRepository summaries) {
        return new StepBuilder("taskLedger", jobRepository)
                .tasklet(SummaryTasklets.taskLedger(snapshots, summaries), tx)
                .build();
    }

    /** The units' figures, partitioned by ranges of unit codes like the unit reports. */
    @Bean
    Step unitFigures(
            PartitionedSteps partitionedSteps,
            Step unitFigure,
            Partitioner activeUnitRanges,
            RegistrySnapshotStore snapshots,
            JobRepository jobRepository) {
        // a range's figures are stored at once: the units of the ranges done, from the job repository
        return StepProgress.on(
                partitionedSteps.partitioned("unitFigures", unitFigure, activeUnitRanges),
                new StepProgress("unit figures", "units", new StepProgress.Measure() {
                    @Override
                    public long total(org.springframework.batch.core.step.StepExecution step) {
                        RunContext run = RunContext.of(step);
                        return snapshots
                                .load(run.runId())
                                .unitsActiveIn(run.month())
                                .size();
                    }

                    @Override
                    public long done(org.springframework.batch.core.step.StepExecution step) {
                        return StepProgress.unitsInCompletedPartitions(jobRepository, step, "unitFigure:");
                    }
                }));
    }

    @Bean
    Step unitFigure(
            PartitionedSteps partitionedSteps,
            PlatformTransactionManager tx,
            RegistrySnapshotStore snapshots,
            SummaryRepository summaries,
            ReformSettings settings) {
        return partitionedSteps
                .workerStep("unitFigure")
                .tasklet(SummaryTasklets.unitFigures(snapshots, summaries, settings), tx)
                .build();
    }

    /** Ranges of the units active in the run's month, from the run's registry snapshot. */
    @Bean
    @StepScope
    Partitioner activeUnitRanges(
            RegistrySnapshotStore snapshots,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") Long runId,
            @Value("#{jobParameters['month']}") String month) {
        return new UnitRangePartitioner(
                UnitRangePartitioner.FIGURES_PER_PARTITION,
                () -> snapshots.load(runId).unitsActiveIn(ReportMonth.parse(month)).stream()
                        .map(Unit::code)
                        .toList());
    }

    @Bean
    Step scoring(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            SummaryRepository summaries,
            ScoringSettings scoring) {
        return new StepBuilder("scoring", jobRepository)
                .tasklet(SummaryTasklets.scoring(summaries, scoring), tx)
                .build();
    }
}
