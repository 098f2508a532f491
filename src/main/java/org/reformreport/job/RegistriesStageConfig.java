package org.reformreport.job;

import org.reformreport.registry.RegistrySnapshotStore;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The registries stage: step "registries" and the store of the run's registry snapshot. */
@Configuration
class RegistriesStageConfig {

    @Bean
    RegistrySnapshotStore registrySnapshotStore(JdbcTemplate jdbc) {
        return new RegistrySnapshotStore(jdbc);
    }

    @Bean
    Step registries(JobRepository jobRepository, PlatformTransactionManager tx, RegistrySnapshotStore snapshots) {
        return new StepBuilder("registries", jobRepository)
                .tasklet(new RegistriesTasklet(snapshots), tx)
                .build();
    }
}
