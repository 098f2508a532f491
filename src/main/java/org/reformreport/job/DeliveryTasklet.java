package org.reformreport.job;

import java.io.PrintStream;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.publish.OutputLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step "delivery": the published month's messages recorded in the outbox, then sent. Mail that
 * cannot be delivered does not fail the run (the outputs are published): the step ends with exit
 * status {@value #DELIVERY_FAILURES} and the messages wait in the outbox for `resend`.
 */
class DeliveryTasklet implements Tasklet {

    static final String DELIVERY_FAILURES = "DELIVERY_FAILURES";

    private static final Logger log = LoggerFactory.getLogger(DeliveryTasklet.class);

    private final MonthDelivery delivery;
    private final PrintStream out;

    DeliveryTasklet(MonthDelivery delivery, PrintStream out) {
        this.delivery = delivery;
        this.out = out;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        RunContext run = RunContext.of(chunk);
        EmailMode mode = emailMode(chunk);
        if (mode == EmailMode.OFF) {
            log.info("Email off for this run (--no-email)");
            return RepeatStatus.FINISHED;
        }
        if (!delivery.configured()) {
            log.info("Email not configured (spring.mail.host is blank): nothing sent");
            return RepeatStatus.FINISHED;
        }
        OutputLayout layout = new OutputLayout(run.output(), run.month(), run.runId());
        if (mode == EmailMode.DRY_RUN) {
            delivery.dryRun(layout, run.revision(), run.config(), out);
            return RepeatStatus.FINISHED;
        }
        Delivery.Result result = delivery.send(layout, run.revision(), run.config(), MonthDelivery.Again.NONE)
                .result();
        contribution.incrementWriteCount(result.sent());
        if (result.failed() > 0) {
            contribution.setExitStatus(new ExitStatus(
                    DELIVERY_FAILURES,
                    result.failed() + " messages not delivered; they wait in the outbox for resend"));
        }
        return RepeatStatus.FINISHED;
    }

    static EmailMode emailMode(ChunkContext chunk) {
        String mode =
                chunk.getStepContext().getStepExecution().getJobParameters().getString(JobParameterNames.EMAIL);
        return mode == null ? EmailMode.SEND : EmailMode.valueOf(mode);
    }
}
