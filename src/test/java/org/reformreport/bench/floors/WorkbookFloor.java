package org.reformreport.bench.floors;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Floor for the workbook stage: the three big sheets of the month's workbook written with bare
 * SXSSF (window 200, compressed temp files), styles created once. No project code.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.reformreport.bench.floors.WorkbookFloor -Dexec.args="10000 /tmp/workbook-floor.xlsx"
 * </pre>
 * Args: {@code <units> <outFile>}. Prints {@code FLOOR workbook units=.. rows=.. seconds=.. file_kb=..}.
 */
public final class WorkbookFloor {

    static final String[] STATUS = {"按时", "按时", "按时", "按时", "迟报", "缺报"}; // mostly on time
    static final String[] KINDS = {"中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体"};
    static final String[] TOWNS = {"和平街道", "新华街道", "解放街道", "建设街道", "朝阳镇", "红旗镇", "长安街道", "东风镇"};
    static final String[] OFFICES = {"党政办公室", "宣传统战办", "综合治理办", "社区服务中心", "城市管理科", "财政所"};

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(args[0]);
        File out = new File(args[1]);
        long start = System.nanoTime();
        Random rnd = new Random(7);
        long rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true); // as production: gzip the per-sheet temp files
            // A few styles, created once and shared by every cell (per-cell styles would be the slow path).
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            String[] names = new String[units];
            for (int u = 0; u < units; u++) {
                names[u] = TOWNS[u % TOWNS.length] + OFFICES[(u / TOWNS.length) % OFFICES.length] + (u / 48 + 1) + "组";
            }

            // 1. Summary: one row per unit, 3 text + 31 numbers (per-day counts, then totals).
            Sheet summary = sheet(
                    wb,
                    "汇总",
                    header,
                    34,
                    i -> i == 0 ? "单位编码" : i == 1 ? "单位名称" : i == 2 ? "所属街镇" : i < 33 ? (i - 2) + "日" : "合计");
            for (int u = 0; u < units; u++) {
                Row r = summary.createRow(u + 1);
                r.createCell(0).setCellValue(code(u));
                r.createCell(1).setCellValue(names[u]);
                r.createCell(2).setCellValue(TOWNS[u % TOWNS.length]);
                int sum = 0;
                for (int c = 3; c < 33; c++) {
                    int v = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(9);
                    sum += v;
                    num(r, c, v, number);
                }
                num(r, 33, sum, number);
            }
            rows += units;

            // 2. Detail: five rows per unit (one per media kind), 20 columns of text, ints and dates.
            Sheet detail = sheet(
                    wb,
                    "明细",
                    header,
                    20,
                    i -> i == 0
                            ? "单位编码"
                            : i == 1
                                    ? "单位名称"
                                    : i == 2
                                            ? "类别"
                                            : i == 3
                                                    ? "周起始日"
                                                    : i == 4
                                                            ? "填报日期"
                                                            : i < 17
                                                                    ? "指标" + (i - 4)
                                                                    : i == 17 ? "填报人" : i == 18 ? "得分" : "备注");
            LocalDate monday = LocalDate.of(2026, 10, 5);
            for (int u = 0; u < units; u++) {
                for (int k = 0; k < 5; k++) {
                    Row r = detail.createRow(u * 5 + k + 1);
                    r.createCell(0).setCellValue(code(u));
                    r.createCell(1).setCellValue(names[u]);
                    r.createCell(2).setCellValue(KINDS[k]);
                    LocalDate week = monday.plusWeeks(rnd.nextInt(4));
                    dateCell(r, 3, week, date);
                    dateCell(r, 4, week.plusDays(4), date);
                    for (int c = 5; c < 17; c++) {
                        num(r, c, rnd.nextInt(20), number);
                    }
                    r.createCell(17).setCellValue("填报员" + (u % 97));
                    Cell score = r.createCell(18);
                    score.setCellValue(rnd.nextInt(10000) / 100.0);
                    score.setCellStyle(decimal);
                    if (rnd.nextInt(10) < 3) {
                        r.createCell(19).setCellValue("含转载稿件");
                    }
                }
            }
            rows += units * 5L;

            // 3. Submissions: per unit the four weeks' status, counts and a remark.
            Sheet subs = sheet(
                    wb,
                    "报送情况",
                    header,
                    8,
                    i -> new String[] {"单位编码", "单位名称", "第1周", "第2周", "第3周", "第4周", "按时次数", "说明"}[i]);
            for (int u = 0; u < units; u++) {
                Row r = subs.createRow(u + 1);
                r.createCell(0).setCellValue(code(u));
                r.createCell(1).setCellValue(names[u]);
                int onTime = 0;
                for (int w = 0; w < 4; w++) {
                    String s = STATUS[rnd.nextInt(STATUS.length)];
                    onTime += s.equals("按时") ? 1 : 0;
                    r.createCell(2 + w).setCellValue(s);
                }
                num(r, 6, onTime, number);
                r.createCell(7).setCellValue(onTime == 4 ? "全部按时" : "存在迟报或缺报");
            }
            rows += units;

            try (OutputStream os = new BufferedOutputStream(new FileOutputStream(out), 64 * 1024)) {
                wb.write(os);
            }
        } // close() deletes the temp files; counted, since the job pays it too
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(
                Locale.ROOT,
                "FLOOR workbook units=%d rows=%d seconds=%.2f file_kb=%d",
                units,
                rows,
                seconds,
                out.length() / 1024));
    }

    /** A sheet with its header row, fixed column widths (no autosize: it needs all rows) and a frozen header. */
    static Sheet sheet(
            SXSSFWorkbook wb,
            String name,
            CellStyle header,
            int columns,
            java.util.function.IntFunction<String> title) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(title.apply(c));
            cell.setCellStyle(header);
            s.setColumnWidth(c, (c == 1 ? 28 : 10) * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    static String code(int u) {
        return String.format(Locale.ROOT, "U%05d", u + 1);
    }

    static void num(Row r, int c, double v, CellStyle style) {
        Cell cell = r.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    static void dateCell(Row r, int c, LocalDate d, CellStyle style) {
        Cell cell = r.createCell(c);
        cell.setCellValue(d);
        cell.setCellStyle(style);
    }
}
