package org.reformreport.job;

import org.reformreport.intake.IntakeRepository;
import org.reformreport.outputs.document.MonthDocuments;
import org.reformreport.outputs.document.NoticeNumbers;
import org.reformreport.publish.OutputLayout;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.scale.PartitionedSteps;
import org.reformreport.scale.UnitRangePartitioner;
import org.reformreport.summary.MonthRecords;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitMonthFigures;
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
 * The outputs stage: steps "workbook", "districtReport" and "unitReports" (partitioned by ranges of
 * unit codes, worker step "unitReport"), writing into the run's staging folder. They run again on
 * every restart and keep what is still staged (see {@link OutputTasklets}).
 */
@Configuration
class OutputsStageConfig {

    @Bean
    MonthRecords monthRecords(JdbcTemplate jdbc, IntakeRepository intake) {
        return new MonthRecords(jdbc, intake);
    }

    @Bean
    ReportOutputRepository reportOutputRepository(JdbcTemplate jdbc) {
        return new ReportOutputRepository(jdbc);
    }

    @Bean
    MonthDocuments monthDocuments(SummaryRepository summaries, MonthRecords rows) {
        return new MonthDocuments(summaries, rows);
    }

    @Bean
    NoticeNumbers noticeNumbers(JdbcTemplate jdbc) {
        return new NoticeNumbers(jdbc);
    }

    @Bean
    Step workbook(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            SummaryRepository summaries,
            MonthRecords rows,
            ReportOutputRepository outputs,
            ReformSettings settings) {
        return new StepBuilder("workbook", jobRepository)
                .allowStartIfComplete(true)
                .tasklet(OutputTasklets.workbook(summaries, rows, outputs, settings), tx)
                .build();
    }

    @Bean
    Step districtReport(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            MonthDocuments documents,
            NoticeNumbers numbers,
            ReportOutputRepository outputs,
            ReformSettings settings) {
        return new StepBuilder("districtReport", jobRepository)
                .allowStartIfComplete(true)
                .tasklet(OutputTasklets.districtReport(documents, numbers, outputs, settings), tx)
                .build();
    }

    /** The unit reports, partitioned by ranges of unit codes and rendered on reform.document-threads threads. */
    @Bean
    Step unitReports(
            PartitionedSteps partitionedSteps, Step unitReport, Partitioner unitRanges, SummaryRepository summaries) {
        // reports appear one by one in the staging folder, whichever thread or worker machine writes them
        return StepProgress.on(
                partitionedSteps.partitioned("unitReports", unitReport, unitRanges),
                new StepProgress("unit reports", "reports", new StepProgress.Measure() {
                    @Override
                    public long total(org.springframework.batch.core.step.StepExecution step) {
                        return summaries.figures(RunContext.of(step).runId()).size();
                    }

                    @Override
                    public long done(org.springframework.batch.core.step.StepExecution step) {
                        RunContext run = RunContext.of(step);
                        OutputLayout layout = new OutputLayout(run.output(), run.month(), run.runId());
                        return StepProgress.filesWrittenSince(
                                layout.staging().resolve(MonthDocuments.UNIT_FOLDER), StepProgress.startedMillis(step));
                    }
                }));
    }

    @Bean
    Step unitReport(
            PartitionedSteps partitionedSteps,
            PlatformTransactionManager tx,
            MonthDocuments documents,
            ReportOutputRepository outputs,
            SummaryRepository summaries,
            ReformSettings settings) {
        return partitionedSteps
                .workerStep("unitReport")
                .allowStartIfComplete(true)
                .tasklet(OutputTasklets.unitReports(documents, outputs, summaries, settings), tx)
                .build();
    }

    /** Ranges of the units the summary stage made figures for. */
    @Bean
    @StepScope
    Partitioner unitRanges(
            SummaryRepository summaries, @Value("#{stepExecution.jobExecution.jobInstanceId}") Long runId) {
        return new UnitRangePartitioner(
                UnitRangePartitioner.REPORTS_PER_PARTITION,
                () -> summaries.figures(runId).stream()
                        .map(UnitMonthFigures::unitCode)
                        .toList());
    }
}
