package org.reformreport.intake;

/**
 * Where a row was read: the file (as named in the inbox, with its import sequence), the sheet and
 * the row number a liaison sees in Excel (for CSV, the record number counting the header).
 */
public record SourcePosition(long fileId, String fileName, int sheetIndex, String sheetName, int rowNumber) {

    @Override
    public String toString() {
        return fileName + (sheetName.isEmpty() ? "" : "/" + sheetName) + " 第" + rowNumber + "行";
    }
}
