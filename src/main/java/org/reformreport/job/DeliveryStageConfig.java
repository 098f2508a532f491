package org.reformreport.job;

import java.nio.file.Path;
import java.time.Clock;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.MailSettings;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.SmtpMailer;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.summary.SummaryRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/** The delivery stage: step "delivery", the published month's mail recorded in the outbox and sent. */
@Configuration
class DeliveryStageConfig {

    @Bean
    OutboxRepository outboxRepository(JdbcTemplate jdbc) {
        return new OutboxRepository(jdbc);
    }

    /** The outbox's sending, with its rounds and retries: the month's mail and the weekly round's alike. */
    @Bean
    Delivery outboxDelivery(
            OutboxRepository outbox, MailSettings mail, ObjectProvider<Delivery.Pause> pause, Clock clock) {
        // The SMTP password only ever comes from the environment.
        SmtpMailer mailer = new SmtpMailer(mail, System.getenv(MailSettings.PASSWORD_VARIABLE));
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
            Delivery outboxDelivery) {
        return new MonthDelivery(
                snapshots,
                summaries,
                outputs,
                outbox,
                new MonthDelivery.Wording(Path.of(settings.templatesDir()), settings.region(), settings.authority()),
                mail,
                outboxDelivery);
    }

    @Bean
    Step delivery(JobRepository jobRepository, PlatformTransactionManager tx, MonthDelivery delivery) {
        // No transaction around the tasklet: each message's outcome is committed as soon as it is
        // known, so a crash mid-way does not forget what was already sent.
        return new StepBuilder("delivery", jobRepository)
                .tasklet(new DeliveryTasklet(delivery, System.out), tx)
                .transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }
}
