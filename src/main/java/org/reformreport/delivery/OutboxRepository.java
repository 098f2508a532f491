package org.reformreport.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.registry.Unit;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mail outbox (tables mail_outbox and mail_attachment): every message recorded before it is sent. */
public class OutboxRepository {

    private static final String NO_RECIPIENT = "";

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
                        + " WHERE report_month = ? AND status = 'SENT' AND run_id <> ? ORDER BY sent_at, id",
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
                        + " AND status IN ('PENDING', 'FAILED')",
                month.toString(),
                runId);
    }

    /** The run's messages waiting to be sent, with their attachments, in the order they were planned. */
    public List<OutboxMessage> pending(long runId) {
        Map<Long, List<PlannedMessage.Attachment>> attachments = new HashMap<>();
        jdbc.query(
                "SELECT a.outbox_id, a.path, a.sha256 FROM mail_attachment a JOIN mail_outbox o ON o.id = a.outbox_id"
                        + " WHERE o.run_id = ? AND o.status = 'PENDING' ORDER BY a.outbox_id, a.position",
                rs -> {
                    attachments
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlannedMessage.Attachment(rs.getString(2), rs.getString(3)));
                },
                runId);
        return jdbc.query(
                "SELECT id, recipient, kind, unit_code, recipient_name, subject, correction, attempts"
                        + " FROM mail_outbox WHERE run_id = ? AND status = 'PENDING' ORDER BY id",
                (rs, i) -> new OutboxMessage(
                        rs.getLong(1),
                        runId,
                        key(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        attachments.getOrDefault(rs.getLong(1), List.of()),
                        rs.getInt(8)),
                runId);
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
                        + " sent_at FROM mail_outbox WHERE run_id = ? ORDER BY kind, unit_code, recipient",
                (rs, i) -> new Line(
                        rs.getString(2),
                        rs.getString(3),
                        MessageKey.Kind.valueOf(rs.getString(4)),
                        rs.getString(5),
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
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
