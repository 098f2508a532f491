package org.reformreport.intake;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformreport.intake.SupersedeResolver.Counted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Stores what the intake decided: files, counted and superseded rows, rejections and warnings. */
public class IntakeRepository {

    private static final String COUNTED = "COUNTED";
    private static final String SUPERSEDED = "SUPERSEDED";
    /** The file id of an inbox entry whose bytes could not be read: there is no content to record. */
    static final long NO_CONTENT = 0;

    /**
     * A row refused, with the reason for the liaison and its cells for an administrator.
     *
     * @param needsRegistry refused for what the registry said (an unknown unit or task): a registry change may lift it
     */
    record Rejection(
            FormType formType,
            SourcePosition at,
            String unitCode,
            String targetMonth,
            String reason,
            String rawValues,
            boolean needsRegistry) {}

    /** Something a liaison should look at, about a row, a sheet or a whole file, and whose month it concerns (or null). */
    record Warning(Where where, Concerning concerning, String message) {

        /**
         * @param sheetName "" for the whole file
         * @param rowNumber null for a whole sheet or file
         */
        record Where(long fileId, String sheetName, Integer rowNumber) {}

        /** The unit and month a warning is about, either may be null. */
        record Concerning(String unitCode, String targetMonth) {}

        static Warning ofRow(SourcePosition at, String unitCode, String targetMonth, String message) {
            return new Warning(
                    new Where(at.fileId(), at.sheetName(), at.rowNumber()),
                    new Concerning(unitCode, targetMonth),
                    message);
        }

        /** About the file, for a unit's month (a row an earlier version of the file had). */
        static Warning ofFile(long fileId, String unitCode, String targetMonth, String message) {
            return new Warning(new Where(fileId, "", null), new Concerning(unitCode, targetMonth), message);
        }

        static Warning ofSheet(long fileId, String sheetName, String message) {
            return new Warning(new Where(fileId, sheetName, null), null, message);
        }
    }

    /** What a file's rows came to, for the per-file reconciliation. */
    public record FileCounts(int read, int blank, int rejected, int valid, int counted, int superseded) {
        /** A name whose rows are not counted under it (refused, or a second name for the same content). */
        public static final FileCounts NONE = new FileCounts(0, 0, 0, 0, 0, 0);

        public boolean reconciles() {
            return valid == counted + superseded && read == counted + superseded + rejected + blank;
        }
    }

    private final JdbcTemplate jdbc;

    public IntakeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A file already seen, by content. */
    record KnownFile(long id, FileStatus status) {
        /** Refused before, or imported by a run that was abandoned since: read it again from scratch. */
        boolean readAgain() {
            return status.refused() || status == FileStatus.READ_AGAIN;
        }
    }

    Optional<KnownFile> findFileBySha(String sha256) {
        return jdbc
                .query(
                        "SELECT id, status FROM intake_file WHERE sha256 = ?",
                        (rs, i) -> new KnownFile(rs.getLong(1), FileStatus.ofStored(rs.getString(2))),
                        sha256)
                .stream()
                .findFirst();
    }

    /**
     * The files an abandoned run imported are read again by the next run, as if new: their rows stay
     * counted until then (so figures of other months do not change meanwhile).
     */
    public int readAgainFilesOf(long runId) {
        return jdbc.update(
                "UPDATE intake_file SET status = ? WHERE imported_by_run = ? AND status = ?",
                FileStatus.READ_AGAIN.name(),
                runId,
                FileStatus.IMPORTED.name());
    }

    /** Makes a file's record ready to be read again (refused, or forgotten): its id and run links stay. */
    void reopen(long fileId, String fileName, long runId) {
        jdbc.update(
                "UPDATE intake_file SET status = ?, problem = NULL, file_name = ?, imported_by_run = ?,"
                        + " imported_at = ? WHERE id = ?",
                FileStatus.IMPORTING.name(),
                fileName,
                runId,
                Instant.now().toEpochMilli(),
                fileId);
    }

