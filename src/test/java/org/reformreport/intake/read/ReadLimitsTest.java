package org.reformreport.intake.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that would cost more than one file may (memory above all: the shared strings and styles
 * are held whole) are refused as a whole with a reason, under limits scaled down so the files stay
 * small; and the ordinary file still reads under the same limits.
 */
class ReadLimitsTest {

    private static final long MB = 1024L * 1024L;

    @TempDir
    Path dir;

    /** The defaults with one limit changed, by its settings name. */
    static ReadLimits with(String setting, long value) {
        ReadLimits d = ReadLimits.defaults();
        return new ReadLimits(
                d.maxFileBytes(),
                setting.equals("max-unpacked") ? value : d.maxUnpackedBytes(),
                setting.equals("max-shared-strings-bytes") ? value : d.maxSharedStringBytes(),
                setting.equals("max-shared-strings") ? (int) value : d.maxSharedStrings(),
                setting.equals("max-styles") ? value : d.maxStylesBytes(),
                setting.equals("max-cell-chars") ? (int) value : d.maxCellChars(),
                setting.equals("max-sheets") ? (int) value : d.maxSheets(),
                setting.equals("max-rows-per-sheet") ? (int) value : d.maxRowsPerSheet(),
                setting.equals("max-rows-per-file") ? value : d.maxRowsPerFile(),
                setting.equals("max-cells-per-sheet") ? value : d.maxCellsPerSheet(),
                setting.equals("max-cells-per-file") ? value : d.maxCellsPerFile());
    }

    /** Text that compresses only a few times over, so POI's own zip-bomb ratio check does not answer first. */
    private static String letters(int length, Random random) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static String runs(int count) {
        Random random = new Random(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("<r><t>").append(letters(4, random)).append("</t></r>");
        }
        return sb.toString();
    }

    private static CollectingHandler read(Path file, ReadLimits limits) throws UnreadableFileException {
        CollectingHandler handler = new CollectingHandler();
        new FormFileReader(limits).read(file, handler);
        return handler;
    }

