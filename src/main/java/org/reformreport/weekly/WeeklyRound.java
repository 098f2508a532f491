package org.reformreport.weekly;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.RoundDates;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.calendar.Weeks;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.MailText;
import org.reformreport.delivery.MessageKey;
import org.reformreport.delivery.OutboxMessage;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.PlannedMessage;
import org.reformreport.delivery.WordedMessage;
import org.reformreport.intake.FileBreakdown;
import org.reformreport.intake.FileBreakdown.RowNote;
import org.reformreport.intake.FileBreakdown.UnitRows;
import org.reformreport.intake.FileBreakdowns;
import org.reformreport.intake.FileImporter;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.registry.Registry;
import org.reformreport.registry.Unit;
import org.reformreport.summary.SubmissionGrid;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.WeekSubmission;
import org.reformreport.support.ContentFingerprint;
import org.reformreport.support.EmailAddresses;
import org.reformreport.support.FileHashes;

/**
 * The weekly round (spec §10): receipts for what a run's intake took in, reminders for a week's
 * missing tallies, each recorded in the outbox once per unit and topic (a file, a week) before it
 * is sent, then sent with the month's retry rules. Who is told what is decided here; the rows' fates
 * come from the intake, the weeks' standing from the month's submission grid.
 */
public final class WeeklyRound {

    /** The office as a recipient: it has no unit code. */
    private static final String OFFICE = "";

    private static final String OFFICE_NAME = "管理员";

    private final IntakeRepository intake;
    private final FileBreakdowns breakdowns;
    private final SummaryRepository summaries;
    private final OutboxRepository outbox;
    private final Delivery delivery;
    private final WeeklySettings settings;
    private final Path templatesDir;
    private final String authority;
    private final SubmissionDeadline deadline;
    private final LongSupplier clock;

