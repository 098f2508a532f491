package org.reformreport.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Turns the {@link FormFiles} model into real files in the inbox. */
final class FormWriter {

    /** Columns holding long free text: wrapped and wide. */
    private static final Set<String> LONG_TEXT = Set.of("本月进展", "主要成效", "存在问题", "下步打算", "典型经验", "备注", "任务名称");

    private FormWriter() {}

    static void write(Path inbox, FormFiles.DemoFile file) throws IOException {
        Path target = inbox.resolve(file.path());
        Files.createDirectories(target.getParent());
        if (file instanceof FormFiles.Workbook workbook) {
            writeWorkbook(target, workbook);
        } else if (file instanceof FormFiles.Csv csv) {
            writeCsv(target, csv);
        } else if (file instanceof FormFiles.Blob blob) {
            Files.write(target, blob.bytes());
        }
        // The intake falls back to the file date when 填报日期 is blank; keep even that stable.
        Files.setLastModifiedTime(
                target,
                FileTime.from(file.sentOn()
                        .atTime(10, 0)
                        .atZone(OfficeXlsx.OFFICE_ZONE)
                        .toInstant()));
    }

    private static void writeCsv(Path target, FormFiles.Csv csv) throws IOException {
        try (OutputStream raw = Files.newOutputStream(target);
                Writer out = new OutputStreamWriter(raw, csv.charset);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            if (csv.bom) {
                out.write('\uFEFF');
            }
            printer.printRecord(csv.header);
            for (Map<String, String> record : csv.records) {
                printer.printRecord(
                        csv.header.stream().map(h -> record.getOrDefault(h, "")).toList());
            }
        }
    }

    private static void writeWorkbook(Path target, FormFiles.Workbook model) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (FormFiles.Sheet sheetModel : model.sheets) {
                XSSFSheet sheet = workbook.createSheet(sheetModel.name);
                if (sheetModel.header == null) {
                    writeNotes(sheet, sheetModel, styles);
                } else {
                    writeTable(sheet, sheetModel, styles);
                }
            }
            String name = Path.of(model.path()).getFileName().toString();
            OfficeXlsx.fixProperties(workbook, model.sentOn(), name.substring(0, name.lastIndexOf('.')));
            OfficeXlsx.save(workbook, target, model.sentOn());
        }
    }

    private static void writeNotes(XSSFSheet sheet, FormFiles.Sheet model, Styles styles) {
        sheet.setColumnWidth(0, 100 * 256);
        for (int i = 0; i < model.notes.size(); i++) {
            XSSFCell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(model.notes.get(i));
            cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
        }
    }

    private static void writeTable(XSSFSheet sheet, FormFiles.Sheet model, Styles styles) {
        List<String> header = model.header;
        int rowIndex = 0;
        for (String title : model.titles) {
            XSSFRow row = sheet.createRow(rowIndex);
            XSSFCell cell = row.createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(rowIndex == 0 ? styles.title : styles.subtitle);
            row.setHeightInPoints(rowIndex == 0 ? 28 : 18);
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, header.size() - 1));
            rowIndex++;
        }
        XSSFRow headerRow = sheet.createRow(rowIndex++);
        for (int c = 0; c < header.size(); c++) {
            XSSFCell cell = headerRow.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, columnWidth(header.get(c)));
        }
        sheet.createFreezePane(0, rowIndex);
        for (Map<String, FormFiles.Cell> values : model.rows) {
            XSSFRow row = sheet.createRow(rowIndex++);
            for (int c = 0; c < header.size(); c++) {
                FormFiles.Cell value = values.get(header.get(c));
                if (value == null) {
                    continue;
                }
                XSSFCell cell = row.createCell(c);
                boolean wrap = LONG_TEXT.contains(header.get(c));
                if (value instanceof FormFiles.Text text) {
                    cell.setCellValue(text.value());
                    cell.setCellStyle(wrap ? styles.wrap : styles.text);
                } else if (value instanceof FormFiles.Num num) {
                    cell.setCellValue(num.value());
                    cell.setCellStyle(styles.number);
                } else if (value instanceof FormFiles.Day day) {
                    cell.setCellValue(day.value());
                    cell.setCellStyle(styles.date(day.format()));
                }
            }
        }
    }

    private static int columnWidth(String header) {
        if (LONG_TEXT.contains(header)) {
            return header.equals("备注") || header.equals("任务名称") ? 28 * 256 : 40 * 256;
        }
        return switch (header) {
            case "单位名称", "报送单位" -> 22 * 256;
            case "周起始日", "填报日期", "任务编号", "报送单位编码" -> 14 * 256;
            case "单位编码", "报送月份", "进展状态", "推广层级" -> 11 * 256;
            default -> OfficeXlsx.widthFor(header, 6, 14);
        };
    }

    private static final class Styles {
        private final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle number;
        private final Map<String, CellStyle> dates = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font titleFont = workbook.createFont();
            titleFont.setFontName("宋体");
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle = workbook.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.LEFT);

            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered();
            wrap = bordered();
            wrap.setWrapText(true);
            number = bordered();
            number.setAlignment(HorizontalAlignment.CENTER);
        }

        CellStyle date(String format) {
            return dates.computeIfAbsent(format, f -> {
                CellStyle style = bordered();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                style.setAlignment(HorizontalAlignment.CENTER);
                return style;
            });
        }

        private CellStyle bordered() {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
