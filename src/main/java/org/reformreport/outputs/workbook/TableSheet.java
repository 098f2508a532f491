package org.reformreport.outputs.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One printable table: a title row, a header row frozen and repeated on every printed page, rows
 * streamed below, widths that fit Chinese text (a CJK character is about two digits wide), A4
 * landscape one page wide, and a 第 N 页 共 M 页 footer.
 */
final class TableSheet {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    private static final int MAX_WIDTH_CHARS = 48;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int[] widths;
    private final org.reformreport.support.ContentFingerprint content;
    private int nextRow = HEADER_ROW + 1;
    private Row row;

    /** @param content takes every value written, so equal workbooks are known without comparing bytes */
    TableSheet(
            SXSSFWorkbook wb,
            Styles styles,
            String name,
            String title,
            List<String> headers,
            org.reformreport.support.ContentFingerprint content) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.content = content.add(name).add(title).add(headers);
        this.widths = new int[headers.size()];
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(30);
        Cell t = titleRow.createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title);
        if (headers.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, headers.size() - 1));
        }
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(32);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(styles.header);
            widths[i] = Math.max(displayWidth(headers.get(i)), 4);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /** The 1-based Excel row number the next row will have. */
    int nextExcelRow() {
        return nextRow + 1;
    }

    int firstDataExcelRow() {
        return HEADER_ROW + 2;
    }

    TableSheet newRow() {
        row = sheet.createRow(nextRow++);
        return this;
    }

    TableSheet text(int column, String value) {
        return text(column, value, styles.text);
    }

    TableSheet text(int column, String value, CellStyle style) {
        Cell c = cell(column, value);
        if (value != null) {
            c.setCellValue(value);
            widths[column] = Math.max(widths[column], displayWidth(value));
        }
        c.setCellStyle(style);
        return this;
    }

    TableSheet number(int column, long value) {
        return number(column, value, styles.integer);
    }

    TableSheet number(int column, long value, CellStyle style) {
        Cell c = cell(column, value);
        c.setCellValue(value);
        c.setCellStyle(style);
        widths[column] = Math.max(widths[column], Long.toString(value).length() + 1);
        return this;
    }

    /** A decimal number cell; null leaves the cell empty (e.g. 环比 on a zero base). */
    TableSheet decimal(int column, BigDecimal value, CellStyle style) {
        Cell c = cell(column, value);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
        widths[column] = Math.max(widths[column], 8);
        return this;
    }

    TableSheet date(int column, LocalDate value) {
        Cell c = cell(column, value);
        c.setCellValue(value);
        c.setCellStyle(styles.date);
        widths[column] = Math.max(widths[column], 11);
        return this;
    }

    /**
     * A live formula with its value cached: Excel recalculates on open, and readers that do not
     * (LibreOffice by default, previewers) still show the right number. A null value caches "".
     */
    TableSheet formula(int column, String formula, Double cachedValue, CellStyle style) {
        Cell c = cell(column, formula);
        c.setCellFormula(formula);
        if (cachedValue == null) {
            c.setCellValue("");
        } else {
            c.setCellValue(cachedValue);
        }
        c.setCellStyle(style);
        return this;
    }

    private Cell cell(int column, Object value) {
        content.add(row.getRowNum()).add(column).add(value);
        return row.createCell(column);
    }

    /** Sets the column widths from what was written; long text columns wrap instead of growing. */
    void finish() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(widths[i] + 2, MAX_WIDTH_CHARS) * 256);
        }
    }

    /** Width in digit widths: CJK and full-width characters count two. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += cp >= 0x2E80 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
