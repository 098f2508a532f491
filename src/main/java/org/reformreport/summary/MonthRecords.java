package org.reformreport.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.FileStatus;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.ProgressReport;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.intake.Submission;
import org.reformreport.registry.TaskCategory;
import org.reformreport.registry.UnitRange;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month's stored rows as the workbook and the documents read them, as typed records: the
 * counted tallies and the submission grid, the task ledger, the experiences and the data problems.
 * Large lists are streamed, not loaded. Only active units appear (joined to the run's figures).
 */
public class MonthRecords {

    /** Names listed on 数据问题 as a whole: refused, or a copy of another file. */
    private static final Set<FileStatus> LISTED_FILES =
            EnumSet.of(FileStatus.UNREADABLE, FileStatus.NO_FORM, FileStatus.DUPLICATE);

    private final JdbcTemplate jdbc;
    private final IntakeRepository intake;

    public MonthRecords(JdbcTemplate jdbc, IntakeRepository intake) {
        this.jdbc = jdbc;
        this.intake = intake;
    }

    /** The month's counted tallies of active units, by group, unit and week. */
    public void forEachTally(long runId, ReportMonth month, Consumer<TallyLine> consumer) {
        jdbc.query(
                "SELECT " + SummaryRepository.tallyColumns("t") + ", u.unit_name, t.filled_date_assumed, t.file_name,"
                        + " t.sheet_name, t.row_no FROM tally_row t JOIN unit_month_figure u ON u.run_id = ? AND u.unit_code = t.unit_code"
                        + " WHERE t.status = 'COUNTED' AND t.week_month = ? ORDER BY u.unit_group, t.unit_code, t.week_start",
                rs -> {
                    consumer.accept(new TallyLine(
                            SummaryRepository.countedTally(rs),
                            rs.getString("unit_name"),
                            rs.getBoolean("filled_date_assumed"),
                            rs.getString("file_name"),
                            rs.getString("sheet_name"),
                            rs.getInt("row_no")));
                },
                runId,
                month.toString());
    }

    /** 按时 / 迟报 per week of the month for the active units in range. */
    public SubmissionGrid submissions(
            long runId, ReportMonth month, MonthFiguresCalculator calculator, UnitRange range) {
        SubmissionGrid grid = new SubmissionGrid(calculator);
        forEachTally(runId, month, t -> {
            if (range.contains(t.tally().unitCode())) {
                grid.add(t.tally());
            }
        });
        return grid;
    }

    /** The tasks on the month's ledger, by task code, each with its lead unit's report. */
    public List<LedgerLine> ledger(long runId, ReportMonth month) {
        return jdbc.query(
                "SELECT s.task_code, t.title, t.category, t.leader, s.lead_unit_code, u.name AS lead_unit_name,"
                        + " t.participant_codes, t.start_month, t.planned_month, s.reported_status, s.effective_status,"
                        + " p.percent_done, p.this_month, p.achievements, p.problems, p.next_steps, p.experience, p.promotion"
                        + " FROM task_month_status s JOIN registry_task t ON t.run_id = s.run_id AND t.code = s.task_code"
                        + " LEFT JOIN registry_unit u ON u.run_id = s.run_id AND u.code = s.lead_unit_code"
                        + " LEFT JOIN progress_row p ON p.status = 'COUNTED' AND p.task_code = s.task_code"
                        + " AND p.unit_code = s.lead_unit_code AND p.report_month = ?"
                        + " WHERE s.run_id = ? ORDER BY s.task_code",
                (rs, i) -> new LedgerLine(
                        rs.getString("task_code"),
                        rs.getString("title"),
                        TaskCategory.valueOf(rs.getString("category")),
                        rs.getString("leader"),
                        rs.getString("lead_unit_code"),
                        rs.getString("lead_unit_name"),
                        codes(rs.getString("participant_codes")),
                        ReportMonth.parse(rs.getString("start_month")),
                        ReportMonth.parse(rs.getString("planned_month")),
                        nullable(rs.getString("reported_status"), ProgressStatus::valueOf),
                        EffectiveStatus.valueOf(rs.getString("effective_status")),
                        new ProgressReport(
                                rs.getObject("percent_done", Integer.class),
                                rs.getString("this_month"),
                                rs.getString("achievements"),
                                rs.getString("problems"),
                                rs.getString("next_steps"),
                                rs.getString("experience"),
                                promotion(rs))),
                month.toString(),
                runId);
    }

    /** The experiences active units reported for the month as adopted at some level, by level and unit. */
    public List<ExperienceLine> experiences(long runId, ReportMonth month) {
        return jdbc.query(
                "SELECT p.unit_code, u.unit_name, p.task_code, p.experience, p.promotion"
                        + " FROM progress_row p JOIN unit_month_figure u"
                        + " ON u.run_id = ? AND u.unit_code = p.unit_code WHERE p.status = 'COUNTED' AND p.report_month = ?"
                        + " AND p.promotion IS NOT NULL ORDER BY p.promotion, p.unit_code, p.task_code",
                (rs, i) -> new ExperienceLine(
                        rs.getString("unit_code"),
                        rs.getString("unit_name"),
                        rs.getString("task_code"),
                        rs.getString("experience"),
                        promotion(rs)),
                runId,
                month.toString());
    }

    /**
     * Everything about the month a liaison may need to fix: rows rejected or warned about for this
     * month (or for no readable month, in files this run saw), rows of this month replaced by a
     * correction, and files this run could not read.
     */
    public void forEachProblem(long runId, ReportMonth month, Consumer<ProblemLine> consumer) {
        String m = month.toString();
        String seenByRun = "SELECT file_id FROM run_input_file WHERE run_id = ?";
        jdbc.query(
                "SELECT f.file_name, r.sheet_name, r.row_no, r.unit_code, r.reason FROM rejected_row r"
                        + " JOIN intake_file f ON f.id = r.file_id WHERE r.target_month = ? OR (r.target_month IS NULL"
                        + " AND r.file_id IN (" + seenByRun + ")) ORDER BY f.file_name, r.sheet_index, r.row_no",
                rs -> {
                    consumer.accept(new ProblemLine(
                            ProblemLine.Kind.REJECTED,
                            rs.getString(1),
                            new ProblemLine.Row(rs.getString(2), rs.getInt(3), rs.getString(4)),
                            rs.getString(5)));
                },
                m,
                runId);
        String superseded = " FROM %s t WHERE t.status = 'SUPERSEDED' AND t.%s = ?";
        for (String[] table : new String[][] {{"tally_row", "week_month"}, {"progress_row", "report_month"}}) {
            jdbc.query(
                    "SELECT t.file_name, t.sheet_name, t.row_no, t.unit_code, t.superseded_by_file,"
                            + " t.superseded_by_sheet, t.superseded_by_row" + superseded.formatted(table[0], table[1])
                            + " ORDER BY t.file_name, t.sheet_index, t.row_no",
                    rs -> {
                        String by = rs.getString(5) + (rs.getString(6).isEmpty() ? "" : "/" + rs.getString(6)) + " 第"
                                + rs.getInt(7) + "行";
                        consumer.accept(new ProblemLine(
                                ProblemLine.Kind.SUPERSEDED,
                                rs.getString(1),
                                new ProblemLine.Row(rs.getString(2), rs.getInt(3), rs.getString(4)),
                                "已被更正，以" + by + "为准"));
                    },
                    m);
        }
        jdbc.query(
                "SELECT f.file_name, w.sheet_name, w.row_no, w.unit_code, w.message FROM intake_warning w"
                        + " JOIN intake_file f ON f.id = w.file_id WHERE w.target_month = ? OR (w.target_month IS NULL"
                        + " AND w.file_id IN (" + seenByRun + ")) ORDER BY f.file_name, w.id",
                rs -> {
                    consumer.accept(new ProblemLine(
                            ProblemLine.Kind.WARNING,
                            rs.getString(1),
                            new ProblemLine.Row(
                                    rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getString(4)),
                            rs.getString(5)));
                },
                m,
                runId);
        // each name keeps its own outcome (the same bytes may be refused as .xlsx and read as .csv)
        intake.runFiles(runId).stream()
                .filter(f -> LISTED_FILES.contains(f.state()))
                .sorted(Comparator.comparing(IntakeRepository.FileLine::fileName, Submission::compareCodePoints))
                .forEach(f -> consumer.accept(new ProblemLine(
                        f.state() == FileStatus.DUPLICATE
                                ? ProblemLine.Kind.DUPLICATE_FILE
                                : ProblemLine.Kind.UNREADABLE_FILE,
                        f.fileName(),
                        null,
                        f.problem())));
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    private static PromotionLevel promotion(ResultSet rs) throws SQLException {
        return nullable(rs.getString("promotion"), PromotionLevel::valueOf);
    }

    private static <T> T nullable(String name, java.util.function.Function<String, T> valueOf) {
        return name == null ? null : valueOf.apply(name);
    }
}