    long insertFile(String sha256, String fileName, long sizeBytes, Instant modifiedAt, long runId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO intake_file (sha256, file_name, size_bytes,"
                                    + " modified_at, imported_at, imported_by_run, status, rows_read, rows_blank, rows_rejected,"
                                    + " rows_valid) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, sha256);
                    ps.setString(2, fileName);
                    ps.setLong(3, sizeBytes);
                    if (modifiedAt == null) {
                        ps.setNull(4, Types.BIGINT);
                    } else {
                        ps.setLong(4, modifiedAt.toEpochMilli());
                    }
                    ps.setLong(5, Instant.now().toEpochMilli());
                    ps.setLong(6, runId);
                    ps.setString(7, FileStatus.IMPORTING.name());
                    return ps;
                },
                keys);
        return keys.getKeyAs(Number.class) != null
                ? keys.getKeyAs(Number.class).longValue()
                : ((Number) keys.getKeys().values().iterator().next()).longValue();
    }

    /** How a file's rows were read: all of them, blank ones, rejected ones and valid ones. */
    record RowCounts(int read, int blank, int rejected, int valid) {
        static final RowCounts NONE = new RowCounts(0, 0, 0, 0);
    }

    /** A file read through: imported, with its form types and row counts. */
    void completeFile(long fileId, String formTypes, RowCounts rows, String registrySha) {
        updateFile(fileId, FileStatus.IMPORTED, null, formTypes, rows, registrySha);
    }

    /** A file refused as a whole (unreadable, or no form in it): nothing of it is stored. */
    void refuseFile(long fileId, FileStatus status, String problem, String registrySha) {
        updateFile(fileId, status, problem, null, RowCounts.NONE, registrySha);
    }

    private void updateFile(
            long fileId, FileStatus status, String problem, String formTypes, RowCounts rows, String registrySha) {
        jdbc.update(
                "UPDATE intake_file SET status = ?, problem = ?, form_types = ?, rows_read = ?, rows_blank = ?,"
                        + " rows_rejected = ?, rows_valid = ?, registry_sha = ? WHERE id = ?",
                status.name(),
                clip(problem, 2000),
                formTypes,
                rows.read(),
                rows.blank(),
                rows.rejected(),
                rows.valid(),
                registrySha,
                fileId);
    }

    /** Whether an imported file has rows rejected for what the registry said, and the registry changed since. */
    boolean needsRecheck(long fileId, String registrySha) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rejected_row r JOIN intake_file f ON f.id = r.file_id"
                        + " WHERE r.file_id = ? AND r.needs_registry = TRUE AND (f.registry_sha IS NULL OR f.registry_sha <> ?)",
                Integer.class,
                fileId,
                registrySha);
        return n != null && n > 0;
    }

    /**
     * Whether a file has stored rows (counted or superseded) that the limits refuse: a count above
     * the weekly limit, a week not begun or a 填报日期 or 报送月份 still to come. Such rows were
     * accepted by an earlier version or under a higher limit.
     */
    boolean holdsRowsBeyond(long fileId, IntakeLimits limits) {
        int max = limits.maxWeeklyCount();
        java.time.LocalDate latest = limits.latestDate();
        Integer tallies = jdbc.queryForObject(
                "SELECT COUNT(*) FROM tally_row WHERE file_id = ? AND ("
                        + " central_media > ? OR provincial_media > ? OR municipal_media > ? OR district_media > ?"
                        + " OR new_media > ? OR special_column > ? OR typical_cases > ? OR supervision > ?"
                        + " OR leader_interviews > ? OR social_publicity > ? OR central_media < 0 OR provincial_media < 0"
                        + " OR municipal_media < 0 OR district_media < 0 OR new_media < 0 OR special_column < 0"
                        + " OR typical_cases < 0 OR supervision < 0 OR leader_interviews < 0 OR social_publicity < 0"
                        + " OR week_start > ? OR filled_date > ?)",
                Integer.class,
                fileId,
                max,
                max,
                max,
                max,
                max,
                max,
                max,
                max,
                max,
                max,
                limits.latestWeekStart(),
                latest);
        if (tallies != null && tallies > 0) {
            return true;
        }
        Integer progress = jdbc.queryForObject(
                "SELECT COUNT(*) FROM progress_row WHERE file_id = ? AND (" + " report_month > ? OR filled_date > ?)",
                Integer.class,
                fileId,
                limits.latestMonth().toString(),
                latest);
        return progress != null && progress > 0;
    }

    /**
     * Takes a file's rows out, as if it had never been read, so it can be read again: its rows,
     * rejections and warnings go, and every key it had rows for is decided again among the rows
     * left (the rule of {@link SupersedeResolver#winner}), so a row it had superseded counts again.
     */
    void forgetRows(long fileId) {
        forgetRows(
                "tally_row",
                "unit_code, week_start",
                fileId,
                rs -> TallyRecord.key(
                        rs.getString("unit_code"), rs.getObject("week_start", java.time.LocalDate.class)));
        forgetRows(
                "progress_row",
                "task_code, unit_code, report_month",
                fileId,
                rs -> ProgressRecord.key(
                        rs.getString("task_code"),
                        rs.getString("unit_code"),
                        org.reformreport.calendar.ReportMonth.parse(rs.getString("report_month"))));
        jdbc.update("DELETE FROM rejected_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM intake_warning WHERE file_id = ?", fileId);
    }

    private interface KeyOf {
        String key(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private void forgetRows(String table, String keyColumns, long fileId, KeyOf keyOf) {
        List<Map<String, Object>> keys =
                jdbc.queryForList("SELECT DISTINCT " + keyColumns + " FROM " + table + " WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM " + table + " WHERE file_id = ?", fileId);
        String where = String.join(
                " AND ",
                java.util.Arrays.stream(keyColumns.split(",\\s*"))
                        .map(c -> c + " = ?")
                        .toList());
        for (Map<String, Object> key : keys) {
            List<Counted> rows = jdbc.query(
                    "SELECT " + STORED_COLUMNS + ", " + keyColumns + " FROM " + table + " WHERE " + where,
                    (rs, i) -> stored(rs, keyOf.key(rs)),
                    key.values().toArray());
            if (rows.isEmpty()) {
                continue;
            }
            Counted winner = SupersedeResolver.winner(rows, Counted::submission);
            Map<Counted, Submission> losers = new HashMap<>();
            rows.stream().filter(r -> r != winner).forEach(r -> losers.put(r, winner.submission()));
            supersede(table, losers);
            jdbc.update(
                    "UPDATE " + table + " SET status = ?, counted_key = ?, superseded_by_file = NULL,"
                            + " superseded_by_sheet = NULL, superseded_by_row = NULL WHERE id = ?",
                    COUNTED,
                    winner.key(),
                    winner.id());
        }
    }

    /**
     * Records that a run saw a file under a name, with what that name came to; the first outcome
     * stays (a restart does not rewrite it).
     */
    void linkRun(long runId, long fileId, String fileName, FileImporter.Outcome outcome, String problem) {
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM run_input_file WHERE run_id = ? AND file_name = ?",
                Integer.class,
                runId,
                fileName);
        if (existing == null || existing == 0) {
            jdbc.update(
                    "INSERT INTO run_input_file (run_id, file_id, file_name, outcome, status, problem)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    runId,
                    fileId,
                    fileName,
                    outcome.name(),
                    outcome.status().name(),
                    clip(problem, 2000));
        }
    }

    /** Another name under which this run already counted the same content (the first in name order). */
    Optional<String> otherNameInRun(long runId, long fileId, String fileName) {
        return jdbc
                .queryForList(
                        "SELECT file_name FROM run_input_file WHERE run_id = ? AND file_id = ?"
                                + " AND file_name <> ? AND outcome IN (?, ?) ORDER BY id",
                        String.class,
                        runId,
                        fileId,
                        fileName,
                        FileImporter.Outcome.IMPORTED.name(),
                        FileImporter.Outcome.ALREADY_IMPORTED.name())
                .stream()
                .findFirst();
    }

    FileCounts countsOf(long fileId) {
        return jdbc.queryForObject(
                "SELECT f.rows_read, f.rows_blank, f.rows_rejected, f.rows_valid,"
                        + " (SELECT COUNT(*) FROM tally_row t WHERE t.file_id = f.id AND t.status = 'COUNTED')"
                        + " + (SELECT COUNT(*) FROM progress_row p WHERE p.file_id = f.id AND p.status = 'COUNTED'),"
                        + " (SELECT COUNT(*) FROM tally_row t WHERE t.file_id = f.id AND t.status = 'SUPERSEDED')"
                        + " + (SELECT COUNT(*) FROM progress_row p WHERE p.file_id = f.id AND p.status = 'SUPERSEDED')"
                        + " FROM intake_file f WHERE f.id = ?",
                (rs, i) -> new FileCounts(
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                fileId);
    }

    /** The files a run saw and what their rows came to. */
    public record RunIntake(List<FileLine> files) {
        public long count(FileStatus status) {
            return files.stream().filter(f -> f.state() == status).count();
        }

        /** Names refused as a whole: unreadable, or holding no form (not the copies of another file). */
        public long refused() {
            return files.stream().filter(f -> f.state().refused()).count();
        }

        public int sum(java.util.function.ToIntFunction<FileCounts> part) {
            return files.stream().mapToInt(f -> part.applyAsInt(f.counts())).sum();
        }
    }

    /**
     * A name a run saw: where it stands ({@code state}), what the run made of it ({@code result}),
     * and what its rows came to ({@code counts}).
     */
    public record FileLine(
            long fileId,
            String fileName,
            String sha256,
            FileStatus state,
            FileImporter.Outcome result,
            String problem,
            FileCounts counts) {

        /** The stored name of {@link #state}, as manifest.json lists it. */
        public String status() {
            return state == null ? null : state.name();
        }

        /** The stored name of {@link #result}, as manifest.json lists it. */
        public String outcome() {
            return result.name();
        }

        FileLine withCounts(FileCounts counts) {
            return new FileLine(fileId, fileName, sha256, state, result, problem, counts);
        }
    }

    public RunIntake runIntake(long runId) {
        return new RunIntake(runFiles(runId).stream()
                .map(l -> l.withCounts(l.result().countsRows() ? countsOf(l.fileId()) : FileCounts.NONE))
                .toList());
    }

    /**
     * The names a run saw, each with its own status and problem (rows written before migration 6
     * carry none: the content's apply), in the order seen; counts are left out (null).
     */
    public List<FileLine> runFiles(long runId) {
        return jdbc.query(
                "SELECT r.file_id, r.file_name, f.sha256, COALESCE(r.status, f.status),"
                        + " r.outcome, COALESCE(r.problem, f.problem) FROM run_input_file r LEFT JOIN intake_file f"
                        + " ON f.id = r.file_id WHERE r.run_id = ? ORDER BY r.id",
                (rs, i) -> new FileLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        FileStatus.ofStored(rs.getString(4)),
                        FileImporter.Outcome.valueOf(rs.getString(5)),
                        rs.getString(6),
                        null),
                runId);
    }

    // ---- tallies ----

    Map<String, Counted> countedTallies(Collection<String> keys) {
        return counted("tally_row", keys);
    }

    void supersedeTallies(Map<Counted, Submission> replaced) {
        supersede("tally_row", replaced);
    }

    void insertTallies(List<TallyRecord> rows, Map<TallyRecord, Submission> superseded) {
        jdbc.batchUpdate(
                "INSERT INTO tally_row (file_id, file_name, sheet_index, sheet_name, row_no, unit_code,"
                        + " unit_name, week_start, week_month, central_media, provincial_media, municipal_media,"
                        + " district_media, new_media, special_column, typical_cases, supervision, leader_interviews,"
                        + " social_publicity, filler, filled_date, filled_date_assumed, remark, status, counted_key,"
                        + " superseded_by_file, superseded_by_sheet, superseded_by_row)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                rows.size(),
                (ps, r) -> {
                    setSource(ps, r.source());
                    ps.setString(6, r.unitCode());
                    ps.setString(7, clip(r.unitName(), 200));
                    ps.setObject(8, r.weekStart());
                    ps.setString(
                            9,
                            org.reformreport.calendar.Weeks.monthOf(r.weekStart())
                                    .toString());
                    ps.setInt(10, r.central());
                    ps.setInt(11, r.provincial());
                    ps.setInt(12, r.municipal());
                    ps.setInt(13, r.district());
                    ps.setInt(14, r.newMedia());
                    ps.setInt(15, r.specialColumn());
                    ps.setInt(16, r.typicalCases());
                    ps.setInt(17, r.supervision());
                    ps.setInt(18, r.leaderInterviews());
                    ps.setInt(19, r.socialPublicity());
                    ps.setString(20, clip(r.filler(), 100));
                    ps.setObject(21, r.filledDate());
                    ps.setBoolean(22, r.filledDateAssumed());
                    ps.setString(23, clip(r.remark(), 2000));
                    setStatus(ps, 24, r.key(), superseded.get(r));
                });
    }

    // ---- progress ----

    Map<String, Counted> countedProgress(Collection<String> keys) {
        return counted("progress_row", keys);
    }

    void supersedeProgress(Map<Counted, Submission> replaced) {
        supersede("progress_row", replaced);
    }

    void insertProgress(List<ProgressRecord> rows, Map<ProgressRecord, Submission> superseded) {
        jdbc.batchUpdate(
                "INSERT INTO progress_row (file_id, file_name, sheet_index, sheet_name, row_no, task_code,"
                        + " unit_code, report_month, progress_status, percent_done, this_month, achievements, problems,"
                        + " next_steps, experience, promotion, filler, filled_date, filled_date_assumed, status, counted_key,"
                        + " superseded_by_file, superseded_by_sheet, superseded_by_row)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                rows.size(),
                (ps, r) -> {
                    setSource(ps, r.source());
                    ps.setString(6, r.taskCode());
                    ps.setString(7, r.unitCode());
                    ps.setString(8, r.month().toString());
                    ps.setString(9, r.status().name());
                    ProgressReport report = r.report();
                    if (report.percent() == null) {
                        ps.setNull(10, Types.INTEGER);
                    } else {
                        ps.setInt(10, report.percent());
                    }
                    ps.setString(11, report.thisMonth());
                    ps.setString(12, report.achievements());
                    ps.setString(13, report.problems());
                    ps.setString(14, report.nextSteps());
                    ps.setString(15, report.experience());
                    ps.setString(
                            16,
                            report.promotion() == null
                                    ? null
                                    : report.promotion().name());
                    ps.setString(17, clip(r.filler(), 100));
                    ps.setObject(18, r.filledDate());
                    ps.setBoolean(19, r.filledDateAssumed());
                    setStatus(ps, 20, r.key(), superseded.get(r));
                });
    }

    /** A counted row of an earlier file: where it was, whose, and its key (a week, or a task's month). */
    record EarlierRow(
            FormType type,
            String sheetName,
            int rowNumber,
            String unitCode,
            String month,
            java.time.LocalDate weekStart,
            String taskCode) {}

    /**
     * Counted rows of an earlier file of the same name (a form sent again) whose key the new version
     * no longer holds: they still count.
     */
    List<EarlierRow> rowsLeftOutOfResentFile(long fileId, String fileName) {
        List<EarlierRow> missing = new ArrayList<>();
        jdbc.query(
                "SELECT t.sheet_name, t.row_no, t.unit_code, t.week_month, t.week_start FROM tally_row t"
                        + " JOIN intake_file f ON f.id = t.file_id WHERE f.file_name = ? AND f.id <> ? AND t.status = 'COUNTED'"
                        + " AND NOT EXISTS (SELECT 1 FROM tally_row n WHERE n.file_id = ? AND n.unit_code = t.unit_code"
                        + " AND n.week_start = t.week_start) ORDER BY t.sheet_index, t.row_no",
                rs -> {
                    missing.add(new EarlierRow(
                            FormType.TALLY,
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, java.time.LocalDate.class),
                            null));
                },
                fileName,
                fileId,
                fileId);
        jdbc.query(
                "SELECT p.sheet_name, p.row_no, p.unit_code, p.report_month, p.task_code FROM progress_row p"
                        + " JOIN intake_file f ON f.id = p.file_id WHERE f.file_name = ? AND f.id <> ? AND p.status = 'COUNTED'"
                        + " AND NOT EXISTS (SELECT 1 FROM progress_row n WHERE n.file_id = ? AND n.task_code = p.task_code"
                        + " AND n.unit_code = p.unit_code AND n.report_month = p.report_month) ORDER BY p.sheet_index, p.row_no",
                rs -> {
                    missing.add(new EarlierRow(
                            FormType.PROGRESS,
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            null,
                            rs.getString(5)));
                },
                fileName,
                fileId,
                fileId);
        return missing;
    }

    // ---- problems ----

    void insertRejections(List<Rejection> problems) {
        jdbc.batchUpdate(
                "INSERT INTO rejected_row (file_id, form_type, sheet_index, sheet_name, row_no, unit_code,"
                        + " target_month, reason, raw_values, needs_registry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                problems,
                problems.size(),
                (ps, p) -> {
                    ps.setLong(1, p.at().fileId());
                    ps.setString(2, p.formType() == null ? null : p.formType().name());
                    ps.setInt(3, p.at().sheetIndex());
                    ps.setString(4, clip(p.at().sheetName(), 100));
                    ps.setInt(5, p.at().rowNumber());
                    ps.setString(6, clip(p.unitCode(), 100));
                    ps.setString(7, p.targetMonth());
                    ps.setString(8, clip(p.reason(), 2000));
                    ps.setString(9, p.rawValues());
                    ps.setBoolean(10, p.needsRegistry());
                });
    }

    void insertWarnings(List<Warning> warnings) {
        jdbc.batchUpdate(
                "INSERT INTO intake_warning (file_id, sheet_name, row_no, unit_code, target_month, message)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                warnings,
                warnings.size(),
                (ps, p) -> {
                    Warning.Where at = p.where();
                    ps.setLong(1, at.fileId());
                    ps.setString(2, clip(at.sheetName(), 100));
                    if (at.rowNumber() == null) {
                        ps.setNull(3, Types.INTEGER);
                    } else {
                        ps.setInt(3, at.rowNumber());
                    }
                    ps.setString(
                            4,
                            p.concerning() == null ? null : clip(p.concerning().unitCode(), 100));
                    ps.setString(
                            5, p.concerning() == null ? null : p.concerning().targetMonth());
                    ps.setString(6, clip(p.message(), 2000));
                });
    }

    // ---- shared ----

    /** The columns {@link #stored} reads. */
    private static final String STORED_COLUMNS = "id, filled_date, file_id, file_name, sheet_index, sheet_name, row_no";

    /** A stored row of tally_row or progress_row, as the supersede rule weighs it. */
    private static Counted stored(java.sql.ResultSet rs, String key) throws java.sql.SQLException {
        SourcePosition source = new SourcePosition(
                rs.getLong("file_id"),
                rs.getString("file_name"),
                rs.getInt("sheet_index"),
                rs.getString("sheet_name"),
                rs.getInt("row_no"));
        return new Counted(
                rs.getLong("id"), key, new Submission(rs.getObject("filled_date", java.time.LocalDate.class), source));
    }

    private Map<String, Counted> counted(String table, Collection<String> keys) {
        Map<String, Counted> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<String> list = new ArrayList<>(keys);
        String marks = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
        jdbc.query(
                "SELECT " + STORED_COLUMNS + ", counted_key FROM " + table + " WHERE counted_key IN (" + marks + ")",
                rs -> {
                    Counted c = stored(rs, rs.getString("counted_key"));
                    found.put(c.key(), c);
                },
                list.toArray());
        return found;
    }

    private void supersede(String table, Map<Counted, Submission> replaced) {
        List<Map.Entry<Counted, Submission>> entries = new ArrayList<>(replaced.entrySet());
        jdbc.batchUpdate(
                "UPDATE " + table + " SET status = ?, counted_key = NULL,"
                        + " superseded_by_file = ?, superseded_by_sheet = ?, superseded_by_row = ? WHERE id = ?",
                entries,
                entries.size(),
                (ps, e) -> {
                    SourcePosition by = e.getValue().source();
                    ps.setString(1, SUPERSEDED);
                    ps.setString(2, by.fileName());
                    ps.setString(3, by.sheetName());
                    ps.setInt(4, by.rowNumber());
                    ps.setLong(5, e.getKey().id());
                });
    }

    /** Parameters 1–5 of a row insert: where the row was read. */
    private static void setSource(PreparedStatement ps, SourcePosition s) throws java.sql.SQLException {
        ps.setLong(1, s.fileId());
        ps.setString(2, s.fileName());
        ps.setInt(3, s.sheetIndex());
        ps.setString(4, s.sheetName());
        ps.setInt(5, s.rowNumber());
    }

    private static void setStatus(PreparedStatement ps, int index, String key, Submission supersededBy)
            throws java.sql.SQLException {
        if (supersededBy == null) {
            ps.setString(index, COUNTED);
            ps.setString(index + 1, key);
            ps.setNull(index + 2, Types.VARCHAR);
            ps.setNull(index + 3, Types.VARCHAR);
            ps.setNull(index + 4, Types.INTEGER);
        } else {
            SourcePosition by = supersededBy.source();
            ps.setString(index, SUPERSEDED);
            ps.setNull(index + 1, Types.VARCHAR);
            ps.setString(index + 2, by.fileName());
            ps.setString(index + 3, by.sheetName());
            ps.setInt(index + 4, by.rowNumber());
        }
    }

    static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        // Not between the two halves of a surrogate pair (an emoji): a lone half is no character.
        return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
    }
}
