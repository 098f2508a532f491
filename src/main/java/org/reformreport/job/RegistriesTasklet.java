package org.reformreport.job;

import java.nio.file.Path;
import org.reformreport.registry.RegistryCsvLoader;
import org.reformreport.registry.RegistryProblem;
import org.reformreport.registry.RegistrySnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step "registries": load and validate job-config's registries and snapshot them for the run. */
class RegistriesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegistriesTasklet.class);

    private final RegistrySnapshotStore snapshots;

    RegistriesTasklet(RegistrySnapshotStore snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Path configDir = Path.of(jobExecution.getJobParameters().getString(JobParameterNames.CONFIG));
        RegistryCsvLoader.Loaded loaded = new RegistryCsvLoader().load(configDir);
        // Read now, not at delivery: a broken leaders.csv is fixed before the run does any work, and the
        // run's mail (a resend too) goes to the leaders it was run with, kept in its snapshot.
        var leaders = new RegistryCsvLoader().loadLeaders(configDir);
        for (RegistryProblem warning : loaded.warnings()) {
            log.warn("Registry warning: {}", warning);
        }
        snapshots.save(jobExecution.getJobInstanceId(), loaded.registry(), leaders);
        log.info(
                "Registries loaded from {}: {} units, {} reform tasks, {} leaders",
                configDir,
                loaded.registry().units().size(),
                loaded.registry().tasks().size(),
                leaders.size());
        return RepeatStatus.FINISHED;
    }
}
