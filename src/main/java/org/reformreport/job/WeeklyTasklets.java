package org.reformreport.job;

import java.time.LocalDate;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.SmtpConnection;
import org.reformreport.registry.Registry;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.weekly.WeeklyRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The weekly round's own steps: "receipts" (after the intake) and "reminders". Each records its
 * messages in the outbox, leaving out what was told before, then sends the run's messages. As in
 * the month's delivery step, mail that cannot be delivered does not fail the run.
 */
final class WeeklyTasklets {

    private static final Logger log = LoggerFactory.getLogger(WeeklyTasklets.class);

    private final WeeklyRound round;
    private final RegistrySnapshotStore snapshots;
    private final SmtpConnection mail;

    WeeklyTasklets(WeeklyRound round, RegistrySnapshotStore snapshots, SmtpConnection mail) {
        this.round = round;
        this.snapshots = snapshots;
        this.mail = mail;
    }

    Tasklet receipts() {
        return (contribution, chunk) -> {
            if (!sending(chunk)) {
                return RepeatStatus.FINISHED;
            }
            JobExecution run = execution(chunk);
            long runId = run.getJobInstanceId();
            Registry registry = snapshots.load(runId);
            long start = System.nanoTime();
            WeeklyRound.Planned planned = round.receipts(runId, registry, IssueDate.of(run));
            log.info(
                    "Receipts recorded in {} ms: {} to send, {} without address",
                    (System.nanoTime() - start) / 1_000_000,
                    planned.toSend(),
                    planned.noAddress());
            return send(runId, contribution);
        };
    }

    Tasklet reminders() {
        return (contribution, chunk) -> {
            if (!sending(chunk)) {
                return RepeatStatus.FINISHED;
            }
            JobExecution run = execution(chunk);
            long runId = run.getJobInstanceId();
            LocalDate week = LocalDate.parse(run.getJobParameters().getString(JobParameterNames.WEEK));
            long start = System.nanoTime();
            WeeklyRound.Planned planned = round.reminders(runId, snapshots.load(runId), week, IssueDate.of(run));
            log.info(
                    "Reminders recorded in {} ms: {} to send, {} without address",
                    (System.nanoTime() - start) / 1_000_000,
                    planned.toSend(),
                    planned.noAddress());
            return send(runId, contribution);
        };
    }

    private RepeatStatus send(long runId, StepContribution contribution) throws InterruptedException {
        long start = System.nanoTime();
        Delivery.Result result = round.drain(runId);
        log.info(
                "Weekly messages sent in {} ms: {} sent, {} not delivered",
                (System.nanoTime() - start) / 1_000_000,
                result.sent(),
                result.failed());
        contribution.incrementWriteCount(result.sent());
        if (result.failed() > 0) {
            contribution.setExitStatus(new ExitStatus(
                    DeliveryTasklet.DELIVERY_FAILURES,
                    result.failed() + " messages not delivered; they wait in the outbox for resend --weekly"));
        }
        return RepeatStatus.FINISHED;
    }

    /** Whether the run sends mail: not with --no-email, nor before SMTP is set up (nothing is recorded then). */
    private boolean sending(ChunkContext chunk) {
        if (DeliveryTasklet.emailMode(chunk) != EmailMode.SEND) {
            log.info("Email off for this run: no receipts or reminders");
            return false;
        }
        if (!mail.configured()) {
            log.info("Email not configured: no receipts or reminders");
            return false;
        }
        return true;
    }

    private static JobExecution execution(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution();
    }
}
