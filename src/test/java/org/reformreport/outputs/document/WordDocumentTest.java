package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/** The Word rendering of document parts, read back with POI. */
class WordDocumentTest {

    @TempDir
    Path dir;

    private Path file;

    /** Parts as the district report has them: every kind, a group row, late and missing weeks, a chart. */
    static List<DocumentPart> sampleParts() {
        List<DocumentPart> parts = new ArrayList<>();
        parts.add(new DocumentPart.Title("平川区2026年10月全面深化改革工作情况报告"));
        parts.add(new DocumentPart.Addressees("区委全面深化改革委员会："));
        parts.add(new ReportBlock.Paragraph("现将2026年10月全区改革宣传工作情况报告如下："));
        parts.add(new ReportBlock.Heading("一、总体情况"));
        parts.add(new ReportBlock.Paragraph("（一）报送情况。", "全区27个单位应报送周报表135份，按时报送120份。"));
        parts.add(new ReportBlock.Paragraph("区发改局：办理时限压缩85%\n群众满意度提升。"));
        parts.add(new DocumentPart.AttachmentNote(
                List.of("附件：1.2026年10月各单位得分排名", "2.2026年10月周报表报送情况", "3.2026年10月各单位稿件合计")));
        parts.add(new DocumentPart.Signature("中共平川区委全面深化改革委员会办公室", "2026年11月3日"));
        parts.add(new DocumentPart.AttachmentPage(1, "2026年10月各单位得分排名"));
        List<List<DocumentPart.Cell>> rows = new ArrayList<>();
        rows.add(
                List.of(new DocumentPart.Cell("乡镇街道（2个）", DocumentPart.Align.LEFT, DocumentPart.Shade.GROUP, 3, true)));
        rows.add(List.of(
                DocumentPart.Cell.of("1", DocumentPart.Align.CENTER),
                DocumentPart.Cell.of("长征街道", DocumentPart.Align.LEFT),
                DocumentPart.Cell.of("98.50", DocumentPart.Align.RIGHT)));
        parts.add(new DocumentPart.Table(
                List.of(
                        new DocumentPart.Column("排名", 20),
                        new DocumentPart.Column("单位", 50),
                        new DocumentPart.Column("得分", 30)),
                12f,
                rows));
        parts.add(new DocumentPart.AttachmentPage(2, "2026年10月周报表报送情况"));
        parts.add(new DocumentPart.Table(
                List.of(new DocumentPart.Column("单位", 40), new DocumentPart.Column("第1周\n9.28—\n10.4", 60)),
                10.5f,
                List.of(
                        List.of(
                                DocumentPart.Cell.of("水泉镇", DocumentPart.Align.LEFT),
                                new DocumentPart.Cell(
                                        "迟报", DocumentPart.Align.CENTER, DocumentPart.Shade.LATE, 1, false)),
                        List.of(
                                DocumentPart.Cell.of("长征街道", DocumentPart.Align.LEFT),
                                new DocumentPart.Cell(
                                        "缺报", DocumentPart.Align.CENTER, DocumentPart.Shade.MISSING, 1, false)))));
        parts.add(new DocumentPart.AttachmentPage(3, "2026年10月各单位稿件合计"));
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("长征街道", 36);
        values.put("水泉镇", 20);
        parts.add(new DocumentPart.Chart(
                null,
                "稿件合计（篇）",
                values,
                true,
                560,
                300,
                OfficialPage.BLOCK_WIDTH,
                OfficialPage.BLOCK_HEIGHT - 5 * OfficialPage.LINE_PITCH,
                true));
        return parts;
    }

    @BeforeEach
    void write() throws Exception {
        file = dir.resolve("report.docx");
        WordDocument.write(file, sampleParts(), WordFaces.OFFICE, "平川区2026年10月改革工作月报", "平川区委改革办");
    }

