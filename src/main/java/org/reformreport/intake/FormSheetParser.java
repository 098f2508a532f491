package org.reformreport.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellReference;
import org.reformreport.intake.read.CellProblem;
import org.reformreport.intake.read.SheetRowHandler;
import org.reformreport.intake.read.SheetState;

/**
 * Finds each sheet's header row within its first 10 rows and tells the form from it (周起始日 →
 * tally, 任务编号 → progress), then hands on every row below it with its cells keyed by header.
 * A row naming 周起始日 or 任务编号 is preferred as the header over one that only holds 单位编码 (a
 * "单位编码 | FGJ" label block above the table is not the header). Columns the forms do not know
 * (序号, 任务名称 …) are ignored.
 *
 * <p>A header naming a form column twice is ambiguous: which 中央媒体 counts? Rather than keep one
 * silently, every non-blank row of the sheet is rejected with a reason naming the column and where
 * it appears (the rows stay read, so the file still reconciles: read = counted + superseded +
 * rejected + blank). Only 单位名称, 填报人 and 备注 may repeat: they feed no figure, so the first is
 * read and the sheet says so. A cell the reader could not take as a value (a formula without its
 * result, an error) rejects its row when it is under a form column. A hidden sheet is read like any
 * other (liaisons hide sheets they still mean), and said to be hidden.
 */
final class FormSheetParser implements SheetRowHandler {

    static final int HEADER_SEARCH_ROWS = 10;
    /**
     * The width of every sheet_name column. Excel allows 31 characters, but a workbook written by a
     * script may carry any length, and an unclipped name used to fail the whole intake in SQL.
     */
    static final int MAX_SHEET_NAME = 100;

    private record Buffered(int rowNumber, String[] cells, List<CellProblem> problems) {}

    /** Columns that feed no figure or key: repeated, the first is read and the sheet says so. */
    private static final Set<String> DESCRIPTIVE = Set.of(Headers.UNIT_NAME, Headers.FILLER, Headers.REMARK);

    private enum State {
        SEARCHING,
        READING,
        SKIPPING,
        NO_HEADER
    }

    private final long fileId;
    private final String fileName;
    private final FormRowSink sink;
    /** The first rows, kept until the header is decided. */
    private final List<Buffered> head = new ArrayList<>();

    private int sheetIndex;
    private String sheetName;
    private SheetState visibility;
    private State state;
    private Map<String, Integer> columns;
    /** Every column under a form header, repeats included: a row with a value in any of them is not blank. */
    private Set<Integer> formColumns;
    /** Why no row of this sheet can be accepted (an ambiguous header), or null. */
    private String sheetProblem;

    private FormType type;
    private List<String> missing;
    private int unreadRows;

    public FormSheetParser(long fileId, String fileName, FormRowSink sink) {
        this.fileId = fileId;
        this.fileName = fileName;
        this.sink = sink;
    }

    @Override
    public void startSheet(int sheetIndex, String sheetName, SheetState visibility) {
        this.sheetIndex = sheetIndex;
        this.sheetName = shortSheetName(sheetName);
        this.visibility = visibility;
        this.state = State.SEARCHING;
        this.columns = Map.of();
        this.formColumns = Set.of();
        this.sheetProblem = null;
        this.type = null;
        this.missing = List.of();
        this.unreadRows = 0;
        this.head.clear();
    }

    @Override
    public void row(int rowNumber, String[] cells, List<CellProblem> problems) {
        switch (state) {
            case READING -> emit(rowNumber, cells, problems);
            case SKIPPING -> {}
            case NO_HEADER -> unreadRows += allBlank(cells) && problems.isEmpty() ? 0 : 1;
            case SEARCHING -> {
                if (rowNumber > HEADER_SEARCH_ROWS) {
                    settle();
                    row(rowNumber, cells, problems);
                } else if (hasHeader(cells, Headers.WEEK_START) || hasHeader(cells, Headers.TASK_CODE)) {
                    head.clear();
                    readHeader(cells);
                } else {
                    head.add(new Buffered(rowNumber, cells, problems));
                }
            }
        }
    }

    @Override
    public void endSheet() {
        if (state == State.SEARCHING) {
            settle();
        }
        // A sheet named 填表说明 (or any *说明*) is the form's own instructions, not data.
        if (state == State.NO_HEADER && unreadRows > 0 && !sheetName.contains("说明")) {
            sink.sheetWarning(
                    sheetIndex,
                    sheetName,
                    "工作表“" + sheetName + "”前" + HEADER_SEARCH_ROWS + "行中未找到表头（应含“单位编码”或“任务编号”），其中" + unreadRows
                            + "行内容未读取");
        }
    }

    /** No 周起始日/任务编号 row among the first rows: the first row holding 单位编码 is the header, if any. */
    private void settle() {
        List<Buffered> rows = List.copyOf(head);
        head.clear();
        for (int i = 0; i < rows.size(); i++) {
            if (hasHeader(rows.get(i).cells(), Headers.UNIT_CODE)) {
                readHeader(rows.get(i).cells());
                rows.subList(i + 1, rows.size()).forEach(b -> row(b.rowNumber(), b.cells(), b.problems()));
                return;
            }
        }
        state = State.NO_HEADER;
        rows.forEach(b -> row(b.rowNumber(), b.cells(), b.problems()));
    }

    /** A sheet name as stored and shown: over {@link #MAX_SHEET_NAME} characters it is cut and ends in …. */
    static String shortSheetName(String name) {
        return name.length() <= MAX_SHEET_NAME ? name : IntakeRepository.clip(name, MAX_SHEET_NAME - 1) + "…";
    }

