package org.reformreport.outputs.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once (Excel allows only so many). Fonts follow the 公文 faces. */
final class Styles {

    static final String SONG = "宋体";
    static final String HEI = "黑体";

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapText;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle decimal2;
    final CellStyle date;
    final CellStyle totalLabel;
    final CellStyle totalInteger;
    final CellStyle totalPercent;
    final CellStyle onTime;
    final CellStyle late;
    final CellStyle missing;

    Styles(Workbook wb) {
        Font titleFont = font(wb, HEI, 16, true);
        Font headerFont = font(wb, HEI, 11, false);
        Font body = font(wb, SONG, 11, false);
        Font bold = font(wb, SONG, 11, true);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(wb, headerFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered(wb, body);
        wrapText = bordered(wb, body);
        wrapText.setWrapText(true);
        wrapText.setVerticalAlignment(VerticalAlignment.TOP);
        integer = numeric(wb, body, "0");
        percent = numeric(wb, body, "0.0%");
        decimal2 = numeric(wb, body, "0.00");
        date = numeric(wb, body, "yyyy-mm-dd");
        totalLabel = bordered(wb, bold);
        totalLabel.setAlignment(HorizontalAlignment.CENTER);
        totalInteger = numeric(wb, bold, "0");
        totalPercent = numeric(wb, bold, "0.0%");
        onTime = filled(wb, body, IndexedColors.LIGHT_GREEN);
        late = filled(wb, body, IndexedColors.LIGHT_YELLOW);
        missing = filled(wb, body, IndexedColors.ROSE);
    }

    private static Font font(Workbook wb, String name, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle bordered(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle numeric(Workbook wb, Font font, String format) {
        CellStyle s = bordered(wb, font);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }

    private static CellStyle filled(Workbook wb, Font font, IndexedColors color) {
        CellStyle s = bordered(wb, font);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
