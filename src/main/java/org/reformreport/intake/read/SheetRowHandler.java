package org.reformreport.intake.read;

/** Receives the rows of a form file, sheet by sheet, as cell text. */
public interface SheetRowHandler {

    /** @param sheetIndex 0-based position of the sheet; @param sheetName empty for CSV */
    void startSheet(int sheetIndex, String sheetName);

    /** @param rowNumber the 1-based row number a liaison sees; @param cells cell text by column, null when absent */
    void row(int rowNumber, String[] cells);

    void endSheet();
}
