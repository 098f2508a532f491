package org.reformreport.job;

import java.io.IOException;
import java.nio.file.Path;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.MailSettings;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.SmtpMailer;
import org.reformreport.intake.FileImporter;
import org.reformreport.intake.InboxScanner;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.read.FormFileReader;
import org.reformreport.outputs.document.MonthDocuments;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.scale.LocalPartitionedSteps;
import org.reformreport.scale.PartitionedSteps;
import org.reformreport.scale.RemotePartitioning;
import org.reformreport.scale.UnitRangePartitioner;
import org.reformreport.summary.MonthRecords;
import org.reformreport.summary.ScoringSettings;
import org.reformreport.summary.SummaryRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
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

/** The monthlyReport job: thin wiring around the registry and intake code. */
@Configuration
public class MonthlyReportJobConfig {

    @Bean
    RegistrySnapshotStore registrySnapshotStore(JdbcTemplate jdbc) {
        return new RegistrySnapshotStore(jdbc);
    }

    @Bean
    IntakeRepository intakeRepository(JdbcTemplate jdbc) {
        return new IntakeRepository(jdbc);
    }

    @Bean
    RunLauncher runLauncher(
            org.springframework.batch.core.launch.JobOperator operator, JobRepository repository, Job monthlyReport) {
        return new RunLauncher(operator, repository, monthlyReport);
    }

    @Bean
    RunHistory runHistory(JobRepository repository, IntakeRepository intake, OutboxRepository outbox) {
        return new RunHistory(repository, intake, outbox);
    }

    @Bean
    SummaryRepository summaryRepository(JdbcTemplate jdbc) {
        return new SummaryRepository(jdbc);
    }

    @Bean
    MonthRecords monthRecords(JdbcTemplate jdbc, IntakeRepository intake) {
        return new MonthRecords(jdbc, intake);
    }

    @Bean
    Job monthlyReport(
            JobRepository jobRepository,
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

    @Bean
    Step taskLedger(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            RegistrySnapshotStore snapshots,
            SummaryRepository summaries) {
        return new StepBuilder("taskLedger", jobRepository)
                .tasklet(ReportSteps.taskLedger(snapshots, summaries), tx)
                .build();
    }

    /** The units' figures, partitioned by ranges of unit codes like the unit reports. */
    @Bean
    Step unitFigures(PartitionedSteps partitionedSteps, Step unitFigure, Partitioner activeUnitRanges) {
        return partitionedSteps.partitioned("unitFigures", unitFigure, activeUnitRanges);
    }

    @Bean
    Step unitFigure(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            RegistrySnapshotStore snapshots,
            SummaryRepository summaries,
            ReformSettings settings) {
        return new StepBuilder("unitFigure", jobRepository)
                .tasklet(ReportSteps.unitFigures(snapshots, summaries, settings), tx)
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
                () -> snapshots.load(runId).unitsActiveIn(org.reformreport.calendar.ReportMonth.parse(month)).stream()
                        .map(org.reformreport.registry.Unit::code)
                        .toList());
    }

