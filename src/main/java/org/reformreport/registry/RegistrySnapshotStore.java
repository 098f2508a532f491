package org.reformreport.registry;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.reformreport.calendar.ReportMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the registries a run used, so every later step (and a restart, or a remote worker) works
 * from the same units and tasks even if job-config is edited meanwhile.
 */
public class RegistrySnapshotStore {

    private final JdbcTemplate jdbc;

    public RegistrySnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's snapshot (idempotent, so a restarted step writes it again safely). */
    public void save(long runId, Registry registry) {
        jdbc.update("DELETE FROM registry_unit WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM registry_task WHERE run_id = ?", runId);
        List<Unit> units = List.copyOf(registry.units());
        jdbc.batchUpdate(
                "INSERT INTO registry_unit (run_id, code, name, unit_group, parent_code, liaison,"
                        + " liaison_phone, liaison_email, head, head_email, active_from, active_until)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                units,
                500,
                (ps, u) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, u.code());
                    ps.setString(3, u.name());
                    ps.setString(4, u.group());
                    ps.setString(5, u.parentCode());
                    ps.setString(6, u.liaison());
                    ps.setString(7, u.liaisonPhone());
                    ps.setString(8, u.liaisonEmail());
                    ps.setString(9, u.head());
                    ps.setString(10, u.headEmail());
                    ps.setString(11, text(u.activeFrom()));
                    ps.setString(12, text(u.activeUntil()));
                });
        List<ReformTask> tasks = List.copyOf(registry.tasks());
        jdbc.batchUpdate(
                "INSERT INTO registry_task (run_id, code, title, leader, lead_unit_code, participant_codes,"
                        + " start_month, planned_month, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tasks,
                500,
                (ps, t) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, t.code());
                    ps.setString(3, t.title());
                    ps.setString(4, t.leader());
                    ps.setString(5, t.leadUnitCode());
                    ps.setString(
                            6,
                            String.join(
                                    ";", t.participantCodes().stream().sorted().toList()));
                    ps.setString(7, t.startMonth().toString());
                    ps.setString(8, t.plannedCompletionMonth().toString());
                    ps.setString(9, t.category().name());
                });
    }

    public Registry load(long runId) {
        List<Unit> units = jdbc.query(
                "SELECT code, name, unit_group, parent_code, liaison, liaison_phone,"
                        + " liaison_email, head, head_email, active_from, active_until FROM registry_unit WHERE run_id = ?"
                        + " ORDER BY code",
                (rs, i) -> new Unit(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        month(rs.getString(10)),
                        month(rs.getString(11))),
                runId);
        List<ReformTask> tasks = jdbc.query(
                "SELECT code, title, leader, lead_unit_code, participant_codes,"
                        + " start_month, planned_month, category FROM registry_task WHERE run_id = ? ORDER BY code",
                (rs, i) -> new ReformTask(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        participants(rs.getString(5)),
                        ReportMonth.parse(rs.getString(6)),
                        ReportMonth.parse(rs.getString(7)),
                        TaskCategory.valueOf(rs.getString(8))),
                runId);
        if (units.isEmpty()) {
            throw new IllegalStateException("No registry snapshot stored for run " + runId);
        }
        return new Registry(units, tasks);
    }

    private static LinkedHashSet<String> participants(String joined) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (joined != null && !joined.isEmpty()) {
            codes.addAll(Arrays.asList(joined.split(";")));
        }
        return codes;
    }

    private static String text(ReportMonth month) {
        return month == null ? null : month.toString();
    }

    private static ReportMonth month(String text) {
        return text == null ? null : ReportMonth.parse(text);
    }
}
