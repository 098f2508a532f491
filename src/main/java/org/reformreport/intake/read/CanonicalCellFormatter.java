package org.reformreport.intake.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into canonical text instead of their on-screen look: dates become
 * {@code yyyy-MM-dd} whatever their display format, numbers their plain value (so "3" shown as
 * "3.0" stays 3 and 2.5 stays 2.5), percentages "80%". The form rules then parse one spelling.
 * Date serials count from the workbook's epoch: 1900, or 1904 for workbooks saved with the Mac
 * date system (workbook.xml {@code <workbookPr date1904="1"/>}), whose serials are 1,462 days smaller.
 *
 * <p>{@link #formatRawCellContents(double, int, String)} is the rule; {@link #format} gives the same
 * text for a style's format decided once ({@link CellFormats}), whole numbers without BigDecimal and
 * each date serial worked out once per file (CanonicalCellFormatterTest holds the two together).
 */
final class CanonicalCellFormatter extends DataFormatter {

    /** Whole numbers below this are exact in a double and print as their digits. */
    static final double PLAIN_WHOLE_LIMIT = 1e15;
    /** Date serials remembered per file; a form holds a few dozen distinct dates. */
    private static final int MAX_REMEMBERED_DATES = 4096;

    private final boolean date1904;
    private final Map<Double, String> dates = new HashMap<>();

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

    /**
     * The same text as {@link #formatRawCellContents(double, int, String)} for a cell of the given
     * format (whose pattern is not null), throwing where it throws (NaN, infinities).
     */
    String format(double value, CellFormats.Format format) {
        if (format.date() && DateUtil.isValidExcelDate(value)) {
            String date = dates.get(value);
            if (date == null) {
                date = DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
                if (dates.size() < MAX_REMEMBERED_DATES) {
                    dates.put(value, date);
                }
            }
            return date;
        }
        if (!format.percent() && Math.abs(value) < PLAIN_WHOLE_LIMIT && value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        BigDecimal number = new BigDecimal(Double.toString(value));
        if (format.percent()) {
            return plain(number.movePointRight(2)) + "%";
        }
        return plain(number);
    }

    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
