package org.reformreport.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.intake.FileBreakdown.Corrected;
import org.reformreport.intake.FileBreakdown.Replaced;
import org.reformreport.intake.FileBreakdown.RowNote;
import org.reformreport.intake.FileBreakdown.UnitRows;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a stored file's rows back unit by unit ({@link FileBreakdown}), for the weekly receipts. */
public class FileBreakdowns {

    private final JdbcTemplate jdbc;

    public FileBreakdowns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The file's rows by unit. The file must be one the intake read through (IMPORTED). */
    public FileBreakdown of(long fileId) {
        String fileName = jdbc.queryForObject("SELECT file_name FROM intake_file WHERE id = ?", String.class, fileId);
        Integer blank = jdbc.queryForObject("SELECT rows_blank FROM intake_file WHERE id = ?", Integer.class, fileId);
        Map<String, Builder> units = new LinkedHashMap<>();
        // rows in the order they stand in the file, tallies and progress rows alike
        jdbc.query(
                "SELECT unit_code, status, sheet_name, row_no, week_start, superseded_by_file, superseded_by_sheet,"
                        + " superseded_by_row FROM tally_row WHERE file_id = ? ORDER BY sheet_index, row_no",
                rs -> {
                    Builder u = unit(units, rs.getString(1));
                    accepted(u, rs.getString(2), rs.getString(3), rs.getInt(4), "周起始日" + rs.getString(5), rs);
                },
                fileId);
        jdbc.query(
                "SELECT unit_code, status, sheet_name, row_no, task_code, superseded_by_file, superseded_by_sheet,"
                        + " superseded_by_row, report_month FROM progress_row WHERE file_id = ?"
                        + " ORDER BY sheet_index, row_no",
                rs -> {
                    Builder u = unit(units, rs.getString(1));
                    accepted(
                            u,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            "任务" + rs.getString(5) + " " + rs.getString(9),
                            rs);
                },
                fileId);
        jdbc.query(
                "SELECT unit_code, sheet_name, row_no, reason FROM rejected_row WHERE file_id = ?"
                        + " ORDER BY sheet_index, row_no",
                rs -> {
                    unit(units, rs.getString(1))
                            .rejected
                            .add(new RowNote(rs.getString(2), rs.getInt(3), "", rs.getString(4)));
                },
                fileId);
        jdbc.query(
                "SELECT unit_code, sheet_name, row_no, message FROM intake_warning WHERE file_id = ?"
                        + " AND unit_code IS NOT NULL ORDER BY id",
                rs -> {
                    unit(units, rs.getString(1))
                            .warnings
                            .add(new RowNote(
                                    rs.getString(2), (Integer) rs.getObject(3, Integer.class), "", rs.getString(4)));
                },
                fileId);
        // rows of earlier files this file's rows replaced: found from this file's rows (indexed by
        // file) and the month index of the replaced ones, not by scanning every superseded row
        jdbc.query(
                "SELECT o.unit_code, o.file_name, o.sheet_name, o.row_no, o.week_start, n.sheet_name, n.row_no"
                        + " FROM tally_row n JOIN tally_row o ON o.week_month = n.week_month"
                        + " AND o.status = 'SUPERSEDED' AND o.unit_code = n.unit_code AND o.week_start = n.week_start"
                        + " AND o.superseded_by_file = n.file_name AND o.superseded_by_sheet = n.sheet_name"
                        + " AND o.superseded_by_row = n.row_no WHERE n.file_id = ? AND o.file_id <> ?"
                        + " ORDER BY n.sheet_index, n.row_no",
                rs -> {
                    unit(units, rs.getString(1))
                            .corrected
                            .add(new Corrected(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    "周起始日" + rs.getString(5),
                                    rs.getString(6),
                                    rs.getInt(7)));
                },
                fileId,
                fileId);
        jdbc.query(
                "SELECT o.unit_code, o.file_name, o.sheet_name, o.row_no, o.task_code, o.report_month, n.sheet_name,"
                        + " n.row_no FROM progress_row n JOIN progress_row o ON o.report_month = n.report_month"
                        + " AND o.status = 'SUPERSEDED' AND o.unit_code = n.unit_code AND o.task_code = n.task_code"
                        + " AND o.superseded_by_file = n.file_name AND o.superseded_by_sheet = n.sheet_name"
                        + " AND o.superseded_by_row = n.row_no WHERE n.file_id = ? AND o.file_id <> ?"
                        + " ORDER BY n.sheet_index, n.row_no",
                rs -> {
                    unit(units, rs.getString(1))
                            .corrected
                            .add(new Corrected(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    "任务" + rs.getString(5) + " " + rs.getString(6),
                                    rs.getString(7),
                                    rs.getInt(8)));
                },
                fileId,
                fileId);
        Map<String, UnitRows> byUnit = new LinkedHashMap<>();
        units.forEach((code, u) -> byUnit.put(code, u.build()));
        return new FileBreakdown(fileId, fileName, blank == null ? 0 : blank, byUnit);
    }

    private static void accepted(Builder u, String status, String sheet, int row, String what, java.sql.ResultSet rs)
            throws java.sql.SQLException {
        if ("COUNTED".equals(status)) {
            u.counted++;
            return;
        }
        u.superseded++;
        String bySheet = rs.getString(7);
        u.supersededRows.add(
                new Replaced(sheet, row, what, rs.getString(6), bySheet == null ? "" : bySheet, rs.getInt(8)));
    }

    private static Builder unit(Map<String, Builder> units, String code) {
        return units.computeIfAbsent(code == null ? "" : code, Builder::new);
    }

    private static final class Builder {
        final String code;
        int counted;
        int superseded;
        final List<RowNote> rejected = new ArrayList<>();
        final List<Replaced> supersededRows = new ArrayList<>();
        final List<RowNote> warnings = new ArrayList<>();
        final List<Corrected> corrected = new ArrayList<>();

        Builder(String code) {
            this.code = code;
        }

        UnitRows build() {
            return new UnitRows(code, counted, superseded, rejected, supersededRows, warnings, corrected);
        }
    }
}
