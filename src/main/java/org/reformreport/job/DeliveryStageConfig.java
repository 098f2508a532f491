package org.reformreport.job;

import java.nio.file.Path;
import java.time.Clock;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.MailSettings;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.SmtpConnection;
import org.reformreport.delivery.SmtpMailer;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.summary.SummaryRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The delivery stage: step "delivery", the published month's mail recorded in the outbox and sent.
 * The server is Spring Boot's spring.mail.* (its MailProperties, bound here too, since Boot binds
 * them only when spring.mail.host is set), with reform.mail.* as older aliases.
 */
@Configuration
@EnableConfigurationProperties(MailProperties.class)
class DeliveryStageConfig {

    /** Checked at start-up: a conflict between spring.mail and its reform.mail aliases stops the job in one line. */
    @Bean
    SmtpConnection smtpConnection(
            MailProperties spring, Environment environment, MailSettings mail, ObjectProvider<SslBundles> sslBundles) {
        // Passwords only ever come from the environment: SPRING_MAIL_PASSWORD, which Boot binds to
        // spring.mail.password, or the older REFORM_MAIL_PASSWORD.
        return SmtpConnection.resolve(
                spring,
                environment.containsProperty("spring.mail.protocol"),
                mail,
                System.getenv(MailSettings.PASSWORD_VARIABLE),
                sslBundles.getIfAvailable());
    }

    /** The one sender of the job's mail, over {@link SmtpConnection}. */
    @Bean
    SmtpMailer smtpMailer(MailSettings mail, SmtpConnection smtp) {
        return new SmtpMailer(mail, smtp);
    }

    @Bean
    OutboxRepository outboxRepository(JdbcTemplate jdbc) {
        return new OutboxRepository(jdbc);
    }

    /** The outbox's sending, with its rounds and retries: the month's mail and the weekly round's alike. */
    @Bean
    Delivery outboxDelivery(
            OutboxRepository outbox,
            MailSettings mail,
            SmtpMailer mailer,
            ObjectProvider<Delivery.Pause> pause,
            Clock clock) {
        return new Delivery(
                outbox, mail, mailer, pause.getIfAvailable(() -> d -> Thread.sleep(d.toMillis())), clock::millis);
    }

    @Bean
    MonthDelivery monthDelivery(
            RegistrySnapshotStore snapshots,
            SummaryRepository summaries,
            ReportOutputRepository outputs,
            OutboxRepository outbox,
            ReformSettings settings,
            MailSettings mail,
            SmtpConnection smtp,
            Delivery outboxDelivery) {
        return new MonthDelivery(
                snapshots,
                summaries,
                outputs,
                outbox,
                new MonthDelivery.Wording(Path.of(settings.templatesDir()), settings.region(), settings.authority()),
                smtp,
                outboxDelivery,
                settings.word().attachToLeaders());
    }

    @Bean
    Step delivery(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            MonthDelivery delivery,
            OutboxRepository outbox) {
        // No transaction around the tasklet: each message's outcome is committed as soon as it is
        // known, so a crash mid-way does not forget what was already sent.
        return new StepBuilder("delivery", jobRepository)
                .tasklet(new DeliveryTasklet(delivery, Terminal.out()), tx)
                .listener(new StepProgress("email", "messages", new StepProgress.Measure() {
                    // the run's outbox: every message recorded, and those no longer waiting to be sent
                    @Override
                    public long total(org.springframework.batch.core.step.StepExecution step) {
                        return outbox.counts(RunContext.of(step).runId()).values().stream()
                                .mapToLong(Integer::longValue)
                                .sum();
                    }

                    @Override
                    public long done(org.springframework.batch.core.step.StepExecution step) {
                        return outbox.counts(RunContext.of(step).runId()).entrySet().stream()
                                .filter(e -> e.getKey() != org.reformreport.delivery.OutboxStatus.PENDING)
                                .mapToLong(e -> e.getValue().longValue())
                                .sum();
                    }

                    @Override
                    public boolean totalGrows() {
                        return true;
                    }
                }))
                .transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }
}
