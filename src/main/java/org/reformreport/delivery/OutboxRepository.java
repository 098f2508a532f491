package org.reformreport.delivery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.registry.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The mail outbox (tables mail_outbox and mail_attachment): every message recorded before it is sent. */
public class OutboxRepository {

    private static final String NO_RECIPIENT = "";
    /** The kinds a month's run sends (its plan supersedes only these). */
    private static final String MONTH_KINDS = "('LEADER', 'UNIT')";

    private static final String WEEKLY_KINDS = "('RECEIPT', 'REMINDER', 'OFFICE')";

    private final JdbcTemplate jdbc;

    public OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean planned(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE run_id = ?", Integer.class, runId);
        return n != null && n > 0;
    }

    /**
     * Per message key, the fingerprint of the content last delivered for the month by another run
     * (an earlier revision).
     */
    public Map<MessageKey, String> lastSent(ReportMonth month, long exceptRunId) {
        Map<MessageKey, String> last = new HashMap<>();
        jdbc.query(
                "SELECT recipient, kind, unit_code, content_fingerprint FROM mail_outbox"
                        + " WHERE report_month = ? AND status = 'SENT' AND run_id <> ? AND kind IN " + MONTH_KINDS
                        + " ORDER BY sent_at, id",
                rs -> {
                    last.put(key(rs), rs.getString(4));
                },
                month.toString(),
                exceptRunId);
        return last;
    }