    public WeeklyRound(
            IntakeRepository intake,
            FileBreakdowns breakdowns,
            SummaryRepository summaries,
            OutboxRepository outbox,
            Delivery delivery,
            WeeklySettings settings,
            Path templatesDir,
            String authority,
            SubmissionDeadline deadline,
            LongSupplier clock) {
        this.intake = intake;
        this.breakdowns = breakdowns;
        this.summaries = summaries;
        this.outbox = outbox;
        this.delivery = delivery;
        this.settings = settings;
        this.templatesDir = templatesDir;
        this.authority = authority;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** What planning recorded: messages to send, and those with nobody to send them to. */
    public record Planned(int toSend, int noAddress) {

        static Planned of(List<WordedMessage> messages) {
            int none = (int) messages.stream().filter(WordedMessage::noAddress).count();
            return new Planned(messages.size() - none, none);
        }
    }

    // ---- receipts ----

    /**
     * Records the receipts for the files the run's intake read (and the office's notices of those
     * it could not read), leaving out whatever was told before, by this run or an earlier one.
     */
    public Planned receipts(long runId, Registry registry, LocalDate today) {
        List<WordedMessage> messages = planReceipts(runId, registry, today);
        outbox.recordWorded(runId, messages, clock.getAsLong());
        return Planned.of(messages);
    }

    List<WordedMessage> planReceipts(long runId, Registry registry, LocalDate today) {
        List<IntakeRepository.FileLine> files = intake.runFiles(runId).stream()
                .filter(f -> f.result() == FileImporter.Outcome.IMPORTED
                        || f.result() == FileImporter.Outcome.UNREADABLE
                        || f.result() == FileImporter.Outcome.NO_FORM)
                .toList();
        if (files.isEmpty()) {
            return List.of();
        }
        List<String> topics = files.stream().map(WeeklyRound::topic).toList();
        Set<OutboxRepository.Recorded> told = new HashSet<>(outbox.recorded(MessageKey.Kind.RECEIPT, topics));
        told.addAll(outbox.recorded(MessageKey.Kind.OFFICE, topics));

        RoundDates dates = new RoundDates(today, deadline);
        ReportMonth month = dates.currentMonth();
        SubmissionGrid grid = summaries.submissionGrid(month, deadline);
        Map<String, Set<LocalDate>> sent = summaries.weeksWithTally(
                dates.firstWeekConsidered(), dates.firstWeekConsidered().plusWeeks(8));
        WeeklyText text = text(today);

        List<WordedMessage> messages = new ArrayList<>();
        for (IntakeRepository.FileLine file : files) {
            String topic = topic(file);
            if (file.result() != FileImporter.Outcome.IMPORTED) {
                if (!told.contains(new OutboxRepository.Recorded(OFFICE, topic))) {
                    messages.add(toOffice(topic, month, text.unreadableFile(file.fileName(), file.problem())));
                }
                continue;
            }
            FileBreakdown b = breakdowns.of(file.fileId());
            Map<Unit, UnitRows> byUnit = new LinkedHashMap<>();
            List<RowNote> ofNoUnit = new ArrayList<>();
            b.byUnit().forEach((code, rows) -> {
                Optional<Unit> unit = code.isEmpty() ? Optional.empty() : registry.unit(code);
                if (unit.isPresent()) {
                    byUnit.merge(unit.get(), rows, WeeklyRound::merge);
                } else {
                    ofNoUnit.addAll(rows.rejected());
                }
            });
            boolean officeTold = told.contains(new OutboxRepository.Recorded(OFFICE, topic));
            if (byUnit.isEmpty() && ofNoUnit.isEmpty() && !officeTold) {
                // a form with its header and nothing under it: nobody to give a receipt to
                messages.add(toOffice(topic, month, text.unreadableFile(file.fileName(), FileImporter.NO_DATA)));
            }
            if (!ofNoUnit.isEmpty() && !officeTold) {
                messages.add(toOffice(topic, month, text.rowsOfNoUnit(file.fileName(), ofNoUnit)));
            }
            int blank = byUnit.size() == 1 && ofNoUnit.isEmpty() ? b.blank() : 0;
            byUnit.forEach((unit, rows) -> {
                if (told.contains(new OutboxRepository.Recorded(unit.code(), topic))) {
                    return;
                }
                WeeklyText.Message m =
                        text.receipt(unit, file.fileName(), rows, blank, status(unit, dates, month, grid, sent));
                String address = EmailAddresses.isAddress(unit.liaisonEmail()) ? unit.liaisonEmail() : null;
                messages.add(worded(
                        MessageKey.Kind.RECEIPT, address, unit.liaison(), unit.code(), topic, month, m, List.of()));
            });
        }
        return messages;
    }

    private static WeeklyText.MonthStatus status(
            Unit unit, RoundDates dates, ReportMonth month, SubmissionGrid grid, Map<String, Set<LocalDate>> sent) {
        List<LocalDate> ended = dates.endedWeeks();
        int onTime = 0;
        int late = 0;
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate week : ended) {
            WeekSubmission s = grid.at(unit.code(), week);
            switch (s) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case MISSING -> missing.add(week);
            }
        }
        LocalDate next = dates.nextOwedWeek(sent.getOrDefault(unit.code(), Set.of()));
        return new WeeklyText.MonthStatus(
                month,
                ended.size(),
                onTime,
                late,
                missing,
                next,
                dates.deadline().dueDate(next));
    }

    /** A file's content is told about once; an entry that could not even be read, once per name. */
    private static String topic(IntakeRepository.FileLine file) {
        return file.fileId() != 0
                ? "file:" + file.fileId()
                : "entry:" + ContentFingerprint.of(file.fileName()).substring(0, 32);
    }

    /** The same unit under two spellings of its code in one file (CZJD, ｃｚｊｄ): one receipt. */
    private static UnitRows merge(UnitRows a, UnitRows b) {
        return new UnitRows(
                a.unitCode(),
                a.counted() + b.counted(),
                a.superseded() + b.superseded(),
                concat(a.rejected(), b.rejected()),
                concat(a.supersededRows(), b.supersededRows()),
                concat(a.warnings(), b.warnings()),
                concat(a.corrected(), b.corrected()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- reminders ----

    /** Who a week's reminders go to: the units reminded now (each with its addresses), and the messages. */
    record ReminderPlan(LocalDate week, LocalDate due, List<WeeklyText.Reminded> units, List<WordedMessage> messages) {}

    /** Records the week's reminders (and the office's list of them) for the units not reminded before. */
    public Planned reminders(long runId, Registry registry, LocalDate week, LocalDate today) throws IOException {
        ReminderPlan plan = planReminders(runId, registry, week, today);
        outbox.recordWorded(runId, plan.messages(), clock.getAsLong());
        return Planned.of(plan.messages());
    }

    ReminderPlan planReminders(long runId, Registry registry, LocalDate week, LocalDate today) throws IOException {
        ReportMonth month = Weeks.monthOf(week);
        LocalDate due = deadline.dueDate(week);
        String topic = "week:" + week;
        Set<String> submitted = new HashSet<>();
        summaries.weeksWithTally(week, week).keySet().forEach(code -> submitted.add(Registry.codeKey(code)));
        Set<String> remindedBefore = new HashSet<>();
        outbox.recorded(MessageKey.Kind.REMINDER, List.of(topic))
                .forEach(r -> remindedBefore.add(Registry.codeKey(r.unitCode())));
        Optional<PlannedMessage.Attachment> form = blankForm();
        WeeklyText text = text(today);

        List<WeeklyText.Reminded> reminded = new ArrayList<>();
        List<WordedMessage> messages = new ArrayList<>();
        for (Unit unit : registry.unitsActiveIn(month)) {
            String key = Registry.codeKey(unit.code());
            if (submitted.contains(key) || remindedBefore.contains(key)) {
                continue;
            }
            Map<String, String> recipients = new LinkedHashMap<>(); // address → name: one reminder per address
            addRecipient(recipients, unit.liaisonEmail(), unit.liaison());
            if (settings.remindHeads()) {
                addRecipient(recipients, unit.headEmail(), unit.head());
            }
            reminded.add(new WeeklyText.Reminded(unit, List.copyOf(recipients.keySet())));
            if (recipients.isEmpty()) {
                recipients.put(null, unit.liaison()); // recorded with nobody to send it to
            }
            recipients.forEach((address, name) -> {
                WeeklyText.Message m = text.reminder(
                        unit,
                        name,
                        week,
                        due,
                        form.map(PlannedMessage.Attachment::fileName).orElse(null),
                        settings.formLocation());
                messages.add(worded(
                        MessageKey.Kind.REMINDER,
                        address,
                        name,
                        unit.code(),
                        topic,
                        month,
                        m,
                        form.map(List::of).orElse(List.of())));
            });
        }
        // the office reads its list as it reads the month's tables: by 单位类型, then 单位编码
        reminded.sort(Comparator.comparing((WeeklyText.Reminded r) -> r.unit().group())
                .thenComparing(r -> r.unit().code()));
        if (!reminded.isEmpty()) {
            // one list per run that reminded someone: a later remind for the week lists only the newly reminded
            messages.add(toOffice(topic + ":run" + runId, month, text.reminderList(runId, week, due, reminded)));
        }
        return new ReminderPlan(week, due, reminded, messages);
    }

    /** A dry run of the week's reminders: who would be reminded, at which address; nothing is recorded. */
    public void dryRunReminders(Registry registry, LocalDate week, LocalDate today, PrintStream out)
            throws IOException {
        ReminderPlan plan = planReminders(0, registry, week, today);
        out.printf(
                "remind dry run: week %s (due %s): %d units would be reminded%n",
                week, plan.due(), plan.units().size());
        for (WeeklyText.Reminded r : plan.units()) {
            out.printf(
                    "  %-10s %s <%s>%n",
                    r.unit().code(),
                    r.unit().name(),
                    r.addresses().isEmpty() ? "no address" : String.join(", ", r.addresses()));
        }
        if (!plan.units().isEmpty()) {
            out.printf(
                    "  office list to <%s>%n",
                    settings.officeEmail().isEmpty() ? "no address" : settings.officeEmail());
        }
    }

    private Optional<PlannedMessage.Attachment> blankForm() throws IOException {
        if (settings.blankForm().isBlank()) {
            return Optional.empty();
        }
        Path form = templatesDir.resolve(settings.blankForm());
        if (!Files.isRegularFile(form)) {
            return Optional.empty();
        }
        return Optional.of(new PlannedMessage.Attachment(settings.blankForm(), FileHashes.sha256(form)));
    }

    // ---- sending ----

    /** Sends the run's recorded messages, with the month's rounds and retry rules. */
    public Delivery.Result drain(long runId) throws InterruptedException {
        return delivery.drain(new Delivery.Queue(
                () -> outbox.pending(runId), () -> outbox.failRemaining(runId), WeeklyRound::words, templatesDir));
    }

    /** Sends every weekly message not delivered yet, of every run, again (resend --weekly). */
    public ResentWeekly resendUndelivered() throws InterruptedException {
        int queued = outbox.requeueWeekly();
        Delivery.Result result = delivery.drain(new Delivery.Queue(
                outbox::pendingWeekly, outbox::failRemainingWeekly, WeeklyRound::words, templatesDir));
        return new ResentWeekly(queued, result);
    }

    /** What {@link #resendUndelivered} queued again and what the sending came to. */
    public record ResentWeekly(int queued, Delivery.Result result) {}

    private static MailText.Body words(OutboxMessage m) {
        if (m.words() == null) {
            throw new IllegalStateException("outbox message " + m.id() + " of the weekly round has no words recorded");
        }
        return m.words();
    }

    // ---- messages ----

    private WeeklyText text(LocalDate today) {
        return new WeeklyText(
                ReportTemplates.load(templatesDir, WeeklyText.FILE), authority, today, settings.listedRows());
    }

    private WordedMessage toOffice(String topic, ReportMonth month, WeeklyText.Message m) {
        String address = settings.officeEmail().isEmpty() ? null : settings.officeEmail();
        return worded(MessageKey.Kind.OFFICE, address, OFFICE_NAME, OFFICE, topic, month, m, List.of());
    }

    /** A message to {@code address}, or, when null, one recorded with nobody to send it to. */
    private static WordedMessage worded(
            MessageKey.Kind kind,
            String address,
            String name,
            String unitCode,
            String topic,
            ReportMonth month,
            WeeklyText.Message m,
            List<PlannedMessage.Attachment> attachments) {
        return new WordedMessage(
                new MessageKey(address == null ? "" : address, kind, unitCode),
                topic,
                month,
                name == null ? "" : name,
                m.subject(),
                m.body(),
                attachments,
                address == null);
    }

    private static void addRecipient(Map<String, String> recipients, String address, String name) {
        if (EmailAddresses.isAddress(address)) {
            recipients.putIfAbsent(MessageKey.normalize(address), name == null ? "" : name);
        }
    }
}
