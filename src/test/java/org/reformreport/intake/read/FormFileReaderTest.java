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
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
        assertThat(read(file).row("S", 1).cells()).containsExactly("2026-10-20", "2026-10-20", "2026-10-20",
                "2026-10-20");
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
        assertThatThrownBy(() -> read(random)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("不是有效的xlsx文件");

        Path truncated = dir.resolve("truncated.xlsx");
        HostileFiles.truncated(truncated);
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(UnreadableFileException.class);

        Path xxe = dir.resolve("xxe.xlsx");
        HostileFiles.externalEntity(xxe);
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("XML无法解析");

        Path bomb = dir.resolve("bomb.xlsx");
        HostileFiles.zipBomb(bomb);
        assertThat(Files.size(bomb)).isLessThan(5L * 1024 * 1024);
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("压缩炸弹");

        Path encrypted = dir.resolve("encrypted.xlsx");
        HostileFiles.encrypted(encrypted);
        assertThatThrownBy(() -> read(encrypted)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("密码");

        Path xls = dir.resolve("old.xlsx");
        HostileFiles.legacyXls(xls);
        assertThatThrownBy(() -> read(xls)).isInstanceOf(UnreadableFileException.class)
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
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("文件过大");
    }
}
