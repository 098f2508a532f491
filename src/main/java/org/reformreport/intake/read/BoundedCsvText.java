package org.reformreport.intake.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A CSV's text on its way to the parser, which builds a whole record (every field, every column)
 * before handing it on: a line of millions of commas, or one field of 50 MB, would be built in memory
 * first. Counted here without regard to quotes (a quoted comma or line break only makes the counts
 * smaller), a stretch of more than maxCellChars characters without a comma or line break is one
 * field too long for any cell, and more than Excel's 16,384 columns on a line is no form.
 */
final class BoundedCsvText extends FilterReader {

    private final int maxCellChars;
    private int sinceComma;
    private int commasOnLine;
    private long line = 1;

    BoundedCsvText(Reader in, int maxCellChars) {
        super(in);
        this.maxCellChars = maxCellChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = off; i < off + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(char c) {
        if (c == '\n' || c == '\r') {
            sinceComma = 0;
            commasOnLine = 0;
            line += c == '\n' ? 1 : 0;
        } else if (c == ',') {
            sinceComma = 0;
            if (++commasOnLine >= ReadLimits.EXCEL_MAX_COLUMNS) {
                throw new ReadLimitException(
                        "CSV文件第" + line + "行超过" + ReadLimits.EXCEL_MAX_COLUMNS + "列（Excel的列数上限），不是正常的报表，已拒绝读取");
            }
        } else if (++sinceComma > maxCellChars) {
            throw new ReadLimitException("CSV文件第" + line + "行有超过" + maxCellChars + "个字符的单元格内容（上限），已拒绝读取");
        }
    }
}
