package org.reformreport.intake.read;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The number format of each cell style of a workbook, worked out once per style as POI's sheet
 * handler works it out for every number cell (a new XSSFCellStyle and a format look-up per cell, and
 * DateUtil's pattern matching whenever the format changes from the cell before, i.e. twice a row).
 * The styles are bounded by the styles part's size limit, so is this table.
 */
final class CellFormats {

    /** A style's number format, with what the canonical text depends on decided once. */
    record Format(short index, String pattern, boolean date, boolean percent) {
        static Format of(short index, String pattern) {
            return new Format(
                    index,
                    pattern,
                    pattern != null && DateUtil.isADateFormat(index, pattern),
                    pattern != null && pattern.contains("%") && !pattern.contains("\"%"));
        }
    }

    /** A cell without a usable style: POI hands on the stored text as it is. */
    static final Format NONE = new Format((short) -1, null, false, false);

    private final StylesTable styles;
    private final Format[] byIndex;
    private Format unstyled;

    CellFormats(StylesTable styles) {
        this.styles = styles;
        this.byIndex = new Format[Math.max(0, styles.getNumCellStyles())];
    }

    /**
     * The format of a number cell with the given {@code s} attribute (null when absent), as POI's
     * handler takes it: style 0 when absent, none for an index beyond the styles; an index that is
     * not a number throws as it does in POI (the file is refused).
     */
    Format of(String styleAttribute) {
        if (styleAttribute == null) {
            if (unstyled == null) {
                unstyled = styles.getNumCellStyles() > 0 ? from(styles.getStyleAt(0)) : NONE;
            }
            return unstyled;
        }
        int index = Integer.parseInt(styleAttribute.trim());
        if (index < 0 || index >= byIndex.length) {
            return from(styles.getStyleAt(index));
        }
        Format f = byIndex[index];
        if (f == null) {
            f = from(styles.getStyleAt(index));
            byIndex[index] = f;
        }
        return f;
    }

    private static Format from(XSSFCellStyle style) {
        if (style == null) {
            return NONE;
        }
        short index = style.getDataFormat();
        String pattern = style.getDataFormatString();
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(index);
        }
        return pattern == null ? new Format(index, null, false, false) : Format.of(index, pattern);
    }
}
