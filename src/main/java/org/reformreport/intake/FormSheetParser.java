package org.reformreport.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.intake.read.SheetRowHandler;

/**
 * Finds each sheet's header row (the first row within the first 10 that holds 单位编码 or 任务编号),
 * tells the form from it (周起始日 → tally, 任务编号 → progress) and hands on every row below it with
 * its cells keyed by header. Columns the forms do not know (序号, 任务名称 …) are ignored.
 */
public final class FormSheetParser implements SheetRowHandler {

    static final int HEADER_SEARCH_ROWS = 10;

    private final long fileId;
    private final String fileName;
    private final FormRowSink sink;

    private int sheetIndex;
    private String sheetName;
    private Map<String, Integer> columns;
    private FormType type;
    private List<String> missing;
    private int nonBlankWithoutHeader;

    public FormSheetParser(long fileId, String fileName, FormRowSink sink) {
        this.fileId = fileId;
        this.fileName = fileName;
        this.sink = sink;
    }

    @Override
    public void startSheet(int sheetIndex, String sheetName) {
        this.sheetIndex = sheetIndex;
        this.sheetName = sheetName;
        this.columns = null;
        this.type = null;
        this.missing = List.of();
        this.nonBlankWithoutHeader = 0;
    }

    @Override
    public void row(int rowNumber, String[] cells) {
        if (columns == null) {
            if (rowNumber <= HEADER_SEARCH_ROWS && isHeader(cells)) {
                readHeader(cells);
            } else if (!allBlank(cells)) {
                nonBlankWithoutHeader++;
            }
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((header, column) -> values.put(header, column < cells.length ? cells[column] : null));
        sink.dataRow(type, missing, new RawRow(new SourcePosition(fileId, fileName, sheetIndex, sheetName, rowNumber),
                values));
    }

    @Override
    public void endSheet() {
        // A sheet named 填表说明 (or any *说明*) is the form's own instructions, not data.
        if (columns == null && nonBlankWithoutHeader > 0 && !sheetName.contains("说明")) {
            sink.sheetWithoutHeader(sheetIndex, sheetName, nonBlankWithoutHeader);
        }
    }

    private void readHeader(String[] cells) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String header = headerName(cells[i]);
            if (!header.isEmpty()) {
                found.putIfAbsent(header, i);
            }
        }
        if (found.containsKey(Headers.WEEK_START)) {
            type = FormType.TALLY;
        } else if (found.containsKey(Headers.TASK_CODE)) {
            type = FormType.PROGRESS;
        }
        List<String> known = type == FormType.TALLY ? Headers.TALLY_ALL
                : type == FormType.PROGRESS ? Headers.PROGRESS_ALL : List.of(Headers.UNIT_CODE);
        List<String> required = type == FormType.TALLY ? Headers.TALLY_REQUIRED
                : type == FormType.PROGRESS ? Headers.PROGRESS_REQUIRED : List.of();
        columns = new LinkedHashMap<>();
        for (String header : known) {
            Integer column = found.get(header);
            if (column != null) {
                columns.put(header, column);
            }
        }
        List<String> absent = new ArrayList<>();
        for (String header : required) {
            if (!columns.containsKey(header)) {
                absent.add(header);
            }
        }
        missing = List.copyOf(absent);
        sink.headerFound(sheetIndex, sheetName, type);
    }

    private static boolean isHeader(String[] cells) {
        for (String cell : cells) {
            String header = headerName(cell);
            if (header.equals(Headers.UNIT_CODE) || header.equals(Headers.TASK_CODE)) {
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
