package org.reformreport.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.intake.MediaTotal;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.registry.UnitRange;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the counted rows the month's figures need, and stores the figures and scores of a run. */
public class SummaryRepository {

    private final JdbcTemplate jdbc;

    public SummaryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final List<String> TALLY_COLUMNS = List.of(
            "unit_code",
            "week_start",
            "central_media",
            "provincial_media",
            "municipal_media",
            "district_media",
            "new_media",
            "special_column",
            "typical_cases",
            "supervision",
            "leader_interviews",
            "social_publicity",
            "filled_date");

    /** The columns {@link #countedTally} reads, of tally_row aliased {@code alias}. */
    static String tallyColumns(String alias) {
        return TALLY_COLUMNS.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    /** A counted tally from the columns {@link #tallyColumns} selects, by name. */
    static CountedTally countedTally(ResultSet rs) throws SQLException {
        return new CountedTally(
                rs.getString("unit_code"),
                rs.getObject("week_start", LocalDate.class),
                media(rs),
                ofWhich(rs),
                rs.getObject("filled_date", LocalDate.class));
    }

    /** The five media columns, named alike in tally_row and unit_month_figure. */
    private static MediaCounts media(ResultSet rs) throws SQLException {
        return new MediaCounts(
                rs.getInt("central_media"),
                rs.getInt("provincial_media"),
                rs.getInt("municipal_media"),
                rs.getInt("district_media"),
                rs.getInt("new_media"));
    }

    /** The five "of which" columns, named alike in tally_row and unit_month_figure. */
    private static OfWhichCounts ofWhich(ResultSet rs) throws SQLException {
        return new OfWhichCounts(
                rs.getInt("special_column"),
                rs.getInt("typical_cases"),
                rs.getInt("supervision"),
                rs.getInt("leader_interviews"),
                rs.getInt("social_publicity"));
    }

    /** The counted tallies of the weeks belonging to the month, by unit, for the units in range. */
    Map<String, List<CountedTally>> talliesOf(ReportMonth month, UnitRange range) {
        Map<String, List<CountedTally>> byUnit = new HashMap<>();
        jdbc.query(
                "SELECT " + tallyColumns("t") + " FROM tally_row t WHERE t.status = 'COUNTED' AND t.week_month = ?",
                rs -> {
                    CountedTally t = countedTally(rs);
                    if (!range.contains(t.unitCode())) {
                        return; // ranges are in Java's code order, not the database collation's
                    }
                    byUnit.computeIfAbsent(t.unitCode(), k -> new ArrayList<>()).add(t);
                },
                month.toString());
        return byUnit;
    }

    /**
     * How every unit's weeks of the month stand so far (报送情况): the weekly round tells liaisons
     * from the same grid the month's report is built from.
     */
    public SubmissionGrid submissionGrid(ReportMonth month, SubmissionDeadline deadline) {
        SubmissionGrid grid = new SubmissionGrid(new MonthFiguresCalculator(month, deadline));
        talliesOf(month, UnitRange.ALL).values().forEach(tallies -> tallies.forEach(grid::add));
        return grid;
    }

    /** The weeks from {@code first} to {@code last} (Mondays, inclusive) that have a counted tally, by unit. */
    public Map<String, java.util.Set<LocalDate>> weeksWithTally(LocalDate first, LocalDate last) {
        Map<String, java.util.Set<LocalDate>> weeks = new HashMap<>();
        List<String> months = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            String m = org.reformreport.calendar.Weeks.monthOf(w).toString();
            if (!months.contains(m)) {
                months.add(m);
            }
        }
        if (months.isEmpty()) {
            return weeks;
        }
        List<Object> args = new ArrayList<>(months);
        args.add(first);
        args.add(last);
        jdbc.query(
                // by the months' index (week_month, status), not a scan of every tally
                "SELECT unit_code, week_start FROM tally_row WHERE status = 'COUNTED' AND week_month IN ("
                        + String.join(", ", java.util.Collections.nCopies(months.size(), "?"))
                        + ") AND week_start BETWEEN ? AND ?",
                rs -> {
                    weeks.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>())
                            .add(rs.getObject(2, LocalDate.class));
                },
                args.toArray());
        return weeks;
    }

    /**
     * The newest tally row's id: it changes whenever a form is imported (every import inserts its rows,
     * a re-read file's rows too), so what was added up from the tallies holds while it stays.
     */
    public long tallyVersion() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM tally_row", Long.class);
        return id == null ? 0 : id;
    }

    /** 稿件合计 per unit and month for the given months (the comparison bases, year to date), for the units in range. */
    public Map<String, Map<ReportMonth, Integer>> monthlyTotals(List<ReportMonth> months, UnitRange range) {
        Map<String, Map<ReportMonth, Integer>> totals = new HashMap<>();
        if (months.isEmpty()) {
            return totals;
        }
        String marks = months.stream().map(m -> "?").collect(Collectors.joining(", "));
        // SUM per column (each wide: BIGINT on H2, DECIMAL on MySQL, where INT columns added row by
        // row would overflow INT first), added up by the one rule of 媒体合计
        jdbc.query(
                "SELECT unit_code, week_month, SUM(central_media), SUM(provincial_media), SUM(municipal_media),"
                        + " SUM(district_media), SUM(new_media) FROM tally_row WHERE status = 'COUNTED' AND week_month IN ("
                        + marks
                        + ") GROUP BY unit_code, week_month",
                rs -> {
                    if (!range.contains(rs.getString(1))) {
                        return;
                    }
                    long total =
                            MediaTotal.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
                    totals.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(
                                    ReportMonth.parse(rs.getString(2)),
                                    monthTotal(rs.getString(1), rs.getString(2), total));
                },
                months.stream().map(ReportMonth::toString).toArray());
        return totals;
    }

    private static int monthTotal(String unitCode, String month, long total) {
        if (total > Integer.MAX_VALUE) {
            // only rows stored before counts were bounded (the intake reads their file again if it can)
            throw new IllegalStateException("The articles of unit " + unitCode + " in " + month + " (" + total
                    + ") do not fit an int: counted tallies hold counts above the weekly limit, stored by a version"
                    + " before it. Put their files back in the inbox so that they are read again.");
        }
        return (int) total;
    }

    /** One counted progress row of the month: who reported what on which task. */
    record MonthProgress(String taskCode, String unitCode, ProgressStatus status, PromotionLevel promotion) {}

    List<MonthProgress> progressOf(ReportMonth month) {
        return jdbc.query(
                "SELECT task_code, unit_code, progress_status, promotion FROM progress_row"
                        + " WHERE status = 'COUNTED' AND report_month = ?",
                (rs, i) -> new MonthProgress(
                        rs.getString(1),
                        rs.getString(2),
                        ProgressStatus.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : PromotionLevel.valueOf(rs.getString(4))),
                month.toString());
    }

    /** A task as one unit reports on it. */
    record TaskOfUnit(String taskCode, String unitCode) {}

    /** The first month each unit reported each task 已完成. */
    Map<TaskOfUnit, ReportMonth> firstCompleted() {
        Map<TaskOfUnit, ReportMonth> first = new HashMap<>();
        jdbc.query(
                "SELECT task_code, unit_code, MIN(report_month) FROM progress_row WHERE status = 'COUNTED'"
                        + " AND progress_status = 'COMPLETED' GROUP BY task_code, unit_code",
                rs -> {
                    first.put(new TaskOfUnit(rs.getString(1), rs.getString(2)), ReportMonth.parse(rs.getString(3)));
                });
        return first;
    }

    /** Replaces the figures of one range of units: a restarted partition writes its range afresh. */
    public void replaceFigures(long runId, ReportMonth month, UnitRange range, List<UnitMonthFigures> figures) {
        // the range is in Java's code order; the database's collation may order codes otherwise
        List<String> stale =
                jdbc
                        .queryForList("SELECT unit_code FROM unit_month_figure WHERE run_id = ?", String.class, runId)
                        .stream()
                        .filter(range::contains)
                        .toList();
        jdbc.batchUpdate("DELETE FROM unit_month_figure WHERE run_id = ? AND unit_code = ?", stale, 500, (ps, code) -> {
            ps.setLong(1, runId);
            ps.setString(2, code);
        });
        jdbc.batchUpdate(
                "INSERT INTO unit_month_figure (run_id, report_month, unit_code, unit_name, unit_group,"
                        + " weeks_due, on_time, late, central_media, provincial_media, municipal_media, district_media,"
                        + " new_media, previous_total, last_year_total, year_to_date_total, special_column, typical_cases,"
                        + " supervision, leader_interviews, social_publicity, tasks_completed, tasks_on_track, tasks_lagging,"
                        + " tasks_not_reported, promotions_national, promotions_provincial, promotions_municipal)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                figures,
                500,
                (ps, f) -> {
                    int i = 1;
                    ps.setLong(i++, runId);
                    ps.setString(i++, month.toString());
                    ps.setString(i++, f.unitCode());
                    ps.setString(i++, f.unitName());
                    ps.setString(i++, f.group());
                    for (int v : new int[] {
                        f.weeksDue(),
                        f.onTime(),
                        f.late(),
                        f.media().central(),
                        f.media().provincial(),
                        f.media().municipal(),
                        f.media().district(),
                        f.media().newMedia(),
                        f.previousMonthTotal(),
                        f.lastYearTotal(),
                        f.yearToDateTotal(),
                        f.specialColumn(),
                        f.typicalCases(),
                        f.supervision(),
                        f.leaderInterviews(),
                        f.socialPublicity(),
                        f.tasks(EffectiveStatus.COMPLETED),
                        f.tasks(EffectiveStatus.ON_TRACK),
                        f.tasks(EffectiveStatus.LAGGING),
                        f.tasks(EffectiveStatus.NOT_REPORTED),
                        f.promotions().getOrDefault(PromotionLevel.NATIONAL, 0),
                        f.promotions().getOrDefault(PromotionLevel.PROVINCIAL, 0),
                        f.promotions().getOrDefault(PromotionLevel.MUNICIPAL, 0)
                    }) {
                        ps.setInt(i++, v);
                    }
                });
    }

    /** A task on the month's ledger and the status it counts with. */
    public record TaskStatus(
            String taskCode, String leadUnitCode, ProgressStatus reported, EffectiveStatus effective) {}

    public void replaceTaskStatuses(long runId, ReportMonth month, List<TaskStatus> statuses) {
        jdbc.update("DELETE FROM task_month_status WHERE run_id = ?", runId);
        jdbc.batchUpdate(
                "INSERT INTO task_month_status (run_id, report_month, task_code, lead_unit_code,"
                        + " reported_status, effective_status) VALUES (?, ?, ?, ?, ?, ?)",
                statuses,
                500,
                (ps, t) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, month.toString());
                    ps.setString(3, t.taskCode());
                    ps.setString(4, t.leadUnitCode());
                    ps.setString(5, t.reported() == null ? null : t.reported().name());
                    ps.setString(6, t.effective().name());
                });
    }

    /** The run's stored figures, ordered by group then unit code in code-point order (the workbook's order). */
    public List<UnitMonthFigures> figures(long runId) {
        List<UnitMonthFigures> figures = new ArrayList<>(
                jdbc.query("SELECT * FROM unit_month_figure WHERE run_id = ?", (rs, i) -> figuresOf(rs), runId));
        figures.sort(BY_GROUP_AND_CODE);
        return figures;
    }

    /** Database collations differ (H2, MySQL); the order is decided here. */
    static final java.util.Comparator<UnitMonthFigures> BY_GROUP_AND_CODE = java.util.Comparator.comparing(
                    UnitMonthFigures::group, org.reformreport.intake.Submission::compareCodePoints)
            .thenComparing(UnitMonthFigures::unitCode, org.reformreport.intake.Submission::compareCodePoints);

    public void storeScores(long runId, Map<String, UnitScore> scores) {
        jdbc.batchUpdate(
                "UPDATE unit_month_figure SET weighted_articles = ?, score_publicity = ?,"
                        + " score_submission = ?, score_tasks = ?, tasks_from_average = ?, score_bonus = ?, score_total = ?,"
                        + " group_rank = ? WHERE run_id = ? AND unit_code = ?",
                List.copyOf(scores.values()),
                500,
                (ps, s) -> {
                    ps.setBigDecimal(1, s.weightedArticles());
                    ps.setBigDecimal(2, s.publicity());
                    ps.setBigDecimal(3, s.submission());
                    ps.setBigDecimal(4, s.tasks());
                    ps.setBoolean(5, s.tasksFromGroupAverage());
                    ps.setBigDecimal(6, s.bonus());
                    ps.setBigDecimal(7, s.total());
                    ps.setInt(8, s.rank());
                    ps.setLong(9, runId);
                    ps.setString(10, s.unitCode());
                });
    }

    public Map<String, UnitScore> scores(long runId) {
        Map<String, UnitScore> scores = new java.util.LinkedHashMap<>();
        jdbc.query(
                "SELECT unit_code, weighted_articles, score_publicity, score_submission, score_tasks,"
                        + " tasks_from_average, score_bonus, score_total, group_rank FROM unit_month_figure WHERE run_id = ?"
                        + " ORDER BY unit_group, unit_code",
                rs -> {
                    scores.put(
                            rs.getString(1),
                            new UnitScore(
                                    rs.getString(1),
                                    rs.getBigDecimal(2),
                                    rs.getBigDecimal(3),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    rs.getBoolean(6),
                                    rs.getBigDecimal(7),
                                    rs.getBigDecimal(8),
                                    rs.getInt(9)));
                },
                runId);
        return scores;
    }

    public List<TaskStatus> taskStatuses(long runId) {
        return jdbc.query(
                "SELECT task_code, lead_unit_code, reported_status, effective_status FROM task_month_status"
                        + " WHERE run_id = ? ORDER BY task_code",
                (rs, i) -> new TaskStatus(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3) == null ? null : ProgressStatus.valueOf(rs.getString(3)),
                        EffectiveStatus.valueOf(rs.getString(4))),
                runId);
    }

    private static UnitMonthFigures figuresOf(ResultSet rs) throws SQLException {
        Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
        tasks.put(EffectiveStatus.COMPLETED, rs.getInt("tasks_completed"));
        tasks.put(EffectiveStatus.ON_TRACK, rs.getInt("tasks_on_track"));
        tasks.put(EffectiveStatus.LAGGING, rs.getInt("tasks_lagging"));
        tasks.put(EffectiveStatus.NOT_REPORTED, rs.getInt("tasks_not_reported"));
        Map<PromotionLevel, Integer> promotions = new EnumMap<>(PromotionLevel.class);
        promotions.put(PromotionLevel.NATIONAL, rs.getInt("promotions_national"));
        promotions.put(PromotionLevel.PROVINCIAL, rs.getInt("promotions_provincial"));
        promotions.put(PromotionLevel.MUNICIPAL, rs.getInt("promotions_municipal"));
        return UnitMonthFigures.builder(
                        rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_group"))
                .weeksDue(rs.getInt("weeks_due"))
                .onTime(rs.getInt("on_time"))
                .late(rs.getInt("late"))
                .media(media(rs))
                .previousMonthTotal(rs.getInt("previous_total"))
                .lastYearTotal(rs.getInt("last_year_total"))
                .yearToDateTotal(rs.getInt("year_to_date_total"))
                .ofWhich(ofWhich(rs))
                .leadTasks(tasks)
                .promotions(promotions)
                .build();
    }
}
