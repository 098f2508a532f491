package org.reformreport.registry;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.reformreport.calendar.ReportMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the registries a run used, so every later step (and a restart, a remote worker, or a resend
 * of the run) works from the same units, tasks and leaders even if job-config is edited meanwhile.
 */
public class RegistrySnapshotStore {

    private static final Logger log = LoggerFactory.getLogger(RegistrySnapshotStore.class);

    private final JdbcTemplate jdbc;

    public RegistrySnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's snapshot (idempotent, so a restarted step writes it again safely). */
    public void save(long runId, Registry registry, List<Leader> leaders) {
        jdbc.update("DELETE FROM registry_unit WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM registry_task WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM registry_leader WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM registry_snapshot WHERE run_id = ?", runId);
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
        List<Leader> inOrder = List.copyOf(leaders);
        jdbc.batchUpdate(
                "INSERT INTO registry_leader (run_id, line_order, name, title, email) VALUES (?, ?, ?, ?, ?)",
                java.util.stream.IntStream.range(0, inOrder.size()).boxed().toList(),
                500,
                (ps, i) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, i);
                    ps.setString(3, inOrder.get(i).name());
                    ps.setString(4, inOrder.get(i).title());
                    ps.setString(5, inOrder.get(i).email());
                });
        jdbc.update("INSERT INTO registry_snapshot (run_id, leader_count) VALUES (?, ?)", runId, inOrder.size());
    }

    /**
     * The leaders the run's snapshot holds, in leaders.csv's order; empty (not an empty list) for a
     * run snapshotted before leaders were kept with it.
     */
    public Optional<List<Leader>> leaders(long runId) {
        List<Integer> count =
                jdbc.queryForList("SELECT leader_count FROM registry_snapshot WHERE run_id = ?", Integer.class, runId);
        if (count.isEmpty()) {
            return Optional.empty();
        }
        List<Leader> leaders = jdbc.query(
                "SELECT name, title, email FROM registry_leader WHERE run_id = ? ORDER BY line_order",
                (rs, i) -> new Leader(rs.getString(1), rs.getString(2), rs.getString(3)),
                runId);
        if (leaders.size() != count.get(0)) {
            throw new IllegalStateException("The registry snapshot of run " + runId + " holds " + leaders.size()
                    + " leaders, not the " + count.get(0) + " it recorded");
        }
        return Optional.of(leaders);
    }

    /**
     * The leaders a delivery of the run sends to: its snapshot's. A run snapshotted before leaders
     * were kept (stored by an earlier version) falls back to leaders.csv as it is now, said once.
     */
    public List<Leader> leaders(long runId, Path configDir) {
        return leaders(runId).orElseGet(() -> {
            log.warn(
                    "Run {} was stored before its leaders were kept with its registries: its leaders are read from {} as"
                            + " it is now",
                    runId,
                    configDir.resolve(RegistryCsvLoader.LEADERS_FILE));
            return new RegistryCsvLoader().loadLeaders(configDir);
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