    /** Records the plan: messages to send as PENDING, the ones already received as UNCHANGED, units without address. */
    public void record(
            long runId,
            ReportMonth month,
            long revision,
            DeliveryPlanner.Plan plan,
            Function<PlannedMessage, String> subject,
            long now) {
        List<Object[]> rows = new ArrayList<>();
        for (PlannedMessage m : plan.messages()) {
            rows.add(new Object[] {
                runId,
                month.toString(),
                revision,
                m.key().recipient(),
                m.recipientName(),
                m.key().kind().name(),
                m.key().unitCode(),
                subject.apply(m),
                m.correction(),
                m.fingerprint(),
                (m.unchanged() ? OutboxStatus.UNCHANGED : OutboxStatus.PENDING).name(),
                now
            });
        }
        for (Unit u : plan.unitsWithoutAddress()) {
            rows.add(new Object[] {
                runId,
                month.toString(),
                revision,
                NO_RECIPIENT,
                u.name(),
                MessageKey.Kind.UNIT.name(),
                u.code(),
                "",
                false,
                "",
                OutboxStatus.NO_ADDRESS.name(),
                now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO mail_outbox (run_id, report_month, revision, recipient, recipient_name, kind,"
                        + " unit_code, subject, correction, content_fingerprint, status, attempts, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                rows);
        Map<MessageKey, Long> ids = new HashMap<>();
        jdbc.query(
                "SELECT id, recipient, kind, unit_code FROM mail_outbox WHERE run_id = ?",
                rs -> {
                    ids.put(
                            new MessageKey(rs.getString(2), MessageKey.Kind.valueOf(rs.getString(3)), rs.getString(4)),
                            rs.getLong(1));
                },
                runId);
        List<Object[]> attachments = new ArrayList<>();
        for (PlannedMessage m : plan.messages()) {
            for (int i = 0; i < m.attachments().size(); i++) {
                PlannedMessage.Attachment a = m.attachments().get(i);
                attachments.add(new Object[] {ids.get(m.key()), i, a.path(), a.sha256()});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO mail_attachment (outbox_id, position, path, sha256) VALUES (?, ?, ?, ?)", attachments);
    }

    /** Earlier revisions' messages of the month that never went out: this run's plan replaces them. */
    public int supersedeUndelivered(ReportMonth month, long runId) {
        return jdbc.update(
                "UPDATE mail_outbox SET status = 'SUPERSEDED' WHERE report_month = ? AND run_id <> ?"
                        + " AND status IN ('PENDING', 'FAILED') AND kind IN " + MONTH_KINDS,
                month.toString(),
                runId);
    }

    /** The run's messages waiting to be sent, with their attachments, in the order they were planned. */
    public List<OutboxMessage> pending(long runId) {
        return pendingWhere("o.run_id = ?", runId);
    }

    /** The weekly round's messages waiting to be sent, of every run (after {@link #requeueWeekly}). */
    public List<OutboxMessage> pendingWeekly() {
        return pendingWhere("o.kind IN " + WEEKLY_KINDS);
    }

    private List<OutboxMessage> pendingWhere(String where, Object... args) {
        Map<Long, List<PlannedMessage.Attachment>> attachments = new HashMap<>();
        jdbc.query(
                "SELECT a.outbox_id, a.path, a.sha256 FROM mail_attachment a JOIN mail_outbox o ON o.id = a.outbox_id"
                        + " WHERE " + where + " AND o.status = 'PENDING' ORDER BY a.outbox_id, a.position",
                rs -> {
                    attachments
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlannedMessage.Attachment(rs.getString(2), rs.getString(3)));
                },
                args);
        return jdbc.query(
                "SELECT o.id, o.recipient, o.kind, o.unit_code, o.recipient_name, o.subject, o.correction, o.attempts,"
                        + " o.run_id, o.body_text, o.body_html FROM mail_outbox o WHERE " + where
                        + " AND o.status = 'PENDING' ORDER BY o.id",
                (rs, i) -> new OutboxMessage(
                        rs.getLong(1),
                        rs.getLong(9),
                        key(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        attachments.getOrDefault(rs.getLong(1), List.of()),
                        rs.getInt(8),
                        rs.getString(10) == null ? null : new MailText.Body(rs.getString(10), rs.getString(11))),
                args);
    }

    /**
     * Records messages worded when planned (the weekly round's), to send as PENDING, or as
     * NO_ADDRESS when there is nobody to send them to. Each is about a topic (a file, a week).
     */
    public void recordWorded(long runId, List<WordedMessage> messages, long now) {
        for (WordedMessage m : messages) {
            KeyHolder id = new GeneratedKeyHolder();
            jdbc.update(
                    c -> {
                        PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO mail_outbox (run_id, report_month, revision, recipient, recipient_name,"
                                        + " kind, unit_code, topic, subject, correction, content_fingerprint, status,"
                                        + " attempts, created_at, body_text, body_html)"
                                        + " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0, ?, ?, ?)",
                                new String[] {"id"});
                        ps.setLong(1, runId);
                        ps.setString(2, m.month().toString());
                        ps.setString(3, m.key().recipient());
                        ps.setString(4, m.recipientName());
                        ps.setString(5, m.key().kind().name());
                        ps.setString(6, m.key().unitCode());
                        ps.setString(7, m.topic());
                        ps.setString(8, truncate(m.subject(), 500));
                        ps.setString(9, m.fingerprint());
                        ps.setString(10, (m.noAddress() ? OutboxStatus.NO_ADDRESS : OutboxStatus.PENDING).name());
                        ps.setLong(11, now);
                        ps.setString(12, m.words().text());
                        ps.setString(13, m.words().html());
                        return ps;
                    },
                    id);
            long outboxId = Objects.requireNonNull(id.getKey()).longValue();
            for (int i = 0; i < m.attachments().size(); i++) {
                PlannedMessage.Attachment a = m.attachments().get(i);
                jdbc.update(
                        "INSERT INTO mail_attachment (outbox_id, position, path, sha256) VALUES (?, ?, ?, ?)",
                        outboxId,
                        i,
                        a.path(),
                        a.sha256());
            }
        }
    }

    /** A unit (or '' for the office) and a topic that a message of some kind was recorded for. */
    public record Recorded(String unitCode, String topic) {}

    /**
     * Which of the topics already have a message of this kind recorded, by any run (sent or not,
     * or with nobody to send to): the weekly round tells each thing once.
     */
    public Set<Recorded> recorded(MessageKey.Kind kind, Collection<String> topics) {
        Set<Recorded> recorded = new HashSet<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(topics));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(kind.name());
            args.addAll(part);
            jdbc.query(
                    "SELECT DISTINCT unit_code, topic FROM mail_outbox WHERE kind = ? AND status <> 'SUPERSEDED'"
                            + " AND topic IN (" + marks + ")",
                    rs -> {
                        recorded.add(new Recorded(rs.getString(1), rs.getString(2)));
                    },
                    args.toArray());
        }
        return recorded;
    }

    /** The weekly round's undelivered messages, of every run, back in the queue (resend --weekly). */
    public int requeueWeekly() {
        return jdbc.update(
                "UPDATE mail_outbox SET status = 'PENDING' WHERE status = 'FAILED' AND kind IN " + WEEKLY_KINDS);
    }

    /** How many of the weekly round's messages, of every run, stand so. */
    public long countWeekly(OutboxStatus status) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE status = ? AND kind IN " + WEEKLY_KINDS,
                Long.class,
                status.name());
        return n == null ? 0 : n;
    }

    /** The weekly round's messages still PENDING after the last round: given up on. */
    public int failRemainingWeekly() {
        return jdbc.update(
                "UPDATE mail_outbox SET status = 'FAILED' WHERE status = 'PENDING' AND kind IN " + WEEKLY_KINDS);
    }

    public void markSent(long id, long now) {
        jdbc.update(
                "UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, last_attempt_at = ?, sent_at = ?,"
                        + " last_error = NULL WHERE id = ?",
                now,
                now,
                id);
    }

    /** An attempt failed: the message stays PENDING for the next round, or becomes FAILED when given up on. */
    public void markAttemptFailed(long id, String error, boolean giveUp, long now) {
        jdbc.update(
                "UPDATE mail_outbox SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = ?"
                        + " WHERE id = ?",
                giveUp ? "FAILED" : "PENDING",
                now,
                truncate(error),
                id);
    }

    /** Messages still PENDING after the last round: given up on for this run. */
    public int failRemaining(long runId) {
        return jdbc.update("UPDATE mail_outbox SET status = 'FAILED' WHERE run_id = ? AND status = 'PENDING'", runId);
    }

    /**
     * Puts the run's undelivered messages back in the queue; with {@code everything}, the delivered
     * and unchanged ones too (an office asking for the whole month again).
     */
    public int requeue(long runId, boolean everything) {
        String statuses = everything ? "('FAILED', 'SENT', 'UNCHANGED')" : "('FAILED')";
        return jdbc.update(
                "UPDATE mail_outbox SET status = 'PENDING' WHERE run_id = ? AND status IN " + statuses, runId);
    }

    public Map<OutboxStatus, Integer> counts(long runId) {
        Map<OutboxStatus, Integer> counts = new EnumMap<>(OutboxStatus.class);
        jdbc.query(
                "SELECT status, COUNT(*) FROM mail_outbox WHERE run_id = ? GROUP BY status",
                rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getInt(2));
                },
                runId);
        return counts;
    }

