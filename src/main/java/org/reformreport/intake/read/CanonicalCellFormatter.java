package org.reformreport.intake.read;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into canonical text instead of their on-screen look: dates become
 * {@code yyyy-MM-dd} whatever their display format, numbers their plain value (so "3" shown as
 * "3.0" stays 3 and 2.5 stays 2.5), percentages "80%". The form rules then parse one spelling.
 * Date serials count from the workbook's epoch: 1900, or 1904 for workbooks saved with the Mac
 * date system (workbook.xml {@code <workbookPr date1904="1"/>}), whose serials are 1,462 days smaller.
 */
final class CanonicalCellFormatter extends DataFormatter {

    private final boolean date1904;

    CanonicalCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    /** What POI's sheet handler calls: it knows no epoch, so the workbook's is applied here. */
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
        }
        BigDecimal number = new BigDecimal(Double.toString(value));
        if (formatString != null && formatString.contains("%") && !formatString.contains("\"%")) {
            return plain(number.movePointRight(2)) + "%";
        }
        return plain(number);
    }

    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
