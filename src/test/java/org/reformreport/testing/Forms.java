package org.reformreport.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes form files for tests: xlsx sheets from rows of values, CSV in a chosen charset. */
public final class Forms {

    public static final List<String> TALLY_HEADER = List.of(
            "单位编码", "单位名称", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传",
            "填报人", "填报日期", "备注");
    public static final List<String> PROGRESS_HEADER = List.of(
            "任务编号", "报送单位编码", "报送月份", "进展状态", "完成进度", "本月进展", "主要成效", "存在问题", "下步打算", "典型经验", "推广层级", "填报人", "填报日期");

    private Forms() {}

    /**
     * A formula cell: with its result saved (as Excel saves it; POI works it out) or without (as
     * scripts and exporters write them).
     */
    public record Formula(String formula, boolean withResult) {}

    /** A cell holding an error value (#REF!, #N/A …) as Excel shows it. */
    public record ErrorValue(FormulaError error) {}

    /**
     * A workbook builder: sheets in order, each a list of rows (null = skipped row); LocalDate → date
     * cell, {@link Formula} and {@link ErrorValue} as said there.
     */
    public static final class Workbook {
        private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        private final Map<String, SheetVisibility> visibility = new LinkedHashMap<>();
        private boolean date1904;

        public Workbook sheet(String name, List<List<Object>> rows) {
            sheets.put(name, rows);
            return this;
        }

        /** The Mac date system: date serials count from 1904-01-01 (Excel for Mac's old default). */
        public Workbook date1904() {
            date1904 = true;
            return this;
        }

        public Workbook hide(String sheet, SheetVisibility how) {
            visibility.put(sheet, how);
            return this;
        }

        public Path write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            try (XSSFWorkbook wb = new XSSFWorkbook();
                    OutputStream out = Files.newOutputStream(file)) {
                wb.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
                List<XSSFCell> toEvaluate = new java.util.ArrayList<>();
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                sheets.forEach((name, rows) -> {
                    XSSFSheet sheet = wb.createSheet(name);
                    for (int r = 0; r < rows.size(); r++) {
                        List<Object> values = rows.get(r);
                        if (values == null) {
                            continue;
                        }
                        XSSFRow row = sheet.createRow(r);
                        for (int c = 0; c < values.size(); c++) {
                            Object v = values.get(c);
                            if (v == null) {
                                continue;
                            }
                            XSSFCell cell = row.createCell(c);
                            if (v instanceof LocalDate d) {
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            } else if (v instanceof Formula f) {
                                cell.setCellFormula(f.formula());
                                if (f.withResult()) {
                                    toEvaluate.add(cell);
                                }
                            } else if (v instanceof ErrorValue e) {
                                cell.setCellErrorValue(e.error());
                            } else if (v instanceof Number n) {
                                cell.setCellValue(n.doubleValue());
                            } else {
                                cell.setCellValue(v.toString());
                            }
                        }
                    }
                });
                var evaluator = wb.getCreationHelper().createFormulaEvaluator();
                toEvaluate.forEach(evaluator::evaluateFormulaCell);
                visibility.forEach((name, how) -> wb.setSheetVisibility(wb.getSheetIndex(name), how));
                wb.write(out);
            }
            return file;
        }
    }

    public static Path csv(Path file, Charset charset, boolean bom, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i) == null ? "" : row.get(i);
                if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                    v = "\"" + v.replace("\"", "\"\"") + "\"";
                }
                sb.append(i == 0 ? "" : ",").append(v);
            }
            sb.append("\r\n");
        }
        byte[] body = sb.toString().getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }

    /** A tally row in TALLY_HEADER order: counts are the five media then the five others. */
    public static List<Object> tally(String unit, Object weekStart, int[] counts, Object filledDate) {
        List<Object> row = new java.util.ArrayList<>();
        row.add(unit);
        row.add(null);
        row.add(weekStart);
        for (int c : counts) {
            row.add(c);
        }
        row.add("联络员");
        row.add(filledDate);
        row.add(null);
        return row;
    }
}
