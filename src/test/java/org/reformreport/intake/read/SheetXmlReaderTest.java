package org.reformreport.intake.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * SheetXmlReader reads cells itself instead of through POI's XSSFSheetXMLHandler: it must hand on
 * exactly what the two did together ({@link PoiSheetXmlReader}, the reader as it was), for every
 * cell type, number format, value and oddity here, or fail the same way.
 */
class SheetXmlReaderTest {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Number formats: built-in ids (General, 0, 0.00, #,##0, %, dates, times, text, Chinese ids) and custom ones. */
    private static final Object[] FORMATS = {
        0,
        1,
        2,
        3,
        4,
        9,
        10,
        11,
        14,
        15,
        20,
        21,
        22,
        27,
        31,
        36,
        49,
        57,
        58,
        "yyyy\"年\"m\"月\"d\"日\"",
        "0.0",
        "0.0%",
        "\"%\"0",
        "0.0\"%\"",
        "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy",
        "yyyy/m/d h:mm",
        "[h]:mm:ss",
        "#,##0.00_);[Red](#,##0.00)",
        "0.00E+00",
        "@",
        "[$-804]yyyy\"年\"m\"月\"",
        "m\"月\"d\"日\""
    };

    /** Stored number texts: whole, negative, decimal, huge, tiny, date serials, and text that is no number. */
    private static final String[] NUMBERS = {
        "0",
        "-0",
        "1",
        "3",
        "42",
        "-7",
        "007",
        "1.0",
        "2.5",
        "0.1",
        "0.3333333333333333",
        "12.50",
        "99999999999999",
        "999999999999999",
        "1000000000000000",
        "1E15",
        "1E+16",
        "123456789012345678",
        "1e20",
        "1E+300",
        "-1E+300",
        "1E-7",
        "4.9E-324",
        "46300",
        "46300.5",
        "46300.999999",
        "2958465",
        "2958466",
        "60",
        "59.99",
        "-1",
        "0.8",
        "1.005",
        " 5 ",
        "1e3",
        "0x10",
        "Infinity",
        "-Infinity",
        "NaN",
        "1d",
        "abc",
        "",
        "2026-10-05",
        "１２",
        "1,000",
        "+5",
        ".5",
        "5."
    };

    @Test
    void numberCellsReadAsPoiReadThemInEveryFormat() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            StylesTable styles = wb.getStylesSource();
            List<Integer> styleIds = new ArrayList<>();
            for (Object f : FORMATS) {
                XSSFCellStyle style = wb.createCellStyle();
                style.setDataFormat(
                        f instanceof Integer id
                                ? id.shortValue()
                                : wb.createDataFormat().getFormat((String) f));
                styleIds.add((int) style.getIndex());
            }
            XlsxFormReader.defineChineseDateFormats(styles);
            StringBuilder xml = new StringBuilder();
            int row = 1;
            for (String n : NUMBERS) {
                xml.append("<row r=\"").append(row).append("\">");
                int col = 0;
                for (int s : styleIds) {
                    xml.append(cell(col++, row, "s=\"" + s + "\"", "<v>" + n + "</v>"));
                }
                xml.append(cell(col++, row, "", "<v>" + n + "</v>")); // no style: style 0
                xml.append(cell(col++, row, "s=\"9999\"", "<v>" + n + "</v>")); // beyond the styles
                xml.append(cell(col++, row, "t=\"n\" s=\"" + styleIds.get(8) + "\"", "<v>" + n + "</v>"));
                xml.append(cell(col++, row, "t=\"d\" s=\"" + styleIds.get(8) + "\"", "<v>" + n + "</v>"));
                xml.append(cell(col++, row, "s=\"" + styleIds.get(2) + "\"", "<f>A1</f><v>" + n + "</v>"));
                xml.append(cell(col++, row, "t=\"str\" s=\"" + styleIds.get(2) + "\"", "<f>A1</f><v>" + n + "</v>"));
                xml.append("</row>");
                row++;
            }
            for (boolean date1904 : new boolean[] {false, true}) {
                assertSameRows(sheet(xml.toString()), styles, strings(), date1904);
            }
        }
    }

    @Test
    void randomNumbersReadAsPoiReadThem() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            StylesTable styles = wb.getStylesSource();
            int[] ids = new int[4];
            short[] formats = {0, 14, 9, 2};
            for (int i = 0; i < ids.length; i++) {
                XSSFCellStyle style = wb.createCellStyle();
                style.setDataFormat(formats[i]);
                ids[i] = style.getIndex();
            }
            SplittableRandom random = new SplittableRandom(15);
            StringBuilder xml = new StringBuilder();
            for (int row = 1; row <= 400; row++) {
                xml.append("<row r=\"").append(row).append("\">");
                for (int col = 0; col < 20; col++) {
                    double v = switch (col % 5) {
                        case 0 -> random.nextInt(1000);
                        case 1 -> random.nextLong(-(long) 1e16, (long) 1e16);
                        case 2 -> Math.round(random.nextDouble(-1e6, 1e6) * 100) / 100.0;
                        case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(-20, 25));
                        default -> 36000 + random.nextInt(20000) + (random.nextBoolean() ? 0 : random.nextDouble());
                    };
                    xml.append(cell(col, row, "s=\"" + ids[col % ids.length] + "\"", "<v>" + v + "</v>"));
                }
                xml.append("</row>");
            }
            assertSameRows(sheet(xml.toString()), styles, strings(), false);
        }
    }

    @Test
    void textBooleanErrorAndFormulaCellsReadAsPoiReadThem() throws Exception {
        BoundedSharedStrings strings = strings(
                "CZJD",
                "长征街道",
                "a_x000D_b",
                "_x005F_x000D_",
                " lead and trail ",
                "tab\there",
                "line\nbreak",
                "😀 emoji",
                "<&>",
                "",
                "x_y",
                "\u00a0全角\u3000");
        String xml = "<row r=\"1\">"
                + cell(0, 1, "t=\"s\"", "<v>0</v>") + cell(1, 1, "t=\"s\"", "<v>1</v>")
                + cell(2, 1, "t=\"s\"", "<v>2</v>") + cell(3, 1, "t=\"s\"", "<v>3</v>")
                + cell(4, 1, "t=\"s\"", "<v>4</v>") + cell(5, 1, "t=\"s\"", "<v>5</v>")
                + cell(6, 1, "t=\"s\"", "<v>6</v>") + cell(7, 1, "t=\"s\"", "<v>7</v>")
                + cell(8, 1, "t=\"s\"", "<v>8</v>") + cell(9, 1, "t=\"s\"", "<v>9</v>")
                + cell(10, 1, "t=\"s\"", "<v>10</v>") + cell(11, 1, "t=\"s\"", "<v>11</v>")
                + cell(12, 1, "t=\"s\"", "<v> 1 </v>") + cell(13, 1, "t=\"s\"", "<v>x</v>")
                + cell(14, 1, "t=\"s\"", "<v></v>") + cell(15, 1, "t=\"s\"", "")
                + "</row><row r=\"2\">"
                + cell(0, 2, "t=\"inlineStr\"", "<is><t>CZJD</t></is>")
                + cell(1, 2, "t=\"inlineStr\"", "<is><r><t>CZ</t></r><r><t>JD</t></r></is>")
                + cell(2, 2, "t=\"inlineStr\"", "<is><t>长征</t><rPh sb=\"0\" eb=\"1\"><t>chang</t></rPh></is>")
                + cell(3, 2, "t=\"inlineStr\"", "<is><t>a_x000D_b _x0041_</t></is>")
                + cell(4, 2, "t=\"inlineStr\"", "<is><t xml:space=\"preserve\"> 2026-10-05 </t></is>")
                + cell(5, 2, "t=\"inlineStr\"", "<is><t>tab\tand&#13;cr</t></is>")
                + cell(6, 2, "t=\"inlineStr\"", "<is><t></t></is>")
                + cell(7, 2, "t=\"inlineStr\"", "<v>12</v>")
                + cell(8, 2, "t=\"inlineStr\"", "")
                + cell(9, 2, "t=\"inlineStr\" s=\"0\"", "<is><t>😀</t></is>")
                + "</row><row r=\"3\">"
                + cell(0, 3, "t=\"b\"", "<v>1</v>") + cell(1, 3, "t=\"b\"", "<v>0</v>")
                + cell(2, 3, "t=\"b\"", "<v>true</v>") + cell(3, 3, "t=\"e\"", "<v>#REF!</v>")
                + cell(4, 3, "t=\"e\"", "<f>1/0</f><v>#DIV/0!</v>") + cell(5, 3, "t=\"e\"", "")
                + cell(6, 3, "t=\"str\"", "<f>\"a\"</f><v>CZJD</v>") + cell(7, 3, "t=\"str\"", "<f>1+1</f><v>2</v>")
                + cell(8, 3, "", "<f>1+1</f>") + cell(9, 3, "", "<f t=\"shared\" ref=\"J3:J4\" si=\"0\">A1</f><v>4</v>")
                + cell(10, 3, "", "<f t=\"shared\" si=\"0\"/><v>5.50</v>") + cell(11, 3, "t=\"str\"", "<f>x</f>")
                + cell(12, 3, "t=\"weird\"", "<v>3.0</v>") + cell(13, 3, "", "")
                + "</row>"
                // rows and cells without r, a gap, a row out of order
                + "<row><c><v>1</v></c><c t=\"s\"><v>0</v></c><c r=\"E9\"><v>2</v></c><c><v>3</v></c></row>"
                + "<row></row><row r=\"12\"><c r=\"B12\"><v>7</v></c></row><row r=\"10\"><c r=\"A10\"><v>8</v></c></row>"
                + "<row><c r=\"A13\" t=\"inlineStr\"><is><t>after</t></is></c></row>";
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            assertSameRows(sheet(xml), wb.getStylesSource(), strings, false);
        }
    }

    @Test
    void oddFilesFailAsTheyFailedBefore() throws Exception {
        String[] cells = {
            "<c r=\"A1\" t=\"s\"><v>5</v></c>", // no such shared string
            "<c r=\"A1\" s=\"x\"><v>1</v></c>", // a style that is no number
            "<c r=\"A1\" t=\"b\"><v></v></c>", // a boolean without its value
        };
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String c : cells) {
                byte[] xml = sheet("<row r=\"1\">" + c + "</row>");
                Class<?> before = failure(() -> readBefore(xml, wb.getStylesSource(), strings("a"), false));
                Class<?> now = failure(() -> readNow(xml, wb.getStylesSource(), strings("a"), false));
                assertThat(before).as(c).isNotNull();
                assertThat(now).as(c).isEqualTo(before);
            }
        }
    }

    @Test
    void poiTextOfAStringIsKeptWhereItChangesAnything() {
        for (String s : new String[] {"plain", "长征街道", "a_x000D_b", "_x", "x_", "\t", "\u0001", "😀", "\uFFFE", ""}) {
            assertThat(SheetXmlReader.asPoiReadsIt(s))
                    .as(s)
                    .isEqualTo(new org.apache.poi.xssf.usermodel.XSSFRichTextString(s).getString());
        }
    }

    // ---- helpers

    private interface Read {
        void run() throws Exception;
    }

    private static Class<?> failure(Read read) {
        try {
            read.run();
            return null;
        } catch (Exception e) {
            return e.getClass();
        }
    }

    private static void assertSameRows(byte[] xml, StylesTable styles, BoundedSharedStrings strings, boolean date1904)
            throws Exception {
        CollectingHandler before = readBefore(xml, styles, strings, date1904);
        CollectingHandler now = readNow(xml, styles, strings, date1904);
        assertThat(now.rows).isNotEmpty();
        for (int i = 0; i < Math.max(before.rows.size(), now.rows.size()); i++) {
            assertThat(i < now.rows.size() ? now.rows.get(i) : null)
                    .as("row %d", i)
                    .isEqualTo(i < before.rows.size() ? before.rows.get(i) : null);
        }
    }

    private static CollectingHandler readBefore(
            byte[] xml, StylesTable styles, BoundedSharedStrings strings, boolean date1904) throws Exception {
        CollectingHandler h = new CollectingHandler();
        h.startSheet(0, "S", SheetState.VISIBLE);
        PoiSheetXmlReader rows = new PoiSheetXmlReader("S", h, new ReadBudget(ReadLimits.defaults()));
        rows.setParent(XMLHelper.newXMLReader());
        rows.setContentHandler(
                new XSSFSheetXMLHandler(styles, strings, rows, new CanonicalCellFormatter(date1904), false));
        rows.parse(new InputSource(new ByteArrayInputStream(xml)));
        return h;
    }

    private static CollectingHandler readNow(
            byte[] xml, StylesTable styles, BoundedSharedStrings strings, boolean date1904) throws Exception {
        CollectingHandler h = new CollectingHandler();
        h.startSheet(0, "S", SheetState.VISIBLE);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new SheetXmlReader(
                "S",
                h,
                new ReadBudget(ReadLimits.defaults()),
                strings,
                new CellFormats(styles),
                new CanonicalCellFormatter(date1904)));
        parser.parse(new InputSource(new ByteArrayInputStream(xml)));
        return h;
    }

    private static String cell(int col, int row, String attributes, String content) {
        String ref = org.apache.poi.ss.util.CellReference.convertNumToColString(col) + row;
        return "<c r=\"" + ref + "\" " + attributes + ">" + content + "</c>";
    }

    private static byte[] sheet(String rows) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>" + rows
                        + "</sheetData><headerFooter><oddHeader>&amp;C页眉</oddHeader></headerFooter></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static BoundedSharedStrings strings(String... texts) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS + "\">");
        for (String t : texts) {
            xml.append("<si><t xml:space=\"preserve\">")
                    .append(t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</t></si>");
        }
        xml.append("</sst>");
        return BoundedSharedStrings.read(
                new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), ReadLimits.defaults());
    }
}
