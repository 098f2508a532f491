package org.reformreport.intake.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormFileReaderTest {

    @TempDir
    Path dir;

    private final FormFileReader reader = new FormFileReader(50L * 1024 * 1024);

    private CollectingHandler read(Path file) throws UnreadableFileException {
        CollectingHandler handler = new CollectingHandler();
        reader.read(file, handler);
        return handler;
    }

    @Test
    void xlsxCellsComeOutCanonicalWhateverTheirDisplayFormat() throws Exception {
        Path file = dir.resolve("周报.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CreationHelper helper = wb.getCreationHelper();
            CellStyle chineseDate = wb.createCellStyle();
            chineseDate.setDataFormat(helper.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle oneDecimal = wb.createCellStyle();
            oneDecimal.setDataFormat(helper.createDataFormat().getFormat("0.0"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(helper.createDataFormat().getFormat("0%"));
            XSSFSheet sheet = wb.createSheet("第1周(10.5-10.11)");
            sheet.createRow(0).createCell(0).setCellValue("平川区宣传报道周报表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            XSSFRow header = sheet.createRow(1);
            header.createCell(0).setCellValue("单位编码");
            header.createCell(1).setCellValue("周起始日");
            header.createCell(2).setCellValue("中央媒体");
            XSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue("CZJD");
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2026, 10, 5));
            date.setCellStyle(chineseDate);
            var count = row.createCell(2);
            count.setCellValue(3);
            count.setCellStyle(oneDecimal);
            row.createCell(3).setCellValue(2.5);
            var pct = row.createCell(5);
            pct.setCellValue(0.8);
            pct.setCellStyle(percent);
            wb.createSheet("第2周").createRow(4).createCell(2).setCellValue("x");
            wb.write(out);
        }
        CollectingHandler h = read(file);
        assertThat(h.sheets).containsExactly("第1周(10.5-10.11)", "第2周");
        assertThat(h.row("第1周(10.5-10.11)", 1).cells()).first().isEqualTo("平川区宣传报道周报表");
        assertThat(h.row("第1周(10.5-10.11)", 3).cells()).containsExactly("CZJD", "2026-10-05", "3", "2.5", null, "80%");
        assertThat(h.row("第2周", 5).cells()).containsExactly(null, null, "x");
    }

    @Test
    void chineseBuiltInDateFormatsReadAsDates() throws Exception {
        Path file = dir.resolve("builtin.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("S").createRow(0);
            int column = 0;
            for (short id : new short[] {27, 31, 57, 58}) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(id); // Chinese Excel stores 年月日 formats by id only
                var cell = row.createCell(column++);
                cell.setCellValue(LocalDate.of(2026, 10, 20));
                cell.setCellStyle(style);
            }
            wb.write(out);
        }
        assertThat(read(file).row("S", 1).cells())
                .containsExactly("2026-10-20", "2026-10-20", "2026-10-20", "2026-10-20");
    }

    @Test
    void datesOfAMacWorkbookCountFrom1904() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var row = wb.createSheet("S").createRow(0);
            var cell = row.createCell(0);
            cell.setCellValue(LocalDate.of(2026, 10, 12));
            cell.setCellStyle(date);
            var serial = row.createCell(1);
            serial.setCellValue(1.0); // a plain number stays a number, whatever the epoch
            wb.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            // the serial really is 1904-based: read as 1900-based it would be 2022-10-11
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getNumericCellValue())
                    .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2026, 10, 12).atStartOfDay(), true))
                    .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2022, 10, 11).atStartOfDay(), false));
        }
        assertThat(read(file).row("S", 1).cells()).containsExactly("2026-10-12", "1");
    }

    @Test
    void formulaCellsReadTheirResultAndSayWhenThereIsNone() throws Exception {
        Path file = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("S").createRow(4);
            row.createCell(0).setCellValue(2);
            row.createCell(1).setCellFormula("A5*2"); // as scripts write them: no result
            var cached = row.createCell(2);
            cached.setCellFormula("A5+1");
            cached.setCellValue(3); // result saved, as Excel does
            var text = row.createCell(3);
            text.setCellFormula("\"CZ\"&\"JD\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(text);
            var divided = row.createCell(4);
            divided.setCellFormula("A5/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(divided);
            row.createCell(5).setCellErrorValue(FormulaError.REF); // an error left in a plain cell
            wb.write(out);
        }
        CollectingHandler.Row row = read(file).row("S", 5);
        assertThat(row.cells()).containsExactly("2", null, "3", "CZJD", "#DIV/0!", "#REF!");
        assertThat(row.problems())
                .containsExactly(
                        new CellProblem(1, "B5", "为公式且无计算结果，请在Excel中打开并保存后重新报送"),
                        new CellProblem(4, "E5", "为错误值#DIV/0!，请更正后重新报送"),
                        new CellProblem(5, "F5", "为错误值#REF!，请更正后重新报送"));
    }

    @Test
    void formulaCellsWithoutAReferenceAreStillPlacedAndNamed() throws Exception {
        Path file = dir.resolve("noref.xlsx");
        HostileFiles.withSheetXml(
                file,
                xml -> xml.replace("<c r=\"C2\" t=\"n\" s=\"0\"><v>1.0</v></c>", "<c><f>SUM(1,2)</f></c>")
                        .replace("<c r=\"D2\" t=\"n\" s=\"0\"><v>1.0</v></c>", "<c t=\"str\"><f>\"\"</f><v></v></c>"));
        CollectingHandler.Row row = read(file).row("第1周", 2);
        assertThat(row.cells()).containsExactly("CZJD", "2026-10-05", null, "", "1", "1", "1");
        assertThat(row.problems()).containsExactly(new CellProblem(2, "C2", "为公式且无计算结果，请在Excel中打开并保存后重新报送"));
    }

    @Test
    void hiddenSheetsAreReadAndKnownAsHidden() throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("第1周").createRow(0).createCell(0).setCellValue("a");
            wb.createSheet("第2周").createRow(0).createCell(0).setCellValue("b");
            wb.createSheet("下拉").createRow(0).createCell(0).setCellValue("c");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            wb.write(out);
        }
        CollectingHandler h = read(file);
        assertThat(h.sheets).containsExactly("第1周", "第2周", "下拉");
        assertThat(h.states).containsExactly(SheetState.VISIBLE, SheetState.HIDDEN, SheetState.VERY_HIDDEN);
        assertThat(h.row("下拉", 1).cells()).containsExactly("c");
    }

    @Test
    void phoneticGuidesAreNotPartOfTheText() throws Exception {
        Path file = dir.resolve("pinyin.xlsx");
        HostileFiles.withSheetXml(
                file,
                xml -> xml.replace(
                        "<c r=\"B2\" t=\"s\" s=\"0\"><v>8</v></c>",
                        "<c r=\"B2\" t=\"inlineStr\"><is><t>2026-10-05</t></is></c>"));
        // shared strings with a phonetic run, as Excel writes 拼音指南
        Path edited = dir.resolve("pinyin2.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(edited))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace(
                                    "<t>CZJD</t>",
                                    "<r><t>CZ</t></r><r><t>JD</t></r><rPh sb=\"0\" eb=\"1\"><t>chángzhēng</t></rPh>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        assertThat(read(edited).row("第1周", 2).cells()).startsWith("CZJD", "2026-10-05");
    }

    @Test
    void aWorkbookWithoutStylesReadsAsUnformatted() throws Exception {
        Path file = dir.resolve("nostyles.xlsx");
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(HostileFiles.smallTally()));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/styles.xml")) {
                    continue;
                }
                String text = new String(data, StandardCharsets.UTF_8);
                if (e.getName().equals("[Content_Types].xml") || e.getName().equals("xl/_rels/workbook.xml.rels")) {
                    data = text.replaceAll("<(Override|Relationship) [^>]*styles[^>]*/>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        assertThat(read(file).row("第1周", 2).cells()).containsExactly("CZJD", "2026-10-05", "1", "1", "1", "1", "1");
    }

    @Test
    void csvInGbkUtf8AndUtf8WithBomReadTheSame() throws Exception {
        String text = "单位编码,单位名称,周起始日,备注\r\nCZJD,长征街道,2026年10月5日,\"含逗号,和\r\n换行\"\r\n\r\n";
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes("GBK"));
        Path utf8 = dir.resolve("utf8.csv");
        Files.write(utf8, text.getBytes(StandardCharsets.UTF_8));
        Path bom = dir.resolve("bom.csv");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        for (Path file : new Path[] {gbk, utf8, bom}) {
            CollectingHandler h = read(file);
            assertThat(h.sheets).containsExactly("");
            assertThat(h.row("", 1).cells()).containsExactly("单位编码", "单位名称", "周起始日", "备注");
            assertThat(h.row("", 2).cells()).containsExactly("CZJD", "长征街道", "2026年10月5日", "含逗号,和\r\n换行");
            assertThat(h.rows).hasSize(3);
        }
        assertThat(CsvCharset.detect(gbk).charset()).isEqualTo(CsvCharset.GB18030);
        assertThat(CsvCharset.detect(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvCharset.detect(bom).bomLength()).isEqualTo(3);
    }

    @Test
    void aShortGbkFileIsNotMistakenForAnotherEncoding() throws Exception {
        Path file = dir.resolve("short.csv");
        Files.write(file, "单位编码,周起始日\r\nCZJD,2026-10-05\r\n".getBytes("GBK"));
        assertThat(read(file).row("", 1).cells()).containsExactly("单位编码", "周起始日");
    }

    @Test
    void hostileAndBrokenFilesAreReportedAsAWhole() throws Exception {
        Path random = dir.resolve("random.xlsx");
        HostileFiles.randomBytes(random);
        assertThatThrownBy(() -> read(random))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("不是有效的xlsx文件");

        Path truncated = dir.resolve("truncated.xlsx");
        HostileFiles.truncated(truncated);
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(UnreadableFileException.class);

        Path xxe = dir.resolve("xxe.xlsx");
        HostileFiles.externalEntity(xxe);
        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("XML无法解析");

        Path bomb = dir.resolve("bomb.xlsx");
        HostileFiles.zipBomb(bomb);
        assertThat(Files.size(bomb)).isLessThan(5L * 1024 * 1024);
        assertThatThrownBy(() -> read(bomb))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("压缩炸弹");

        Path encrypted = dir.resolve("encrypted.xlsx");
        HostileFiles.encrypted(encrypted);
        assertThatThrownBy(() -> read(encrypted))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("密码");

        Path xls = dir.resolve("old.xlsx");
        HostileFiles.legacyXls(xls);
        assertThatThrownBy(() -> read(xls))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("97-2003");

        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> read(empty)).hasMessageContaining("文件为空");

        Path other = dir.resolve("周报.xls");
        Files.write(other, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> read(other)).hasMessageContaining("不是.xlsx或.csv文件");
    }

    @Test
    void filesOverTheSizeLimitAreRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[2048]);
        assertThatThrownBy(() -> new FormFileReader(1024).read(big, new CollectingHandler()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("文件过大");
    }
}
