package org.reformreport.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.publish.Manifest;
import org.reformreport.registry.Leader;
import org.reformreport.registry.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A month's delivery: the plan recorded in the outbox before anything is sent, then the outbox
 * drained in rounds, each round's batches over one connection, with growing pauses between
 * rounds for what failed for a passing reason. What still fails is left FAILED for `resend`.
 */
public final class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    /** Waits between rounds; tests pass one that does not sleep (or that brings a server up). */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /** The run a delivery belongs to. */
    public record Run(long runId, ReportMonth month, long revision, Path monthFolder, Manifest manifest) {}

    /** What a drain did. */
    public record Result(int sent, int failed) {}

    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final SmtpMailer mailer;
    private final Pause pause;
    private final LongSupplier clock;

    public Delivery(
            OutboxRepository outbox, MailSettings settings, SmtpMailer mailer, Pause pause, LongSupplier clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.mailer = mailer;
        this.pause = pause;
        this.clock = clock;
    }

    /**
     * Plans the run's messages and records them, once: a restarted step finds its plan recorded.
     * Earlier revisions' messages that never went out are superseded by this plan.
     */
    public DeliveryPlanner.Plan plan(
            DeliveryPlanner planner,
            Run run,
            List<Leader> leaders,
            Map<String, Unit> units,
            List<ReportOutput> outputs,
            Map<String, String> sha256ByPath,
            MailText text) {
        DeliveryPlanner.Plan plan =
                planner.plan(leaders, units, outputs, sha256ByPath, outbox.lastSent(run.month(), run.runId()));
        if (!outbox.planned(run.runId())) {
            outbox.supersedeUndelivered(run.month(), run.runId());
            outbox.record(
                    run.runId(),
                    run.month(),
                    run.revision(),
                    plan,
                    m -> text.subject(m.key().kind(), m.unitName(), m.correction()),
                    clock.getAsLong());
        }
        return plan;
    }

    /**
     * What a drain sends: the messages still owed (asked again each round), what is left of them
     * when the rounds are used up, their words, and the folder their attachments are in.
     */
    public record Queue(
            Supplier<List<OutboxMessage>> pending,
            IntSupplier failRemaining,
            Function<OutboxMessage, MailText.Body> words,
            Path attachments) {}

    /** Sends every PENDING message of the run, retrying passing failures; returns what happened. */
    public Result drain(Run run, MailText text) throws InterruptedException {
        return drain(new Queue(
                () -> outbox.pending(run.runId()),
                () -> outbox.failRemaining(run.runId()),
                m -> text.body(m.key(), m.recipientName(), m.attachments(), m.correction()),
                run.monthFolder()));
    }

    /**
     * Sends the queue's messages in rounds, each round's batches over one connection, retrying
     * passing failures with growing pauses; what still fails is left FAILED for `resend`.
     */
    public Result drain(Queue queue) throws InterruptedException {
        int sent = 0;
        int failed = 0;
        for (int round = 1; ; round++) {
            List<OutboxMessage> due = queue.pending().get();
            if (due.isEmpty()) {
                break;
            }
            if (round > settings.attempts()) {
                failed += queue.failRemaining().getAsInt();
                break;
            }
            if (round > 1) {
                Duration wait = SmtpFailures.pauseBefore(round, settings.firstRetryAfter(), settings.maxRetryAfter());
                log.warn(
                        "{} messages not delivered yet; attempt {} of {} in {} s",
                        due.size(),
                        round,
                        settings.attempts(),
                        wait.toSeconds());
                pause.pause(wait);
            }
            boolean lastRound = round == settings.attempts();
            int[] counts = new int[2];
            for (int from = 0; from < due.size(); from += settings.messagesPerConnection()) {
                List<SmtpMailer.Outgoing> batch = new ArrayList<>();
                for (OutboxMessage m :
                        due.subList(from, Math.min(due.size(), from + settings.messagesPerConnection()))) {
                    batch.add(new SmtpMailer.Outgoing(m, queue.words().apply(m)));
                }
                mailer.sendBatch(batch, queue.attachments(), new SmtpMailer.Outcomes() {
                    @Override
                    public void sent(OutboxMessage message) {
                        outbox.markSent(message.id(), clock.getAsLong());
                        counts[0]++;
                    }

                    @Override
                    public void failed(OutboxMessage message, Exception cause) {
                        boolean giveUp = lastRound || !SmtpFailures.isTransient(cause);
                        outbox.markAttemptFailed(message.id(), SmtpFailures.describe(cause), giveUp, clock.getAsLong());
                        if (giveUp) {
                            counts[1]++;
                            log.warn(
                                    "Mail to {} not delivered: {}",
                                    message.key().recipient(),
                                    SmtpFailures.describe(cause));
                        }
                    }
                });
            }
            sent += counts[0];
            failed += counts[1];
        }
        return new Result(sent, failed);
    }
}