    private void emit(int rowNumber, String[] cells, List<CellProblem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((header, column) -> values.put(header, column < cells.length ? cells[column] : null));
        String problem = null;
        if (sheetProblem != null) {
            boolean blank = formColumns.stream().allMatch(c -> c >= cells.length || Fields.isBlank(cells[c]))
                    && problems.stream().noneMatch(p -> formColumns.contains(p.column()));
            problem = blank ? null : sheetProblem;
        } else {
            List<String> unreadable = new ArrayList<>();
            for (CellProblem p : problems) {
                columns.forEach((header, column) -> {
                    if (column == p.column()) {
                        unreadable.add("“" + header + "”（" + p.reference() + "单元格）" + p.problem());
                    }
                });
            }
            problem = unreadable.isEmpty() ? null : String.join("；", unreadable);
        }
        sink.dataRow(
                type,
                missing,
                new RawRow(new SourcePosition(fileId, fileName, sheetIndex, sheetName, rowNumber), values, problem));
    }

    private void readHeader(String[] cells) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String header = headerName(cells[i]);
            if (!header.isEmpty()) {
                found.putIfAbsent(header, i);
                positions.computeIfAbsent(header, h -> new ArrayList<>()).add(i);
            }
        }
        type = found.containsKey(Headers.WEEK_START)
                ? FormType.TALLY
                : found.containsKey(Headers.TASK_CODE) ? FormType.PROGRESS : null;
        columns = new LinkedHashMap<>();
        if (type == null) {
            // A 单位编码 list (e.g. a hidden drop-down sheet) is not a form: said once, not row by row.
            state = State.SKIPPING;
            sink.sheetWarning(sheetIndex, sheetName, "工作表“" + sheetName + "”的表头既无“周起始日”也无“任务编号”，不是周报表或改革任务进展表，未读取");
            return;
        }
        List<String> known = type == FormType.TALLY ? Headers.TALLY_ALL : Headers.PROGRESS_ALL;
        List<String> required = type == FormType.TALLY ? Headers.TALLY_REQUIRED : Headers.PROGRESS_REQUIRED;
        List<String> absentOptional = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String header : known) {
            Integer column = found.get(header);
            if (column != null) {
                columns.put(header, column);
            } else if (required.contains(header)) {
                absent.add(header);
            } else if (type == FormType.TALLY
                    && !header.equals(Headers.UNIT_NAME)
                    && !header.equals(Headers.FILLER)
                    && !header.equals(Headers.REMARK)) {
                absentOptional.add(header);
            }
        }
        missing = List.copyOf(absent);
        state = State.READING;
        sink.headerFound(sheetIndex, sheetName, type);
        if (visibility != SheetState.VISIBLE) {
            sink.sheetWarning(
                    sheetIndex,
                    sheetName,
                    "工作表“" + sheetName + "”为隐藏工作表"
                            + (visibility == SheetState.VERY_HIDDEN ? "（深度隐藏，在Excel中“取消隐藏”也看不到）" : "")
                            + "，其数据已读取");
        }
        repeatedHeaders(known, positions);
        if (missing.isEmpty() && !absentOptional.isEmpty()) {
            sink.sheetWarning(
                    sheetIndex,
                    sheetName,
                    "工作表“" + sheetName + "”表头缺少列："
                            + String.join("、", absentOptional)
                            + (absentOptional.contains(Headers.FILLED_DATE) ? "（缺填报日期的按文件修改日期计，缺数量的按0计）" : "，按0计"));
        }
    }

    /** Form columns named more than once: ambiguous ones make the sheet's rows unreadable, descriptive ones are said. */
    private void repeatedHeaders(List<String> known, Map<String, List<Integer>> positions) {
        Set<Integer> all = new TreeSet<>();
        List<String> ambiguous = new ArrayList<>();
        for (String header : known) {
            List<Integer> at = positions.getOrDefault(header, List.of());
            all.addAll(at);
            if (at.size() < 2) {
                continue;
            }
            String where = "“" + header + "”（"
                    + String.join(
                            "、",
                            at.stream()
                                    .map(c -> CellReference.convertNumToColString(c) + "列")
                                    .toList()) + "）";
            if (DESCRIPTIVE.contains(header)) {
                sink.sheetWarning(
                        sheetIndex,
                        sheetName,
                        "工作表“" + sheetName + "”表头中" + where + "重复出现，只读取了"
                                + CellReference.convertNumToColString(at.get(0)) + "列");
            } else {
                ambiguous.add(where);
            }
        }
        formColumns = all;
        if (!ambiguous.isEmpty()) {
            sheetProblem = "表头中" + String.join("、", ambiguous) + "重复出现，无法确定以哪一列为准，本表数据未计入，" + "请删除多余的列后重新报送";
        }
    }

    private static boolean hasHeader(String[] cells, String name) {
        for (String cell : cells) {
            if (headerName(cell).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A header cell as the forms name it: blanks, a leading * (required mark) and a trailing (note) removed. */
    static String headerName(String cell) {
        String name = Fields.normalize(cell).replaceAll("\\s+", "");
        while (name.startsWith("*")) {
            name = name.substring(1);
        }
        return name.replaceFirst("\\(.*\\)$", "");
    }

    private static boolean allBlank(String[] cells) {
        for (String cell : cells) {
            if (!Fields.isBlank(cell)) {
                return false;
            }
        }
        return true;
    }
}
