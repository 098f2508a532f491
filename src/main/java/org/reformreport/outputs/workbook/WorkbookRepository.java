package org.reformreport.outputs.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.IntakeRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/** The month's stored rows as the workbook lists them; large lists are streamed, not loaded. */
public class WorkbookRepository {

    private final JdbcTemplate jdbc;
    private final IntakeRepository intake;

    public WorkbookRepository(JdbcTemplate jdbc, IntakeRepository intake) {
        this.intake = intake;
        this.jdbc = jdbc;
    }

    /** A counted tally of the month with where it came from. */
    public record TallyLine(
            String unitCode,
            String unitName,
            LocalDate weekStart,
            int central,
            int provincial,
            int municipal,
            int district,
            int newMedia,
            int specialColumn,
            int typicalCases,
            int supervision,
            int leaderInterviews,
            int socialPublicity,
            LocalDate filledDate,
            boolean filledDateAssumed,
            String fileName,
            String sheetName,
            int rowNumber) {
        public long mediaTotal() {
            return (long) central + provincial + municipal + district + newMedia;
        }
    }

    public void forEachTally(long runId, ReportMonth month, Consumer<TallyLine> consumer) {
        // Joined to the month's figures: only active units' tallies are listed (inactive units appear nowhere).
        jdbc.query(
                "SELECT t.unit_code, u.unit_name, t.week_start, t.central_media, t.provincial_media, t.municipal_media,"
                        + " t.district_media, t.new_media, t.special_column, t.typical_cases, t.supervision,"
                        + " t.leader_interviews, t.social_publicity, t.filled_date, t.filled_date_assumed, t.file_name,"
                        + " t.sheet_name, t.row_no FROM tally_row t JOIN unit_month_figure u ON u.run_id = ? AND u.unit_code = t.unit_code"
                        + " WHERE t.status = 'COUNTED' AND t.week_month = ? ORDER BY u.unit_group, t.unit_code, t.week_start",
                rs -> {
                    consumer.accept(new TallyLine(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3, LocalDate.class),
                            rs.getInt(4),
                            rs.getInt(5),
                            rs.getInt(6),
                            rs.getInt(7),
                            rs.getInt(8),
                            rs.getInt(9),
                            rs.getInt(10),
                            rs.getInt(11),
                            rs.getInt(12),
                            rs.getInt(13),
                            rs.getObject(14, LocalDate.class),
                            rs.getBoolean(15),
                            rs.getString(16),
                            rs.getString(17),
                            rs.getInt(18)));
                },
                runId,
                month.toString());
    }

    /** A task on the month's ledger with the lead unit's report. */
    public record LedgerLine(
            String taskCode,
            String title,
            String category,
            String leader,
            String leadUnitCode,
            String leadUnitName,
            String participants,
            String startMonth,
            String plannedMonth,
            String reportedStatus,
            String effectiveStatus,
            Integer percent,
            String thisMonth,
            String achievements,
            String problems,
            String nextSteps,
            String experience,
            String promotion) {}

    public List<LedgerLine> ledger(long runId, ReportMonth month) {
        return jdbc.query(
                "SELECT s.task_code, t.title, t.category, t.leader, s.lead_unit_code, u.name,"
                        + " t.participant_codes, t.start_month, t.planned_month, s.reported_status, s.effective_status,"
                        + " p.percent_done, p.this_month, p.achievements, p.problems, p.next_steps, p.experience, p.promotion"
                        + " FROM task_month_status s JOIN registry_task t ON t.run_id = s.run_id AND t.code = s.task_code"
                        + " LEFT JOIN registry_unit u ON u.run_id = s.run_id AND u.code = s.lead_unit_code"
                        + " LEFT JOIN progress_row p ON p.status = 'COUNTED' AND p.task_code = s.task_code"
                        + " AND p.unit_code = s.lead_unit_code AND p.report_month = ?"
                        + " WHERE s.run_id = ? ORDER BY s.task_code",
                (rs, i) -> new LedgerLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        (Integer) rs.getObject(12, Integer.class),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getString(15),
                        rs.getString(16),
                        rs.getString(17),
                        rs.getString(18)),
                month.toString(),
                runId);
    }

    /** An experience a unit reported for the month as adopted at some level (for 主要成效). */
    public record ExperienceLine(
            String unitCode, String unitName, String taskCode, String experience, String promotion) {}

    public List<ExperienceLine> experiences(long runId, ReportMonth month) {
        return jdbc.query(
                "SELECT p.unit_code, u.unit_name, p.task_code, p.experience, p.promotion"
                        + " FROM progress_row p JOIN unit_month_figure u"
                        + " ON u.run_id = ? AND u.unit_code = p.unit_code WHERE p.status = 'COUNTED' AND p.report_month = ?"
                        + " AND p.promotion IS NOT NULL ORDER BY p.promotion, p.unit_code, p.task_code",
                (rs, i) -> new ExperienceLine(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                runId,
                month.toString());
    }

    /** A row or file to list on 数据问题. */
    public record ProblemLine(
            String kind, String fileName, String sheetName, Integer rowNumber, String unitCode, String reason) {}

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
                            "退回", rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
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
                                "已被更正",
                                rs.getString(1),
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getString(4),
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
                            "提示",
                            rs.getString(1),
                            rs.getString(2),
                            (Integer) rs.getObject(3, Integer.class),
                            rs.getString(4),
                            rs.getString(5)));
                },
                m,
                runId);
        // each name keeps its own outcome (the same bytes may be refused as .xlsx and read as .csv)
        intake.runFiles(runId).stream()
                .filter(f -> List.of("UNREADABLE", "NO_FORM", "DUPLICATE").contains(f.status()))
                .sorted(java.util.Comparator.comparing(
                        IntakeRepository.FileLine::fileName, org.reformreport.intake.Submission::compareCodePoints))
                .forEach(f -> consumer.accept(new ProblemLine(
                        f.status().equals("DUPLICATE") ? "重复文件" : "无法读取",
                        f.fileName(),
                        null,
                        null,
                        null,
                        f.problem())));
    }
}
