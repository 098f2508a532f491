package org.reformreport.delivery;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.publish.OutputLayout;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.registry.Leader;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.registry.Unit;
import org.reformreport.summary.SummaryRepository;

/**
 * Delivery of one published run: gathers what the plan needs (leaders, the run's registry, its
 * documents and the published files' hashes, the month's figures for the words), then plans,
 * lists or sends. Used by the job's last step and by the resend command alike.
 */
public final class MonthDelivery {

    private final RegistrySnapshotStore snapshots;
    private final SummaryRepository summaries;
    private final ReportOutputRepository outputs;
    private final OutboxRepository outbox;
    private final Wording wording;
    private final SmtpConnection smtp;
    private final Delivery delivery;
    private final DeliveryPlanner planner;

    /** @param wordToLeaders whether leaders get the district report's Word document too */
    public MonthDelivery(
            RegistrySnapshotStore snapshots,
            SummaryRepository summaries,
            ReportOutputRepository outputs,
            OutboxRepository outbox,
            Wording wording,
            SmtpConnection smtp,
            Delivery delivery,
            boolean wordToLeaders) {
        this.snapshots = snapshots;
        this.summaries = summaries;
        this.outputs = outputs;
        this.outbox = outbox;
        this.wording = wording;
        this.smtp = smtp;
        this.delivery = delivery;
        this.planner = new DeliveryPlanner(wordToLeaders);
    }

    /** The run of {@code layout}, which must be the month's published one. */
    public Delivery.Run run(OutputLayout layout, long revision) throws IOException {
        Manifest manifest = MonthPublisher.read(layout.published().resolve(OutputLayout.MANIFEST));
        if (manifest.runId() != layout.runId()) {
            throw new IllegalStateException("the published " + layout.month() + " is run " + manifest.runId()
                    + ", not run " + layout.runId() + ": only the published month can be delivered");
        }
        return new Delivery.Run(layout.runId(), layout.month(), revision, layout.published(), manifest);
    }

    /** Plans the run's messages (recording them unless {@code record} is false, for a dry run). */
    public DeliveryPlanner.Plan plan(Delivery.Run run, Path configDir, boolean record) throws IOException {
        List<Leader> leaders = snapshots.leaders(run.runId(), configDir);
        Map<String, Unit> units = new HashMap<>();
        snapshots.load(run.runId()).units().forEach(u -> units.put(u.code(), u));
        Map<String, String> sha256ByPath = new HashMap<>();
        run.manifest().outputs().forEach(o -> sha256ByPath.put(o.path(), o.sha256()));
        if (!record) {
            return planner.plan(
                    leaders,
                    units,
                    outputs.outputs(run.runId()),
                    sha256ByPath,
                    outbox.lastSent(run.month(), run.runId()));
        }
        return delivery.plan(planner, run, leaders, units, outputs.outputs(run.runId()), sha256ByPath, text(run));
    }

    public Delivery.Result drain(Delivery.Run run) throws InterruptedException {
        return delivery.drain(run, text(run));
    }

    /** Which of the run's messages already in the outbox {@link #send} queues again before sending. */
    public enum Again {
        /** None: the run's delivery step sends what it has just planned. */
        NONE,
        /** Those that could not be delivered (resend). */
        FAILED,
        /** Every message of the month, sent or not (resend --all). */
        ALL
    }

    /** What {@link #send} did: how many messages it queued again, and what the sending came to. */
    public record Sent(int queuedAgain, Delivery.Result result) {}

    /**
     * Delivers the published run: its messages recorded in the outbox (a run that sent none, with
     * --no-email or before SMTP was set up, gets them now), those {@code again} names queued again,
     * then every message still owed sent. The job's delivery step and the resend command both send
     * through here.
     */
    public Sent send(OutputLayout layout, long revision, Path configDir, Again again)
            throws IOException, InterruptedException {
        Delivery.Run run = run(layout, revision);
        plan(run, configDir, true);
        int queued = again == Again.NONE ? 0 : outbox.requeue(layout.runId(), again == Again.ALL);
        return new Sent(queued, drain(run));
    }

    /** A dry run of the published run: lists who would get what, and records nothing. */
    public void dryRun(OutputLayout layout, long revision, Path configDir, PrintStream out) throws IOException {
        print(plan(run(layout, revision), configDir, false), out);
    }

    private MailText text(Delivery.Run run) {
        return new MailText(
                ReportTemplates.load(wording.templatesDir(), ReportTemplates.EMAIL_FILE),
                wording.region(),
                wording.authority(),
                run.month(),
                summaries.figures(run.runId()),
                summaries.scores(run.runId()),
                // dated like the run's documents, however long after the run the mail goes out
                run.manifest().issued());
    }

    /** What the messages' words come from: the office's templates, its region and authority. */
    public record Wording(Path templatesDir, String region, String authority) {}

    /** Whether a mail server is set (spring.mail.host, or its alias reform.mail.host). */
    public boolean configured() {
        return smtp.configured();
    }

    /** A dry run's listing: who would get what, and who gets nothing. */
    public static void print(DeliveryPlanner.Plan plan, PrintStream out) {
        out.printf(
                "email dry run: %d messages would be sent, %d already received unchanged, %d units without address%n",
                plan.toSend(),
                plan.messages().size() - plan.toSend(),
                plan.unitsWithoutAddress().size());
        for (PlannedMessage m : plan.messages()) {
            out.printf(
                    "  %-10s %s <%s>%s: %s%n",
                    m.unchanged() ? "unchanged" : m.correction() ? "更正" : "send",
                    m.recipientName(),
                    m.key().recipient(),
                    m.key().kind() == MessageKey.Kind.UNIT ? " [" + m.key().unitCode() + "]" : " [leader]",
                    String.join(
                            ", ",
                            m.attachments().stream()
                                    .map(PlannedMessage.Attachment::fileName)
                                    .toList()));
        }
        for (Unit u : plan.unitsWithoutAddress()) {
            out.printf("  no address %s %s%n", u.code(), u.name());
        }
    }
}
