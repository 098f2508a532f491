package org.reformreport.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.reformreport.intake.FileImporter;
import org.reformreport.intake.InboxScanner;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.read.FormFileReader;
import org.reformreport.registry.RegistrySnapshotStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The intake stage: step "intake", one inbox file per chunk, and the repository of what it stores. */
@Configuration
class IntakeStageConfig {

    /** Inbox files imported in one transaction (a file that cannot be read is rolled back alone). */
    static final int FILES_PER_TRANSACTION = 10;

    @Bean
    IntakeRepository intakeRepository(JdbcTemplate jdbc) {
        return new IntakeRepository(jdbc);
    }

    @Bean
    Step intake(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            ListItemReader<InboxScanner.Entry> inboxFiles,
            IntakeWriter intakeWriter) {
        // A few files per chunk, in one transaction: a restart skips the files already imported
        // (they are known by their sha256) and reads again the chunk a kill interrupted. Not one
        // file per transaction: on H2 each commit rewrites the changed pages of every index to the
        // file, and at a thousand small forms the commits were a quarter of the intake.
        return new StepBuilder("intake", jobRepository)
                .<InboxScanner.Entry, InboxScanner.Entry>chunk(FILES_PER_TRANSACTION)
                .transactionManager(tx)
                .reader(inboxFiles)
                .writer(intakeWriter)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<InboxScanner.Entry> inboxFiles(@Value("#{jobParameters['inbox']}") String inbox) throws IOException {
        return new ListItemReader<>(InboxScanner.entries(Path.of(inbox)));
    }

    @Bean
    @StepScope
    IntakeWriter intakeWriter(
            @Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") Long runId,
            @Value("#{jobExecutionContext['" + IssueDate.KEY + "']}") String issued,
            IntakeRepository repository,
            RegistrySnapshotStore snapshots,
            PlatformTransactionManager tx,
            ReformSettings settings) {
        TransactionTemplate savepoint = new TransactionTemplate(tx);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        FileImporter importer = new FileImporter(
                repository,
                new FormFileReader(settings.intake().readLimits()),
                snapshots.load(runId),
                savepoint,
                // "today" for dates from the future is the run's issue date, on a restart too
                settings.intake().limits(LocalDate.parse(issued)),
                settings.zone());
        return new IntakeWriter(importer, Path.of(inbox), runId, IntakeWriter.bytesIn(Path.of(inbox)));
    }
}
