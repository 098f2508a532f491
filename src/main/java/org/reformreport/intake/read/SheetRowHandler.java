package org.reformreport.intake.read;

import java.util.List;

/** Receives the rows of a form file, sheet by sheet, as cell text. */
public interface SheetRowHandler {

    /**
     * @param sheetIndex 0-based position of the sheet
     * @param sheetName  empty for CSV
     * @param state      whether the sheet shows in Excel (always visible for CSV)
     */
    void startSheet(int sheetIndex, String sheetName, SheetState state);

    /**
     * @param rowNumber the 1-based row number a liaison sees
     * @param cells     cell text by column, null when absent
     * @param problems  cells of the row that could not be read as values (their text is null or the error shown)
     */
    void row(int rowNumber, String[] cells, List<CellProblem> problems);

    void endSheet();
}