    private XWPFDocument open() throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void thePageIsA4WithTheOfficialMarginsAndA22By28Grid() throws Exception {
        try (XWPFDocument doc = open()) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            // 37 mm top, 28 mm left; the block 156 × 225 mm leaves 26 mm right and 35 mm bottom
            assertThat(mm(sect.getPgMar().getTop())).isCloseTo(37, org.assertj.core.data.Offset.offset(0.05));
            assertThat(mm(sect.getPgMar().getLeft())).isCloseTo(28, org.assertj.core.data.Offset.offset(0.05));
            assertThat(mm(sect.getPgMar().getRight())).isCloseTo(26, org.assertj.core.data.Offset.offset(0.1));
            assertThat(mm(sect.getPgMar().getBottom())).isCloseTo(35, org.assertj.core.data.Offset.offset(0.05));
            assertThat(mm(11906)
                            - mm(sect.getPgMar().getLeft())
                            - mm(sect.getPgMar().getRight()))
                    .isCloseTo(156, org.assertj.core.data.Offset.offset(0.05));
            assertThat(sect.getDocGrid().getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
            int pitch = sect.getDocGrid().getLinePitch().intValue();
            int blockHeight = 16838
                    - ((BigInteger) sect.getPgMar().getTop()).intValue()
                    - ((BigInteger) sect.getPgMar().getBottom()).intValue();
            assertThat(blockHeight / pitch).isEqualTo(22);
            assertThat(pitch).isEqualTo(579);
            // Word's character pitch: the default 16 pt plus charSpace/4096 pt; 28 of them fill the width
            double charPitch = 16 + sect.getDocGrid().getCharSpace().intValue() / 4096.0;
            int blockWidth = 11906
                    - ((BigInteger) sect.getPgMar().getLeft()).intValue()
                    - ((BigInteger) sect.getPgMar().getRight()).intValue();
            assertThat((int) (blockWidth / 20.0 / charPitch)).isEqualTo(28);
            assertThat(sect.getDocGrid().getCharSpace().intValue()).isEqualTo(-849);
            // the page number's top 7 mm below the block
            double footerTop = mm(sect.getPgMar().getFooter()) + 14 / 72.0 * 25.4;
            assertThat(35 - footerTop).isCloseTo(7, org.assertj.core.data.Offset.offset(0.1));
        }
    }

