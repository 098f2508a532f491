package org.reformreport.intake.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Records what a reader hands on, for assertions. */
final class CollectingHandler implements SheetRowHandler {

    record Row(String sheet, int number, List<String> cells, List<CellProblem> problems) {}

    final List<String> sheets = new ArrayList<>();
    final List<SheetState> states = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    private String sheet;

    @Override
    public void startSheet(int sheetIndex, String sheetName, SheetState state) {
        sheet = sheetName;
        sheets.add(sheetName);
        states.add(state);
    }

    @Override
    public void row(int rowNumber, String[] cells, List<CellProblem> problems) {
        rows.add(new Row(sheet, rowNumber, Arrays.asList(cells), problems));
    }

    @Override
    public void endSheet() {}

    Row row(String sheetName, int number) {
        return rows.stream()
                .filter(r -> r.sheet().equals(sheetName) && r.number() == number)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number + " in " + sheetName + ": " + rows));
    }
}