    /** A run's outbox as the office reads it: every message with its status, attempts and last error. */
    public record Line(
            String recipient,
            String recipientName,
            MessageKey.Kind kind,
            String unitCode,
            String topic,
            String subject,
            OutboxStatus status,
            int attempts,
            String lastError,
            Long sentAt,
            List<String> attachmentSha256) {}

    public List<Line> lines(long runId) {
        Map<Long, List<String>> shas = new LinkedHashMap<>();
        jdbc.query(
                "SELECT a.outbox_id, a.sha256 FROM mail_attachment a JOIN mail_outbox o ON o.id = a.outbox_id"
                        + " WHERE o.run_id = ? ORDER BY a.outbox_id, a.position",
                rs -> {
                    shas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                },
                runId);
        return jdbc.query(
                "SELECT id, recipient, recipient_name, kind, unit_code, subject, status, attempts, last_error,"
                        + " sent_at, topic FROM mail_outbox WHERE run_id = ? ORDER BY kind, unit_code, topic, recipient",
                (rs, i) -> new Line(
                        rs.getString(2),
                        rs.getString(3),
                        MessageKey.Kind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(11),
                        rs.getString(6),
                        OutboxStatus.valueOf(rs.getString(7)),
                        rs.getInt(8),
                        rs.getString(9),
                        (Long) rs.getObject(10, Long.class),
                        shas.getOrDefault(rs.getLong(1), List.of())),
                runId);
    }

    private static MessageKey key(ResultSet rs) throws SQLException {
        return key(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    private static MessageKey key(String recipient, String kind, String unitCode) {
        return new MessageKey(recipient, MessageKey.Kind.valueOf(kind), unitCode);
    }

    private static String truncate(String s) {
        return truncate(s, 2000);
    }

    /** At most {@code max} chars, never half of an emoji (a lone surrogate MySQL would refuse or mangle). */
    private static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
