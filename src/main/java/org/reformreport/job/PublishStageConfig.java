package org.reformreport.job;

import java.time.Clock;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.summary.SummaryRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The publish stage: step "publish", the staged month checked, given its manifest and swapped into place. */
@Configuration
class PublishStageConfig {

    @Bean
    Step publish(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            IntakeRepository intake,
            SummaryRepository summaries,
            ReportOutputRepository outputs,
            ReformSettings settings,
            Clock clock) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(PublishTasklets.publish(intake, summaries, outputs, settings, clock), tx)
                .build();
    }
}