    @Test
    void sharedStringsOverTheirLimitAreRefusedWhileInflatingEvenWhenTheZipUnderstatesTheirSize() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        HostileFiles.sharedStringsBomb(bomb, 3 * (int) MB);
        long inflated;
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            inflated = zip.getEntry("xl/sharedStrings.xml").getSize();
            // as in issue 11: a ratio POI's zip-bomb check lets through (it refuses below 1%)
            assertThat((double) zip.getEntry("xl/sharedStrings.xml").getCompressedSize() / inflated)
                    .isGreaterThan(0.05);
        }
        assertThat(inflated).isGreaterThan(2 * MB);
        ReadLimits limits = with("max-shared-strings-bytes", MB);
        assertThatThrownBy(() -> read(bomb, limits))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("文件中的文字内容（共享字符串）解压后超过1 MB（上限），已拒绝读取，请拆分后重新报送");

        HostileFiles.lieAboutSize(bomb, "xl/sharedStrings.xml", 1000);
        assertThatThrownBy(() -> read(bomb, limits))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("共享字符串）解压后超过1 MB");
        // the same file is read whole when the limit allows it
        assertThat(read(bomb, with("max-shared-strings-bytes", 4 * MB)).rows).hasSizeGreaterThan(1000);
    }

    @Test
    void theWholeFileIsBoundedTooCountingEveryPartAsItInflates() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        HostileFiles.sharedStringsBomb(bomb, 3 * (int) MB);
        assertThatThrownBy(() -> read(bomb, with("max-unpacked", 2 * MB))).hasMessage("文件解压后超过2 MB（上限），已拒绝读取，请拆分后重新报送");
    }

    @Test
    void tooManyDistinctStringsAreRefused() throws Exception {
        Path file = dir.resolve("many.xlsx");
        HostileFiles.sharedStringsBomb(file, 100_000);
        assertThatThrownBy(() -> read(file, with("max-shared-strings", 50)))
                .hasMessage("文件含超过50个不同的文字内容（上限），已拒绝读取，请拆分后重新报送");
    }

    @Test
    void oneHugeCellIsRefusedBeforeItIsBuiltWhetherSharedInlineOrAnAttribute() throws Exception {
        Path shared = dir.resolve("shared.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                var out = Files.newOutputStream(shared)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("长".repeat(32_767));
            wb.write(out);
        }
        assertThat(read(shared, ReadLimits.defaults()).row("S", 1).cells().get(0))
                .hasSize(32_767);
        assertThatThrownBy(() -> read(shared, with("max-cell-chars", 1000)))
                .hasMessage("文件中有超过1000个字符的单元格文字（上限），已拒绝读取");

        Path inline = dir.resolve("inline.xlsx");
        HostileFiles.withSheetXml(
                inline,
                xml -> xml.replace(
                        "<c r=\"A2\" t=\"s\" s=\"0\"><v>7</v></c>",
                        "<c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000) + "</t></is></c>"));
        assertThatThrownBy(() -> read(inline, ReadLimits.defaults()))
                .hasMessage("工作表“第1周”的单元格A2超过32767个字符（上限），已拒绝读取整个文件");

        // rich text runs add up within the cell
        Path runs = dir.resolve("runs.xlsx");
        HostileFiles.withSheetXml(
                runs,
                xml -> xml.replace(
                        "<c r=\"A2\" t=\"s\" s=\"0\"><v>7</v></c>",
                        "<c r=\"A2\" t=\"inlineStr\"><is>" + runs(9_000) + "</is></c>"));
        assertThatThrownBy(() -> read(runs, ReadLimits.defaults())).hasMessageContaining("单元格A2超过32767个字符");

        // an attribute is held whole by the XML parser: 2 MB without a tag is no workbook
        Path attribute = dir.resolve("attribute.xlsx");
        HostileFiles.withSheetXml(
                attribute,
                xml -> xml.replace(
                        "<c r=\"A2\" t=\"s\"", "<c r=\"A2\" x=\"" + letters(2 << 20, new Random(3)) + "\" t=\"s\""));
        assertThatThrownBy(() -> read(attribute, ReadLimits.defaults()))
                .hasMessage("文件含异常超长的内容（一段文字或属性超过1 MB），不是正常的Excel表格，已拒绝读取");
    }

    @Test
    void rowsCellsAndSheetsAreCountedPerSheetAndPerFile() throws Exception {
        Path file = dir.resolve("two.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                var out = Files.newOutputStream(file)) {
            for (String name : new String[] {"第1周", "第2周"}) {
                var sheet = wb.createSheet(name);
                for (int r = 0; r < 30; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < 4; c++) {
                        row.createCell(c).setCellValue(r * c);
                    }
                }
            }
            wb.write(out);
        }
        assertThat(read(file, with("max-rows-per-sheet", 30)).rows).hasSize(60);
        assertThatThrownBy(() -> read(file, with("max-rows-per-sheet", 29)))
                .hasMessage("工作表“第1周”超过29行（上限），已拒绝读取整个文件，请拆分后重新报送");
        assertThatThrownBy(() -> read(file, with("max-rows-per-file", 59))).hasMessage("文件超过59行（上限），已拒绝读取，请拆分后重新报送");
        assertThatThrownBy(() -> read(file, with("max-cells-per-sheet", 119)))
                .hasMessage("工作表“第1周”超过119个单元格（上限），已拒绝读取整个文件，请拆分后重新报送");
        assertThatThrownBy(() -> read(file, with("max-cells-per-file", 239)))
                .hasMessage("文件超过239个单元格（上限），已拒绝读取，请拆分后重新报送");
        assertThat(read(file, with("max-sheets", 2)).sheets).hasSize(2);
        assertThatThrownBy(() -> read(file, with("max-sheets", 1))).hasMessage("文件超过1个工作表（上限），已拒绝读取，请拆分后重新报送");
    }

    @Test
    void whatPoiParsesWholeOnOpeningIsBoundedBeforeItOpens() throws Exception {
        Path entries = dir.resolve("entries.xlsx");
        HostileFiles.tooManyEntries(entries, 1000);
        assertThatThrownBy(() -> read(entries, ReadLimits.defaults()))
                .hasMessageStartingWith("文件内含1009个部件，超过1000个（上限）");

        Path rels = dir.resolve("rels.xlsx");
        HostileFiles.bloatedRelationships(rels, 9 << 20);
        assertThat(Files.size(rels)).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(rels, ReadLimits.defaults()))
                .hasMessage("文件的结构部件“_rels/.rels”解压后超过8 MB，不是正常的Excel表格，已拒绝读取");

        Path styles = dir.resolve("styles.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                var out = Files.newOutputStream(styles)) {
            var row = wb.createSheet("S").createRow(0);
            for (int i = 0; i < 1000; i++) {
                var style = wb.createCellStyle();
                style.setRotation((short) (i % 90));
                style.setIndention((short) (i % 15));
                row.createCell(i % 100).setCellStyle(style);
            }
            wb.write(out);
        }
        assertThat(Files.size(styles)).isLessThan(100_000);
        assertThatThrownBy(() -> read(styles, with("max-styles", 50_000)))
                .hasMessage("文件的样式表解压后超过49 KB（上限），已拒绝读取（可在Excel中清除多余的单元格格式后重新报送）");
        assertThat(read(styles, ReadLimits.defaults()).sheets).containsExactly("S");
    }

    @Test
    void cellsBeyondExcelsLastColumnOrRowAreRefusedNotAllocated() throws Exception {
        Path column = dir.resolve("column.xlsx");
        HostileFiles.withSheetXml(column, xml -> xml.replace("<c r=\"G2\"", "<c r=\"XFE2\""));
        assertThatThrownBy(() -> read(column, ReadLimits.defaults())).hasMessageStartingWith("工作表“第1周”的单元格位置“XFE2”无效");
        Path last = dir.resolve("last.xlsx");
        HostileFiles.withSheetXml(last, xml -> xml.replace("<c r=\"G2\"", "<c r=\"XFD2\""));
        assertThat(read(last, ReadLimits.defaults()).row("第1周", 2).cells()).hasSize(16_384);
        Path row = dir.resolve("row.xlsx");
        HostileFiles.withSheetXml(row, xml -> xml.replace("<row r=\"2\"", "<row r=\"99999999999\""));
        assertThatThrownBy(() -> read(row, ReadLimits.defaults())).hasMessageStartingWith("工作表“第1周”的行号“99999999999”超出");
    }

    @Test
    void csvLinesAndFieldsTooLongForAnyFormAreRefusedBeforeTheParserBuildsThem() throws Exception {
        Path commas = dir.resolve("commas.csv");
        Files.writeString(commas, "单位编码,周起始日\r\nCZJD," + ",".repeat(20_000) + "\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(commas, ReadLimits.defaults()))
                .hasMessage("CSV文件第2行超过16384列（Excel的列数上限），不是正常的报表，已拒绝读取");
        Path field = dir.resolve("field.csv");
        Files.writeString(field, "单位编码,备注\r\nCZJD,\"" + "长".repeat(40_000) + "\"\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(field, ReadLimits.defaults())).hasMessage("CSV文件第2行有超过32767个字符的单元格内容（上限），已拒绝读取");
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "单位编码,周起始日\r\n" + "CZJD,2026-10-05\r\n".repeat(10), StandardCharsets.UTF_8);
        assertThat(read(rows, with("max-rows-per-file", 11)).rows).hasSize(11);
        assertThatThrownBy(() -> read(rows, with("max-rows-per-file", 10))).hasMessage("文件超过10行（上限），已拒绝读取，请拆分后重新报送");
        // a long text with quoted commas and line breaks is still a form
        Path text = dir.resolve("text.csv");
        Files.writeString(text, "任务编号,本月进展\r\nGG-01,\"" + "推进,落实\n".repeat(5000) + "\"\r\n", StandardCharsets.UTF_8);
        assertThat(read(text, ReadLimits.defaults()).row("", 2).cells().get(1)).hasSize(30_000);
    }
}