    /**
     * How the partitioned steps run: on local threads (reform.scale.mode=local, the default) or, as a
     * manager (reform.scale.mode=manager), on worker processes over RabbitMQ sharing the database.
     */
    @Bean
    PartitionedSteps partitionedSteps(
            JobRepository jobRepository,
            ReformSettings settings,
            org.springframework.beans.factory.ObjectProvider<org.springframework.amqp.rabbit.core.RabbitTemplate>
                    rabbit,
            @Value("${reform.scale.mode:local}") String mode,
            @Value("${reform.scale.partitions:0}") int partitions,
            @Value("${reform.scale.partition-timeout:PT6H}") java.time.Duration timeout) {
        return switch (mode) {
            case "local", "worker" -> new LocalPartitionedSteps(jobRepository, settings.documentThreads());
            case "manager" ->
                RemotePartitioning.manager(
                        jobRepository,
                        rabbit.getObject(),
                        partitions > 0 ? partitions : settings.documentThreads(),
                        timeout);
            default ->
                throw new IllegalArgumentException("reform.scale.mode must be local, manager or worker, not " + mode);
        };
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${reform.scale.mode:local}' != 'local'")
    org.springframework.amqp.core.Queue partitionQueue() {
        return RemotePartitioning.queue();
    }

    /** A worker process: takes partitions from RabbitMQ and runs their worker steps. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
            name = "reform.scale.mode",
            havingValue = "worker")
    org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer partitionWorker(
            org.springframework.amqp.rabbit.connection.ConnectionFactory connections,
            JobRepository jobRepository,
            org.springframework.beans.factory.BeanFactory beans,
            ReformSettings settings) {
        return RemotePartitioning.worker(connections, jobRepository, beans, settings.documentThreads());
    }

    @Bean
    Step scoring(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            SummaryRepository summaries,
            ScoringSettings scoring) {
        return new StepBuilder("scoring", jobRepository)
                .tasklet(ReportSteps.scoring(summaries, scoring), tx)
                .build();
    }

    @Bean
    ReportOutputRepository reportOutputRepository(JdbcTemplate jdbc) {
        return new ReportOutputRepository(jdbc);
    }

    @Bean
    Step workbook(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            SummaryRepository summaries,
            MonthRecords rows,
            ReportOutputRepository outputs,
            ReformSettings settings) {
        // Output steps run again on a restart and keep what is still staged (see ReportSteps.stillStaged).
        return new StepBuilder("workbook", jobRepository)
                .allowStartIfComplete(true)
                .tasklet(ReportSteps.workbook(summaries, rows, outputs, settings), tx)
                .build();
    }

    @Bean
    MonthDocuments monthDocuments(SummaryRepository summaries, MonthRecords rows) {
        return new MonthDocuments(summaries, rows);
    }

    @Bean
    Step districtReport(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            MonthDocuments documents,
            ReportOutputRepository outputs,
            ReformSettings settings) {
        return new StepBuilder("districtReport", jobRepository)
                .allowStartIfComplete(true)
                .tasklet(ReportSteps.districtReport(documents, outputs, settings), tx)
                .build();
    }

    /** The unit reports, partitioned by ranges of unit codes and rendered on reform.document-threads threads. */
    @Bean
    Step unitReports(PartitionedSteps partitionedSteps, Step unitReport, Partitioner unitRanges) {
        return partitionedSteps.partitioned("unitReports", unitReport, unitRanges);
    }

    @Bean
    Step unitReport(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            MonthDocuments documents,
            ReportOutputRepository outputs,
            SummaryRepository summaries,
            ReformSettings settings) {
        return new StepBuilder("unitReport", jobRepository)
                .allowStartIfComplete(true)
                .tasklet(ReportSteps.unitReports(documents, outputs, summaries, settings), tx)
                .build();
    }

    @Bean
    @StepScope
    Partitioner unitRanges(
            SummaryRepository summaries, @Value("#{stepExecution.jobExecution.jobInstanceId}") Long runId) {
        return new UnitRangePartitioner(
                UnitRangePartitioner.REPORTS_PER_PARTITION,
                () -> summaries.figures(runId).stream()
                        .map(org.reformreport.summary.UnitMonthFigures::unitCode)
                        .toList());
    }

    @Bean
    Step publish(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            IntakeRepository intake,
            SummaryRepository summaries,
            ReportOutputRepository outputs,
            ReformSettings settings) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(ReportSteps.publish(intake, summaries, outputs, settings), tx)
                .build();
    }

    @Bean
    OutboxRepository outboxRepository(JdbcTemplate jdbc) {
        return new OutboxRepository(jdbc);
    }

    @Bean
    MonthDelivery monthDelivery(
            RegistrySnapshotStore snapshots,
            SummaryRepository summaries,
            ReportOutputRepository outputs,
            OutboxRepository outbox,
            ReformSettings settings,
            MailSettings mail,
            org.springframework.beans.factory.ObjectProvider<Delivery.Pause> pause) {
        // The SMTP password only ever comes from the environment.
        SmtpMailer mailer = new SmtpMailer(mail, System.getenv(MailSettings.PASSWORD_VARIABLE));
        Delivery delivery = new Delivery(
                outbox,
                mail,
                mailer,
                pause.getIfAvailable(() -> d -> Thread.sleep(d.toMillis())),
                System::currentTimeMillis);
        return new MonthDelivery(
                snapshots,
                summaries,
                outputs,
                outbox,
                new MonthDelivery.Wording(
                        Path.of(settings.templatesDir()), settings.region(), settings.authority(), settings.zone()),
                mail,
                delivery);
    }

    @Bean
    Step delivery(JobRepository jobRepository, PlatformTransactionManager tx, MonthDelivery delivery) {
        // No transaction around the tasklet: each message's outcome is committed as soon as it is
        // known, so a crash mid-way does not forget what was already sent.
        return new StepBuilder("delivery", jobRepository)
                .tasklet(new DeliveryTasklet(delivery, System.out), tx)
                .transactionAttribute(new org.springframework.transaction.interceptor.DefaultTransactionAttribute(
                        TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }

    @Bean
    Step registries(JobRepository jobRepository, PlatformTransactionManager tx, RegistrySnapshotStore snapshots) {
        return new StepBuilder("registries", jobRepository)
                .tasklet(new RegistriesTasklet(snapshots), tx)
                .build();
    }

    @Bean
    Step intake(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            ListItemReader<InboxScanner.Entry> inboxFiles,
            IntakeWriter intakeWriter) {
        // One file per chunk: each file is imported in its own transaction, and a restart skips
        // the files already imported (they are known by their sha256).
        return new StepBuilder("intake", jobRepository)
                .<InboxScanner.Entry, InboxScanner.Entry>chunk(1)
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
                new org.reformreport.intake.IntakeLimits(
                        settings.intake().maxWeeklyCount(), java.time.LocalDate.now(settings.zone())),
                settings.zone());
        long bytes = 0;
        try {
            for (Path file : InboxScanner.list(Path.of(inbox))) {
                bytes += java.nio.file.Files.size(file);
            }
        } catch (java.io.IOException e) {
            // the reader reports a missing inbox; progress is only a courtesy
        }
        return new IntakeWriter(importer, Path.of(inbox), runId, bytes);
    }
}
