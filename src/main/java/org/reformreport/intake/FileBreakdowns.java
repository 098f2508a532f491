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
        // the file's accepted rows, by where they stand: what a replaced row of an earlier file points at
        Map<String, Replacer> tallies = new LinkedHashMap<>();
        Map<String, Replacer> progress = new LinkedHashMap<>();
        // rows in the order they stand in the file, tallies and progress rows alike
        jdbc.query(
                "SELECT unit_code, status, sheet_name, row_no, week_start, superseded_by_file, superseded_by_sheet,"
                        + " superseded_by_row, week_month, file_name FROM tally_row WHERE file_id = ?"
                        + " ORDER BY sheet_index, row_no",
                rs -> {
                    Builder u = unit(units, rs.getString(1));
                    accepted(u, rs.getString(2), rs.getString(3), rs.getInt(4), "周起始日" + rs.getString(5), rs);
                    tallies.put(
                            at(rs.getString(3), rs.getInt(4)),
                            new Replacer(
                                    tallies.size(),
                                    rs.getString(1),
                                    rs.getString(5),
                                    rs.getString(9),
                                    rs.getString(10)));
                },
                fileId);
        jdbc.query(
                "SELECT unit_code, status, sheet_name, row_no, task_code, superseded_by_file, superseded_by_sheet,"
                        + " superseded_by_row, report_month, file_name FROM progress_row WHERE file_id = ?"
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
                    progress.put(
                            at(rs.getString(3), rs.getInt(4)),
                            new Replacer(
                                    progress.size(),
                                    rs.getString(1),
                                    rs.getString(5) + " " + rs.getString(9),
                                    rs.getString(9),
                                    rs.getString(10)));
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
        corrected(units, tallies, fileId, "tally_row", "week_month", "o.week_start", "周起始日", rs -> rs.getString(7));
        corrected(
                units,
                progress,
                fileId,
                "progress_row",
                "report_month",
                "o.task_code, o.report_month",
                "任务",
                rs -> rs.getString(7) + " " + rs.getString(8));
        Map<String, UnitRows> byUnit = new LinkedHashMap<>();
        units.forEach((code, u) -> byUnit.put(code, u.build()));
        return new FileBreakdown(fileId, fileName, blank == null ? 0 : blank, byUnit);
    }

    /** A row's key (its week, or its task and month) as the columns after the first six give it. */
    private interface RowKey {
        String of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** One of the file's accepted rows, as a replaced row of an earlier file names it. */
    private record Replacer(int order, String unitCode, String key, String month, String fileName) {}

    private static String at(String sheet, int row) {
        return row + "\u0000" + sheet;
    }

    /**
     * The rows of earlier files that this file's rows replaced (已被更正), in the order of the rows
     * replacing them. Read once per month the file's rows fall in, by the months' index, and
     * matched here to the row named in superseded_by_*: a join per row of the file would read every
     * replaced row of the month again for each row (3,000 units correcting their week: 9 million).
     */
    private void corrected(
            Map<String, Builder> units,
            Map<String, Replacer> rows,
            long fileId,
            String table,
            String monthColumn,
            String keyColumns,
            String keyWord,
            RowKey key) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> months =
                rows.values().stream().map(Replacer::month).distinct().toList();
        List<String> names =
                rows.values().stream().map(Replacer::fileName).distinct().toList();
        List<Object> args = new ArrayList<>(months);
        args.addAll(names);
        args.add(fileId);
        List<Map.Entry<Replacer, Corrected>> found = new ArrayList<>();
        jdbc.query(
                "SELECT o.unit_code, o.file_name, o.sheet_name, o.row_no, o.superseded_by_sheet, o.superseded_by_row, "
                        + keyColumns + " FROM " + table + " o WHERE o." + monthColumn + " IN ("
                        + marks(months.size()) + ") AND o.status = 'SUPERSEDED' AND o.superseded_by_file IN ("
                        + marks(names.size()) + ") AND o.file_id <> ?",
                rs -> {
                    String replaced = key.of(rs);
                    Replacer by = rows.get(at(rs.getString(5), rs.getInt(6)));
                    if (by == null
                            || !by.unitCode().equals(rs.getString(1))
                            || !by.key().equals(replaced)) {
                        return; // replaced by a row of another file of the same name
                    }
                    found.add(Map.entry(
                            by,
                            new Corrected(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    keyWord + replaced,
                                    rs.getString(5),
                                    rs.getInt(6))));
                },
                args.toArray());
        found.sort(java.util.Comparator.comparingInt(e -> e.getKey().order()));
        found.forEach(e -> unit(units, e.getKey().unitCode()).corrected.add(e.getValue()));
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
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