    @Test
    void oddAndEvenFootersHoldAPageFieldBetweenDashes() throws Exception {
        try (XWPFDocument doc = open()) {
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertThat(odd).isNotNull();
            assertThat(even).isNotNull();
            for (XWPFFooter footer : List.of(odd, even)) {
                XWPFParagraph p = footer.getParagraphs().get(0);
                String xml = p.getCTP().xmlText();
                assertThat(xml).contains("fldCharType=\"begin\"", ">PAGE<".replace(">PAGE<", " PAGE "));
                assertThat(p.getText()).isEqualTo("— 1 —");
                assertThat(p.getStyle()).isEqualTo(WordDocument.Style.PAGE_NUMBER.id);
            }
            assertThat(odd.getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(odd.getParagraphs().get(0).getIndentationRight()).isEqualTo(280);
            assertThat(even.getParagraphs().get(0).getAlignment().name()).isEqualTo("LEFT");
            assertThat(even.getParagraphs().get(0).getIndentationLeft()).isEqualTo(280);
            XWPFStyle numbers = doc.getStyles().getStyle(WordDocument.Style.PAGE_NUMBER.id);
            assertThat(numbers.getCTStyle().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
        }
    }

    @Test
    void theStylesAreNamedAndUseTheOfficeFacesByName() throws Exception {
        try (XWPFDocument doc = open()) {
            assertThat(style(doc, WordDocument.Style.TITLE).getName()).isEqualTo("公文标题");
            assertThat(face(doc, WordDocument.Style.TITLE)).isEqualTo("方正小标宋简体");
            assertThat(face(doc, WordDocument.Style.HEADING1)).isEqualTo("黑体");
            assertThat(face(doc, WordDocument.Style.HEADING2_RUN_IN)).isEqualTo("楷体_GB2312");
            assertThat(face(doc, WordDocument.Style.ATTACHMENT_TITLE)).isEqualTo("方正小标宋简体");
            CTFonts body =
                    doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            assertThat(List.of(body.getEastAsia(), body.getAscii(), body.getHAnsi()))
                    .containsOnly("仿宋_GB2312");
            assertThat(doc.getStyle()
                            .getDocDefaults()
                            .getRPrDefault()
                            .getRPr()
                            .getSzArray(0)
                            .getVal())
                    .isEqualTo(BigInteger.valueOf(32));
            var bodyStyle = style(doc, WordDocument.Style.BODY).getCTStyle().getPPr();
            assertThat(bodyStyle.getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
            assertThat(bodyStyle.getJc().getVal().toString()).isEqualTo("both");
            var normal =
                    doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing();
            assertThat(normal.getLine()).isEqualTo(BigInteger.valueOf(579));
            assertThat(normal.getLineRule().toString()).isEqualTo("exact");
            // 28 characters a line by spacing, off the character grid (where LibreOffice would give each
            // 三号 character two cells of the 15.79 pt pitch)
            var normalRun = doc.getStyles().getStyle("Normal").getCTStyle().getRPr();
            int spacing = ((BigInteger) normalRun.getSpacingArray(0).getVal()).intValue();
            assertThat(spacing).isEqualTo(-5);
            assertThat(28 * (16 + spacing / 20.0)).isLessThanOrEqualTo(WordDocument.BLOCK_WIDTH / 20.0);
            assertThat(29 * (16 + spacing / 20.0)).isGreaterThan(WordDocument.BLOCK_WIDTH / 20.0);
            assertThat(doc.getStyles()
                            .getStyle("Normal")
                            .getCTStyle()
                            .getPPr()
                            .getSnapToGrid()
                            .getVal())
                    .hasToString("false");
            assertThat(((BigInteger) style(doc, WordDocument.Style.TITLE)
                                    .getCTStyle()
                                    .getRPr()
                                    .getSpacingArray(0)
                                    .getVal())
                            .intValue())
                    .isZero();
            for (WordDocument.Style s : WordDocument.Style.values()) {
                assertThat(style(doc, s).getName()).as(s.id).isEqualTo(s.label);
            }
        }
    }

    @Test
    void officesFacesAreConfigurable() throws Exception {
        Path other = dir.resolve("other.docx");
        WordDocument.write(other, sampleParts(), new WordFaces("华文中宋", "", "方正黑体_GBK", null, null), "t", "a");
        try (InputStream in = Files.newInputStream(other);
                XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(face(doc, WordDocument.Style.TITLE)).isEqualTo("华文中宋");
            assertThat(face(doc, WordDocument.Style.HEADING1)).isEqualTo("方正黑体_GBK");
            assertThat(face(doc, WordDocument.Style.HEADING2_RUN_IN)).isEqualTo("楷体_GB2312");
            assertThat(doc.getStyle()
                            .getDocDefaults()
                            .getRPrDefault()
                            .getRPr()
                            .getRFontsArray(0)
                            .getEastAsia())
                    .isEqualTo("仿宋_GB2312");
        }
    }

    @Test
    void partsBecomeParagraphsInTheirStyles() throws Exception {
        try (XWPFDocument doc = open()) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getStyle()).isEqualTo(WordDocument.Style.TITLE.id);
            // a balanced title in two lines: a manual line break between them
            assertThat(ps.get(0).getText()).isEqualTo("平川区2026年10月\n全面深化改革工作情况报告");
            assertThat(ps.get(1).getStyle()).isEqualTo(WordDocument.Style.ADDRESSEES.id);
            assertThat(ps.get(3).getStyle()).isEqualTo(WordDocument.Style.HEADING1.id);
            XWPFParagraph runIn = ps.get(4);
            assertThat(runIn.getStyle()).isEqualTo(WordDocument.Style.BODY.id);
            assertThat(runIn.getRuns().get(0).getStyle()).isEqualTo(WordDocument.Style.HEADING2_RUN_IN.id);
            assertThat(runIn.getRuns().get(0).text()).isEqualTo("（一）报送情况。");
            assertThat(runIn.getRuns().get(1).getStyle()).isEmpty();
            // the body's end keeps with the 附件说明 and the 落款: the signature never stands on a page alone
            assertThat(ps.get(5).getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(ps.get(4).getCTP().getPPr() == null
                            || !ps.get(4).getCTP().getPPr().isSetKeepNext())
                    .isTrue();
            assertThat(ps.get(6).getText()).isEqualTo("附件：1.2026年10月各单位得分排名");
            assertThat(ps.get(7).getStyle()).isEqualTo(WordDocument.Style.ATTACHMENT_NOTE_ITEM.id);
            assertThat(ps.get(9).getStyle()).isEqualTo(WordDocument.Style.SIGNATURE.id);
            assertThat(ps.get(10).getStyle()).isEqualTo(WordDocument.Style.SIGNATURE_DATE.id);
            XWPFParagraph label = ps.get(11);
            assertThat(label.getText()).isEqualTo("附件1");
            assertThat(style(doc, WordDocument.Style.ATTACHMENT_LABEL)
                            .getCTStyle()
                            .getPPr()
                            .isSetPageBreakBefore())
                    .isTrue();
            var signature =
                    style(doc, WordDocument.Style.SIGNATURE).getCTStyle().getPPr();
            assertThat(signature.getInd().getRightChars()).isEqualTo(BigInteger.valueOf(200));
            assertThat(signature.getJc().getVal().toString()).isEqualTo("right");
            assertThat(style(doc, WordDocument.Style.SIGNATURE_DATE)
                            .getCTStyle()
                            .getPPr()
                            .getInd()
                            .getRightChars())
                    .isEqualTo(BigInteger.valueOf(100));
        }
    }

    @Test
    void tablesAreWordTablesWithRepeatedHeadersSpansAndShading() throws Exception {
        try (XWPFDocument doc = open()) {
            assertThat(doc.getTables()).hasSize(2);
            XWPFTable ranking = doc.getTables().get(0);
            assertThat(ranking.getRows()).hasSize(3);
            XWPFTableRow header = ranking.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("排名", "单位", "得分");
            assertThat(ranking.getRow(1).isRepeatHeader()).isFalse();
            List<BigInteger> grid = ranking.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> (BigInteger) c.getW())
                    .toList();
            assertThat(grid.stream().mapToInt(BigInteger::intValue).sum()).isEqualTo(WordDocument.BLOCK_WIDTH);
            assertThat(grid.get(1).intValue())
                    .isCloseTo(WordDocument.BLOCK_WIDTH / 2, org.assertj.core.data.Offset.offset(2));
            XWPFTableCell group = ranking.getRow(1).getCell(0);
            assertThat(ranking.getRow(1).getTableCells()).hasSize(1);
            assertThat(group.getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(3));
            assertThat(group.getColor()).isEqualTo("C0C0C0"); // iText's LIGHT_GRAY, as the PDF
            assertThat(group.getParagraphs().get(0).getStyle()).isEqualTo(WordDocument.Style.TABLE_HEADING.id);
            XWPFTableCell score = ranking.getRow(2).getCell(2);
            assertThat(score.getText()).isEqualTo("98.50");
            assertThat(score.getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(score.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(12.0);
            assertThat(ranking.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(ranking.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);

            XWPFTable weeks = doc.getTables().get(1);
            assertThat(weeks.getRow(0).getCell(1).getText()).isEqualTo("第1周\n9.28—\n10.4");
            assertThat(weeks.getRow(1).getCell(1).getColor()).isEqualTo("FFFF00");
            assertThat(weeks.getRow(2).getCell(1).getColor()).isEqualTo("FFAFAF");
            assertThat(weeks.getRow(1)
                            .getCell(1)
                            .getParagraphs()
                            .get(0)
                            .getRuns()
                            .get(0)
                            .getFontSizeAsDouble())
                    .isEqualTo(10.5);
        }
    }

    @Test
    void theChartIsAPictureFittedIntoTheBlock() throws Exception {
        try (XWPFDocument doc = open()) {
            assertThat(doc.getAllPictures()).hasSize(1);
            byte[] png = doc.getAllPictures().get(0).getData();
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            // drawn at twice its 560 × 300 drawing size
            assertThat(image.getWidth()).isEqualTo(1120);
            assertThat(image.getHeight()).isEqualTo(600);
            var picture = doc.getParagraphs()
                    .get(doc.getParagraphs().size() - 1)
                    .getRuns()
                    .get(0)
                    .getEmbeddedPictures()
                    .get(0);
            assertThat(picture.getWidth())
                    .isCloseTo(OfficialPage.BLOCK_WIDTH, org.assertj.core.data.Offset.offset(0.5));
            assertThat(picture.getDepth()).isLessThanOrEqualTo(OfficialPage.BLOCK_HEIGHT - 5 * OfficialPage.LINE_PITCH);
        }
    }

    @Test
    void theMastHeadIsRedWithItsRuleAndTheColophonSitsAtTheBlocksBottomBetweenRules() throws Exception {
        Path notice = dir.resolve("notice.docx");
        WordDocument.write(
                notice,
                List.of(
                        new DocumentPart.MastHead("中共平川区委全面深化改革委员会办公室", "区委改办〔2026〕12号"),
                        new DocumentPart.Title("关于2026年10月改革工作情况的通报"),
                        new DocumentPart.AttachmentPage(0, "各单位得分排名"),
                        new DocumentPart.Colophon("抄送：区委办公室，区政府办公室。", "区委改革办", "2026年11月3日")),
                WordFaces.OFFICE,
                "t",
                "a");
        try (InputStream in = Files.newInputStream(notice);
                XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph head = doc.getParagraphs().get(0);
            assertThat(head.getText()).isEqualTo("中共平川区委全面深化改革委员会办公室文件");
            assertThat(style(doc, WordDocument.Style.MASTHEAD)
                            .getCTStyle()
                            .getRPr()
                            .getColorArray(0)
                            .xgetVal()
                            .getStringValue())
                    .isEqualTo("E60012");
            // 19 characters: 一号, narrowed to fit the block
            assertThat(head.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(26.0);
            assertThat(head.getRuns().get(0).getTextScale()).isBetween(80, 99);
            XWPFParagraph number = doc.getParagraphs().get(1);
            assertThat(number.getText()).isEqualTo("区委改办〔2026〕12号");
            var rule = style(doc, WordDocument.Style.DOCUMENT_NUMBER)
                    .getCTStyle()
                    .getPPr()
                    .getPBdr()
                    .getBottom();
            assertThat(java.util.HexFormat.of().withUpperCase().formatHex((byte[]) rule.getColor()))
                    .isEqualTo("E60012");
            assertThat(rule.getSz().intValue()).isEqualTo(23); // 1 mm in eighths of a point
            assertThat(doc.getParagraphs().get(3).getText()).isEqualTo("附件");
            XWPFTable colophon = doc.getTables().get(0);
            assertThat(colophon.getCTTbl().getTblPr().getTblpPr().getTblpYSpec())
                    .hasToString("bottom");
            assertThat(colophon.getRows())
                    .extracting(XWPFTableRow::getTableCells)
                    .hasSize(2);
            assertThat(colophon.getRow(0).getCell(0).getText()).isEqualTo("抄送：区委办公室，区政府办公室。");
            assertThat(colophon.getRow(1).getCell(0).getText()).isEqualTo("区委改革办\t2026年11月3日印发");
            // first and last rule thick (0.35 mm ≈ 1 pt), between them thin (0.25 mm ≈ 0.75 pt)
            assertThat(colophon.getTopBorderSize()).isEqualTo(8);
            assertThat(colophon.getBottomBorderSize()).isEqualTo(8);
            assertThat(colophon.getInsideHBorderSize()).isEqualTo(6);
            assertThat(colophon.getLeftBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        }
    }

    @Test
    void textXmlCannotHoldIsLeftOutAndControlCharactersAsInThePdf() {
        assertThat(WordDocument.clean("A\u0007B\uD800C\uFFFE喆\uD83D\uDE00\r\nD"))
                .isEqualTo("AB" + "C喆\uD83D\uDE00\nD");
    }

    private static XWPFStyle style(XWPFDocument doc, WordDocument.Style s) {
        XWPFStyle style = doc.getStyles().getStyle(s.id);
        assertThat(style).as(s.id).isNotNull();
        return style;
    }

    private static String face(XWPFDocument doc, WordDocument.Style s) {
        CTFonts f = style(doc, s).getCTStyle().getRPr().getRFontsArray(0);
        assertThat(f.getAscii()).isEqualTo(f.getEastAsia());
        assertThat(f.getHAnsi()).isEqualTo(f.getEastAsia());
        return f.getEastAsia();
    }

    private static double mm(Object twips) {
        return ((BigInteger) twips).intValue() / 20.0 / 72 * 25.4;
    }

    private static double mm(int twips) {
        return twips / 20.0 / 72 * 25.4;
    }
}
