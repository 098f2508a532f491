package org.reformreport.bench.floors;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Generates the input of {@link IntakeFloor}: one weekly liaison form as a unit would send it (a
 * title row, the header row, then data rows), written with bare SXSSF. Deterministic (fixed seed).
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.reformreport.bench.floors.IntakeFloorData -Dexec.args="200000 /tmp/intake-200k.xlsx"
 * </pre>
 * Args: {@code <rows> <outFile>}. Prints {@code FLOOR intake-data rows=.. seconds=.. file_kb=..}.
 */
public final class IntakeFloorData {

    static final String[] HEADER = {
        "单位编码", "单位名称", "周起始日", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传", "填报人",
        "填报日期", "备注"
    };

    // Parts of plausible unit names: 区 + 街道/镇 + office.
    static final String[] DISTRICTS = {"东城", "西城", "南岗", "北湖", "江岸", "河西", "高新", "经开", "滨海", "城关"};
    static final String[] TOWNS = {
        "和平街道", "新华街道", "解放街道", "人民路街道", "建设街道", "朝阳镇", "红旗镇", "长安街道", "文化街道", "东风镇", "胜利街道", "光明街道"
    };
    static final String[] OFFICES = {
        "党政办公室", "宣传统战办", "综合治理办", "社区服务中心", "城市管理科", "经济发展办", "社会事务科", "文化服务站", "应急管理办", "财政所"
    };
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌";
    static final String[] REMARKS = {
        "本周有专题报道", "含转载稿件两篇", "一把手访谈已录制待播", "典型案例待审核", "舆论监督件已办结", "政务新媒体推文阅读量较高", "补报上周漏报数据", "社会宣传活动一场", "节假日顺延报送"
    };

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        String out = args[1];
        long start = System.nanoTime();
        Random rnd = new Random(42);
        // Four Mondays of the month per unit, so units = rows / 4 (U00001...).
        LocalDate[] mondays = {
            LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 10, 19),
            LocalDate.of(2026, 10, 26)
        };
        // Shared strings table on, as in files saved by Excel/WPS, so the reader's string lookup is exercised.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true)) {
            CellStyle title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title.setFont(big);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet sheet = wb.createSheet("填报表");
            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue("2026年10月改革宣传工作周报表");
            t.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row h = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            String name = null;
            String filler = null;
            for (int i = 0; i < rows; i++) {
                int unit = i / 4 + 1;
                if (i % 4 == 0) { // a new unit: new name and filler
                    name = DISTRICTS[rnd.nextInt(DISTRICTS.length)] + "区" + TOWNS[rnd.nextInt(TOWNS.length)]
                            + OFFICES[rnd.nextInt(OFFICES.length)];
                    filler = "" + SURNAMES.charAt(rnd.nextInt(SURNAMES.length()))
                            + GIVEN.charAt(rnd.nextInt(GIVEN.length()))
                            + (rnd.nextBoolean() ? "" + GIVEN.charAt(rnd.nextInt(GIVEN.length())) : "");
                }
                LocalDate monday = mondays[i % 4];
                Row r = sheet.createRow(i + 2);
                r.createCell(0).setCellValue(String.format(Locale.ROOT, "U%05d", unit));
                r.createCell(1).setCellValue(name);
                r.createCell(2).setCellValue(monday.toString()); // text, as the units type it
                for (int c = 3; c <= 12; c++) {
                    r.createCell(c).setCellValue(rnd.nextInt(10) < 4 ? 0 : rnd.nextInt(12));
                }
                r.createCell(13).setCellValue(filler);
                Cell filled = r.createCell(14); // a real date cell, formatted yyyy-mm-dd
                filled.setCellValue(monday.plusDays(4 + rnd.nextInt(3)));
                filled.setCellStyle(date);
                if (rnd.nextInt(10) < 3) {
                    r.createCell(15).setCellValue(REMARKS[rnd.nextInt(REMARKS.length)]);
                }
            }
            try (OutputStream os = new BufferedOutputStream(new FileOutputStream(out))) {
                wb.write(os);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(
                Locale.ROOT,
                "FLOOR intake-data rows=%d seconds=%.2f file_kb=%d",
                rows,
                seconds,
                new java.io.File(out).length() / 1024));
    }
}
