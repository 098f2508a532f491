package org.reformreport.outputs.document;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The document of {@link DocumentPart}s as a Word file (.docx) an office can edit and issue: the
 * page of GB/T 9704 (A4, 37 mm top and 28 mm left margins, the 156 × 225 mm block) with a document
 * grid of 22 lines × 28 characters, named paragraph styles (公文标题, 公文正文, 一级标题 …) in the
 * office's faces by name, odd and even footers with a PAGE field in the form "— N —", 附件 tables
 * as Word tables with repeated header rows, and charts as pictures. The same parts make the PDF
 * ({@link OfficialDocument}), so both say the same in the same order.
 */
public final class WordDocument {

    /** Twips (1/20 pt): A4 as Word has it (iText's A4 is rounded to 595 × 842 pt), the rest as the PDF. */
    static final int PAGE_WIDTH = twips(210 * OfficialPage.MM);

    static final int PAGE_HEIGHT = twips(297 * OfficialPage.MM);
    static final int TOP = twips(OfficialPage.TOP);
    static final int LEFT = twips(OfficialPage.LEFT);
    static final int BLOCK_WIDTH = twips(OfficialPage.BLOCK_WIDTH);
    static final int BLOCK_HEIGHT = twips(OfficialPage.BLOCK_HEIGHT);
    static final int RIGHT = PAGE_WIDTH - LEFT - BLOCK_WIDTH;
    static final int BOTTOM = PAGE_HEIGHT - TOP - BLOCK_HEIGHT;

    /** 22 lines in the block: 579 twips (28.95 pt), rounded down so that the 22nd still fits. */
    static final int LINE_PITCH = BLOCK_HEIGHT / 22;

    /**
     * The grid's character pitch is Normal's font size plus charSpace/4096 pt: 28 三号 characters in
     * the block's width (−849, as Word writes it for 28 characters of 16 pt in 156 mm), rounded down
     * so that the 28th still fits.
     */
    static final int CHAR_SPACE = (int) Math.floor((BLOCK_WIDTH / 20.0 / 28 - OfficialPage.BODY_SIZE) * 4096);

    /**
     * The same 28 characters a line by character spacing, in twentieths of a point (−0.25 pt; the
     * PDF's −0.207 pt rounded down to what Word can store). Paragraphs do not snap to the grid's
     * characters: LibreOffice gives a character wider than the grid's pitch two cells (16 pt in a
     * 15.79 pt pitch), which spread every line over twice its width; spacing reads the same in Word,
     * WPS and LibreOffice, while the grid still tells Word's page setup 22 × 28.
     */
    static final int BODY_CHARACTER_SPACING = (int) Math.floor((BLOCK_WIDTH / 20.0 / 28 - OfficialPage.BODY_SIZE) * 20);

    /** The page number's top 7 mm below the block: the footer's bottom edge is one 四号 line under it. */
    static final int FOOTER = BOTTOM - twips(7 * OfficialPage.MM) - twips(OfficialPage.PAGE_NUMBER_SIZE);

    static final int HEADER = twips(15 * OfficialPage.MM);

    /** One 三号 character, the unit of indents. */
    static final int CHAR = twips(OfficialPage.BODY_SIZE);

    static final int TITLE_LINE = Math.round(LINE_PITCH * 1.2f);
    static final int TABLE_LINE = twips(14);
    /**
     * A group's heading row in the PDF keeps its face's own leading: 27.9 pt a row where the others
     * take 18.5; the same line here, so that a table breaks across pages where the PDF's does.
     */
    static final int GROUP_LINE = twips(23.4f);

    /** The red rule in eighths of a point. */
    static final int MASTHEAD_RULE = Math.round(OfficialPage.MAST_HEAD_RULE * 8);
    /** 版记 in 四号, one character in from the block's sides, a line and a half to a line. */
    static final float COLOPHON_SIZE = OfficialPage.PAGE_NUMBER_SIZE;

    static final int COLOPHON_LINE = twips(COLOPHON_SIZE * 1.5f);

    static final String RED = String.format("%06X", OfficialPage.MAST_HEAD_RED);

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String BLACK = "000000";

    /** The paragraph and character styles, by styleId (ASCII, so that any Word or WPS finds them) and name. */
    public enum Style {
        TITLE("GwTitle", "公文标题"),
        BODY("GwBody", "公文正文"),
        ADDRESSEES("GwAddressees", "主送机关"),
        HEADING1("GwHeading1", "一级标题"),
        HEADING2("GwHeading2", "二级标题"),
        HEADING3("GwHeading3", "三级标题"),
        HEADING2_RUN_IN("GwHeading2Char", "二级标题（段首）"),
        ATTACHMENT_NOTE("GwAttachmentNote", "附件说明"),
        ATTACHMENT_NOTE_ITEM("GwAttachmentNoteItem", "附件说明（续）"),
        SIGNATURE("GwSignature", "落款"),
        SIGNATURE_DATE("GwSignatureDate", "落款日期"),
        ATTACHMENT_LABEL("GwAttachmentLabel", "附件标识"),
        ATTACHMENT_TITLE("GwAttachmentTitle", "附件标题"),
        TABLE_TEXT("GwTableText", "表格文字"),
        TABLE_HEADING("GwTableHeading", "表格标题行"),
        PICTURE("GwPicture", "图表"),
        MASTHEAD("GwMastHead", "发文机关标志"),
        DOCUMENT_NUMBER("GwDocumentNumber", "发文字号"),
        COLOPHON("GwColophon", "版记"),
        PAGE_NUMBER("GwPageNumber", "页码");

        public final String id;
        public final String label;

        Style(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    private final XWPFDocument doc = new XWPFDocument();
    /** The 附件 tables, in the order of their markers. */
    private final List<DocumentPart.Table> tables = new ArrayList<>();

    private final WordFaces faces;
    /** The body's last paragraph so far: the 落款 keeps with its last line. */
    private XWPFParagraph lastBody;

    public WordDocument(WordFaces faces, String title, String author) {
        this.faces = faces;
        doc.getProperties().getCoreProperties().setTitle(clean(title));
        doc.getProperties().getCoreProperties().setCreator(clean(author));
        styles();
        section();
        footers();
    }

    /** The whole document from its parts. */
    public static void write(Path file, List<DocumentPart> parts, WordFaces faces, String title, String author)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        WordDocument word = new WordDocument(faces, title, author);
        parts.forEach(word::add);
        try (OutputStream out = Files.newOutputStream(file)) {
            word.write(out);
        }
    }

    public void add(DocumentPart part) {
        if (part instanceof DocumentPart.MastHead m) {
            mastHead(m);
        } else if (part instanceof DocumentPart.Title t) {
            lines(paragraph(Style.TITLE), TitleLines.split(t.text()), null);
        } else if (part instanceof DocumentPart.Addressees a) {
            lines(paragraph(Style.ADDRESSEES), a.text(), null);
        } else if (part instanceof ReportBlock.Heading h) {
            lines(paragraph(Style.HEADING1), h.text(), null);
        } else if (part instanceof ReportBlock.Paragraph p) {
            XWPFParagraph paragraph = paragraph(Style.BODY);
            lastBody = paragraph;
            if (p.runInHeading() != null) {
                lines(paragraph, p.runInHeading(), Style.HEADING2_RUN_IN);
            }
            lines(paragraph, p.text(), null);
        } else if (part instanceof DocumentPart.AttachmentNote n) {
            keepLastBodyLineWithTheSignature();
            for (int i = 0; i < n.lines().size(); i++) {
                lines(
                        paragraph(i == 0 ? Style.ATTACHMENT_NOTE : Style.ATTACHMENT_NOTE_ITEM),
                        n.lines().get(i),
                        null);
            }
        } else if (part instanceof DocumentPart.Signature s) {
            keepLastBodyLineWithTheSignature();
            lines(paragraph(Style.SIGNATURE), s.authority(), null);
            lines(paragraph(Style.SIGNATURE_DATE), s.date(), null);
        } else if (part instanceof DocumentPart.AttachmentPage a) {
            // the only attachment is "附件" without a number (GB/T 9704 7.3.6)
            lines(paragraph(Style.ATTACHMENT_LABEL), a.number() > 0 ? "附件" + a.number() : "附件", null);
            lines(paragraph(Style.ATTACHMENT_TITLE), a.title(), null);
        } else if (part instanceof DocumentPart.Table t) {
            table(t);
        } else if (part instanceof DocumentPart.Chart c) {
            chart(c);
        } else if (part instanceof DocumentPart.Colophon c) {
            colophon(c);
        } else {
            throw new IllegalArgumentException("no Word rendering for " + part);
        }
    }

    /**
     * The 落款 shares its page with the end of the body (GB/T 9704 7.3.5), never a page of its own:
     * the body's last paragraph keeps with what follows (Word moves its last line, not all of it),
     * and the 附件说明 and the 落款 keep with each other (their styles).
     */
    private void keepLastBodyLineWithTheSignature() {
        if (lastBody != null && !pPr(lastBody).isSetKeepNext()) {
            pPr(lastBody).addNewKeepNext();
        }
    }

    /**
     * Writes the file: POI's package as it stands, its document part with each table written in
     * place of its marker paragraph, straight into the zip (no table is ever held in memory whole).
     */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        doc.write(model);
        doc.close();
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    withTables(new String(in.readAllBytes(), StandardCharsets.UTF_8), zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private void withTables(String document, OutputStream zip) throws IOException {
        Writer x = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        int from = 0;
        for (int i = 0; i < tables.size(); i++) {
            String mark = "<w:p><w:r><w:t>" + TABLE_MARK + i + "}}</w:t></w:r></w:p>";
            int at = document.indexOf(mark, from);
            if (at < 0) {
                throw new IllegalStateException("table " + i + " lost its place in the Word document");
            }
            x.write(document, from, at - from);
            writeTable(x, tables.get(i));
            from = at + mark.length();
        }
        x.write(document, from, document.length() - from);
        x.flush();
    }

    // --- the page ---

    private void section() {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setHeader(BigInteger.valueOf(HEADER));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    /** "— N —" with N a PAGE field: odd pages right, even pages left, one 四号 character in from the edge. */
    private void footers() {
        doc.setEvenAndOddHeadings(true);
        doNotExpandShiftReturn();
        footer(doc.createFooter(HeaderFooterType.DEFAULT), true);
        footer(doc.createFooter(HeaderFooterType.EVEN), false);
    }

    private void footer(XWPFFooter footer, boolean odd) {
        XWPFParagraph p = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        p.setStyle(Style.PAGE_NUMBER.id);
        CTPPr pPr = pPr(p);
        pPr.addNewJc().setVal(odd ? STJc.RIGHT : STJc.LEFT);
        CTInd ind = pPr.addNewInd();
        if (odd) {
            ind.setRight(BigInteger.valueOf(twips(OfficialPage.PAGE_NUMBER_SIZE)));
        } else {
            ind.setLeft(BigInteger.valueOf(twips(OfficialPage.PAGE_NUMBER_SIZE)));
        }
        p.createRun().setText("— ");
        field(p, STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        p.createRun().setText("1");
        field(p, STFldCharType.END);
        p.createRun().setText(" —");
    }

    /**
     * A line ended by a manual line break is not stretched to the full width, as in the PDF (Word's
     * compatibility option; LibreOffice reads it too). Written as XML: poi-ooxml-lite has no CTCompat.
     */
    private void doNotExpandShiftReturn() {
        try (XmlCursor cursor = doc.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.insertElement(new QName(W, "doNotExpandShiftReturn", "w"));
        }
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    // --- styles ---

    private void styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr runDefaults = defaults.addNewRPrDefault().addNewRPr();
        fonts(runDefaults, faces.body());
        size(runDefaults, OfficialPage.BODY_SIZE);
        runDefaults.addNewLang().setEastAsia("zh-CN");
        asInThePdf(defaults.addNewPPrDefault().addNewPPr());

        CTStyle normal = style(styles, STStyleType.PARAGRAPH, "Normal", "Normal", null);
        normal.addNewQFormat();
        CTPPrBase normalParagraph = normal.addNewPPr();
        asInThePdf(normalParagraph);
        exactLines(normalParagraph, LINE_PITCH, 0, 0);
        // the grid's character pitch is counted from Normal's size (LibreOffice reads it there, not
        // from the defaults; without it a 12 pt pitch gave every 三号 character two cells)
        CTRPr normalRun = normal.addNewRPr();
        fonts(normalRun, faces.body());
        size(normalRun, OfficialPage.BODY_SIZE);
        normalRun.addNewSpacing().setVal(BigInteger.valueOf(BODY_CHARACTER_SPACING));
        CTStyle defaultFont =
                style(styles, STStyleType.CHARACTER, "DefaultParagraphFont", "Default Paragraph Font", null);
        defaultFont.addNewUiPriority().setVal(BigInteger.ONE);
        defaultFont.addNewSemiHidden();
        defaultFont.addNewUnhideWhenUsed();

        CTPPrBase p;
        CTRPr r;

        p = paragraph(styles, Style.TITLE, "Normal", Style.ADDRESSEES);
        exactLines(p, TITLE_LINE, 0, LINE_PITCH);
        p.addNewJc().setVal(STJc.CENTER);
        r = run(styles, Style.TITLE);
        naturalSpacing(r);
        fonts(r, faces.title());
        size(r, OfficialPage.TITLE_SIZE);

        p = paragraph(styles, Style.BODY, "Normal", Style.BODY);
        indentFirstLine(p);
        p.addNewJc().setVal(STJc.BOTH);

        p = paragraph(styles, Style.ADDRESSEES, "Normal", Style.BODY);
        p.addNewJc().setVal(STJc.BOTH);

        p = paragraph(styles, Style.HEADING1, "Normal", Style.BODY);
        indentFirstLine(p);
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.ZERO);
        fonts(run(styles, Style.HEADING1), faces.heading1());

        p = paragraph(styles, Style.HEADING2, "Normal", Style.BODY);
        indentFirstLine(p);
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.ONE);
        fonts(run(styles, Style.HEADING2), faces.heading2());

        p = paragraph(styles, Style.HEADING3, "Normal", Style.BODY);
        indentFirstLine(p);
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.TWO);
        fonts(run(styles, Style.HEADING3), faces.body());

        CTStyle runIn =
                style(styles, STStyleType.CHARACTER, Style.HEADING2_RUN_IN.id, Style.HEADING2_RUN_IN.label, null);
        runIn.addNewBasedOn().setVal("DefaultParagraphFont");
        runIn.addNewQFormat();
        fonts(runIn.addNewRPr(), faces.heading2());

        // 附件：1.XXX — an item that wraps continues under "1.", the next items stand under it
        p = paragraph(styles, Style.ATTACHMENT_NOTE, "Normal", Style.ATTACHMENT_NOTE_ITEM);
        exactLines(p, LINE_PITCH, LINE_PITCH, 0);
        CTInd ind = p.addNewInd();
        ind.setLeftChars(BigInteger.valueOf(500));
        ind.setLeft(BigInteger.valueOf(5 * CHAR));
        ind.setHangingChars(BigInteger.valueOf(300));
        ind.setHanging(BigInteger.valueOf(3 * CHAR));
        p.addNewKeepNext();
        p = paragraph(styles, Style.ATTACHMENT_NOTE_ITEM, "Normal", Style.ATTACHMENT_NOTE_ITEM);
        ind = p.addNewInd();
        ind.setLeftChars(BigInteger.valueOf(500));
        ind.setLeft(BigInteger.valueOf(5 * CHAR));
        p.addNewKeepNext();

        // without a seal: the authority two characters in from the right, the date one
        p = paragraph(styles, Style.SIGNATURE, "Normal", Style.SIGNATURE_DATE);
        exactLines(p, LINE_PITCH, 2 * LINE_PITCH, 0);
        p.addNewJc().setVal(STJc.RIGHT);
        ind = p.addNewInd();
        ind.setRightChars(BigInteger.valueOf(200));
        ind.setRight(BigInteger.valueOf(2 * CHAR));
        p.addNewKeepNext();
        p = paragraph(styles, Style.SIGNATURE_DATE, "Normal", Style.BODY);
        p.addNewJc().setVal(STJc.RIGHT);
        ind = p.addNewInd();
        ind.setRightChars(BigInteger.valueOf(100));
        ind.setRight(BigInteger.valueOf(CHAR));

        // 附件N top left on a new page, its title centred on line 3
        p = paragraph(styles, Style.ATTACHMENT_LABEL, "Normal", Style.ATTACHMENT_TITLE);
        p.addNewPageBreakBefore();
        p.addNewKeepNext();
        fonts(run(styles, Style.ATTACHMENT_LABEL), faces.heading1());
        p = paragraph(styles, Style.ATTACHMENT_TITLE, "Normal", Style.BODY);
        // where the PDF has them (its title's own leading): the title 4 pt and the table 9 pt lower
        exactLines(p, TITLE_LINE, LINE_PITCH + twips(4), LINE_PITCH / 2 + twips(5));
        p.addNewJc().setVal(STJc.CENTER);
        p.addNewKeepNext();
        r = run(styles, Style.ATTACHMENT_TITLE);
        naturalSpacing(r);
        fonts(r, faces.title());
        size(r, OfficialPage.TITLE_SIZE);

        // table text keeps its own size: off the character grid, which would space 小四 out to 三号 cells
        p = paragraph(styles, Style.TABLE_TEXT, "Normal", Style.TABLE_TEXT);
        exactLines(p, TABLE_LINE, 0, 0);
        r = run(styles, Style.TABLE_TEXT);
        naturalSpacing(r);
        size(r, OfficialPage.TABLE_SIZE);
        p = paragraph(styles, Style.TABLE_HEADING, Style.TABLE_TEXT.id, Style.TABLE_HEADING);
        p.addNewJc().setVal(STJc.CENTER);
        fonts(run(styles, Style.TABLE_HEADING), faces.heading1());

        // a picture needs a line as high as itself: not an exact line, which would cut it
        p = paragraph(styles, Style.PICTURE, "Normal", Style.BODY);
        CTSpacing auto = p.addNewSpacing();
        auto.setLine(BigInteger.valueOf(240));
        auto.setLineRule(STLineSpacingRule.AUTO);

        // the name's size and its line are set per document (a long name is smaller): see mastHead
        p = paragraph(styles, Style.MASTHEAD, "Normal", Style.DOCUMENT_NUMBER);
        p.addNewJc().setVal(STJc.CENTER);
        r = run(styles, Style.MASTHEAD);
        naturalSpacing(r);
        fonts(r, faces.title());
        size(r, OfficialPage.MAST_HEAD_MAX_SIZE);
        r.addNewColor().setVal(RED);

        // two blank lines below the name; the red rule 4 mm below the number's glyphs (which end
        // about a third of the pitch above the line's bottom); the title's glyphs two lines below it
        p = paragraph(styles, Style.DOCUMENT_NUMBER, "Normal", Style.TITLE);
        float numberGap = (OfficialPage.LINE_PITCH - OfficialPage.BODY_SIZE) / 2 - 0.12f * OfficialPage.BODY_SIZE;
        exactLines(
                p,
                LINE_PITCH,
                2 * LINE_PITCH,
                2 * LINE_PITCH - Math.round((TITLE_LINE - twips(OfficialPage.TITLE_SIZE)) / 2f));
        p.addNewJc().setVal(STJc.CENTER);
        CTPBdr rule = p.addNewPBdr();
        border(rule.addNewBottom(), STBorder.SINGLE, MASTHEAD_RULE, RED)
                .setSpace(BigInteger.valueOf(Math.round(4 * OfficialPage.MM - numberGap)));

        p = paragraph(styles, Style.COLOPHON, "Normal", Style.COLOPHON);
        exactLines(p, COLOPHON_LINE, 0, 0);
        ind = p.addNewInd();
        ind.setLeft(BigInteger.valueOf(twips(OfficialPage.PAGE_NUMBER_SIZE)));
        ind.setRight(BigInteger.valueOf(twips(OfficialPage.PAGE_NUMBER_SIZE)));
        CTTabStop right = p.addNewTabs().addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(BLOCK_WIDTH - twips(OfficialPage.PAGE_NUMBER_SIZE)));
        r = run(styles, Style.COLOPHON);
        size(r, OfficialPage.PAGE_NUMBER_SIZE);
        naturalSpacing(r);

        p = paragraph(styles, Style.PAGE_NUMBER, "Normal", Style.PAGE_NUMBER);
        CTSpacing single = p.addNewSpacing();
        single.setLine(BigInteger.valueOf(twips(OfficialPage.PAGE_NUMBER_SIZE)));
        single.setLineRule(STLineSpacingRule.EXACT);
        r = run(styles, Style.PAGE_NUMBER);
        naturalSpacing(r);
        fonts(r, faces.numbers());
        size(r, OfficialPage.PAGE_NUMBER_SIZE);

        doc.createStyles().setStyles(styles);
    }

    /**
     * Lines fill pages as in the PDF (no widow moves), no extra space between Chinese and digits, and
     * off the grid's characters (see {@link #BODY_CHARACTER_SPACING}). In the defaults and in Normal
     * alike: LibreOffice reads Normal's.
     */
    private static void asInThePdf(CTPPrBase p) {
        off(p.addNewWidowControl());
        off(p.addNewSnapToGrid());
        off(p.addNewAutoSpaceDE());
        off(p.addNewAutoSpaceDN());
    }

    private static CTStyle style(CTStyles styles, STStyleType.Enum type, String id, String name, String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(type);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        return s;
    }

    private static CTPPrBase paragraph(CTStyles styles, Style style, String basedOn, Style next) {
        CTStyle s = style(styles, STStyleType.PARAGRAPH, style.id, style.label, basedOn);
        s.addNewNext().setVal(next.id);
        s.addNewQFormat();
        return s.addNewPPr();
    }

    private static CTRPr run(CTStyles styles, Style style) {
        for (CTStyle s : styles.getStyleArray()) {
            if (s.getStyleId().equals(style.id)) {
                return s.isSetRPr() ? s.getRPr() : s.addNewRPr();
            }
        }
        throw new IllegalStateException("no style " + style.id);
    }

    private static void exactLines(CTPPrBase p, int line, int before, int after) {
        CTSpacing spacing = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    private static void indentFirstLine(CTPPrBase p) {
        CTInd ind = p.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(2 * CHAR));
    }

    /** Text the PDF sets without the body's character spacing (titles, tables, page numbers). */
    private static void naturalSpacing(CTRPr r) {
        r.addNewSpacing().setVal(BigInteger.ZERO);
    }

    private static void off(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff onOff) {
        onOff.setVal("0");
    }

    /** The face for Chinese and for Latin and digits alike, as offices set their styles. */
    private static void fonts(CTRPr r, String face) {
        CTFonts f = r.sizeOfRFontsArray() > 0 ? r.getRFontsArray(0) : r.addNewRFonts();
        f.setAscii(face);
        f.setHAnsi(face);
        f.setEastAsia(face);
        f.setCs(face);
        f.setHint(STHint.EAST_ASIA);
    }

    private static void size(CTRPr r, float points) {
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
        r.addNewSz().setVal(halfPoints);
        r.addNewSzCs().setVal(halfPoints);
    }

    private static CTBorder border(CTBorder b, STBorder.Enum type, int eighths, String colour) {
        b.setVal(type);
        b.setSz(BigInteger.valueOf(eighths));
        b.setSpace(BigInteger.ZERO);
        b.setColor(colour);
        return b;
    }

    // --- content ---

    private XWPFParagraph paragraph(Style style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style.id);
        return p;
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /** The text as runs, its line breaks as Word's manual line breaks. */
    private static void lines(XWPFParagraph p, String text, Style characterStyle) {
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            if (characterStyle != null) {
                run.setStyle(characterStyle.id);
            }
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /**
     * 版头: the name with 文件 in red, as large as fits the block (half a character free each side),
     * narrowed below 一号; its top 35 mm below the top of the block (a line as high as its size puts
     * the em box's top at the line's top); the number and the red rule below (their style).
     */
    private void mastHead(DocumentPart.MastHead m) {
        String name = clean(m.authorityName() + "文件");
        OfficialPage.MastHeadFit fit = OfficialPage.MastHeadFit.of(name.codePointCount(0, name.length()));
        float size = fit.size();
        float scaling = fit.scaling();
        XWPFParagraph head = paragraph(Style.MASTHEAD);
        CTSpacing spacing = pPr(head).addNewSpacing();
        spacing.setLine(BigInteger.valueOf(twips(size)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.valueOf(twips(35 * OfficialPage.MM)));
        spacing.setAfter(BigInteger.ZERO);
        lines(head, name, null);
        for (XWPFRun run : head.getRuns()) {
            run.setFontSize(size);
            if (scaling < 1f) {
                run.setTextScale(Math.round(scaling * 100));
            }
        }
        lines(paragraph(Style.DOCUMENT_NUMBER), m.documentNumber(), null);
    }

    /**
     * A table goes in as a marker paragraph, and its XML is written in the marker's place when the
     * file is written ({@link #write(OutputStream)}): in POI's model a 10,000-row table took minutes
     * (each row inserted looks its position up among the rows before it) and hundreds of MB.
     */
    private void table(DocumentPart.Table t) {
        doc.createParagraph().createRun().setText(TABLE_MARK + tables.size() + "}}");
        tables.add(t);
    }

    private static final String TABLE_MARK = "{{reform-report table ";

    /**
     * The table as WordprocessingML, as POI would write it: borders, fixed layout and iText's 2 pt
     * padding; the header row repeated on every page; no row split across pages; each cell with its
     * width, span, shading, vertically centred, in 表格文字 (or 表格标题行 for a heading) at the
     * table's size.
     */
    static void writeTable(Appendable x, DocumentPart.Table t) throws IOException {
        int[] widths = columnWidths(t.columns());
        String size = halfPoints(t.fontSize());
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"")
                .append(Integer.toString(BLOCK_WIDTH))
                .append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            x.append("<w:")
                    .append(side)
                    .append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"")
                    .append(BLACK)
                    .append("\"/>");
        }
        x.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
        // iText's 2 pt padding, as in the PDF
        for (String side : List.of("top", "left", "bottom", "right")) {
            x.append("<w:").append(side).append(" w:type=\"dxa\" w:w=\"40\"/>");
        }
        x.append("</w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.append("<w:gridCol w:w=\"").append(Integer.toString(w)).append("\"/>");
        }
        x.append("</w:tblGrid><w:tr><w:trPr><w:tblHeader w:val=\"on\"/><w:cantSplit w:val=\"on\"/></w:trPr>");
        for (int c = 0; c < t.columns().size(); c++) {
            cellStart(x, widths[c], 1, null);
            x.append("<w:p><w:pPr><w:pStyle w:val=\"")
                    .append(Style.TABLE_HEADING.id)
                    .append("\"/></w:pPr>");
            runs(x, t.columns().get(c).header(), size);
            x.append("</w:p></w:tc>");
        }
        x.append("</w:tr>");
        for (List<DocumentPart.Cell> cells : t.rows()) {
            x.append("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
            int column = 0;
            for (DocumentPart.Cell c : cells) {
                int span = Math.max(1, c.span());
                int width = 0;
                for (int i = column; i < Math.min(column + span, widths.length); i++) {
                    width += widths[i];
                }
                column += span;
                cellStart(x, width, span, fill(c.shade()));
                x.append("<w:p><w:pPr><w:pStyle w:val=\"")
                        .append(c.heading() ? Style.TABLE_HEADING.id : Style.TABLE_TEXT.id)
                        .append("\"/>");
                if (c.heading()) {
                    x.append("<w:spacing w:line=\"")
                            .append(Integer.toString(GROUP_LINE))
                            .append("\" w:lineRule=\"exact\"/>");
                }
                x.append("<w:jc w:val=\"").append(jc(c.align()).toString()).append("\"/></w:pPr>");
                runs(x, c.text(), size);
                x.append("</w:p></w:tc>");
            }
            x.append("</w:tr>");
        }
        x.append("</w:tbl>");
    }

    private static void cellStart(Appendable x, int width, int span, String fill) throws IOException {
        x.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"")
                .append(Integer.toString(width))
                .append("\"/>");
        if (span > 1) {
            x.append("<w:gridSpan w:val=\"").append(Integer.toString(span)).append("\"/>");
        }
        if (fill != null) {
            x.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
                    .append(fill)
                    .append("\"/>");
        }
        x.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
    }

    /** The text as runs at the size, its line breaks as manual line breaks (as {@link #lines}). */
    private static void runs(Appendable x, String text, String size) throws IOException {
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            x.append("<w:r><w:rPr><w:sz w:val=\"").append(size).append("\"/></w:rPr>");
            if (i > 0) {
                x.append("<w:br/>");
            }
            String line = lines[i];
            if (line.isEmpty()) {
                x.append("<w:t/>");
            } else {
                // as XWPFRun.setText: spaces kept at either end
                boolean preserve = Character.isWhitespace(line.charAt(0))
                        || Character.isWhitespace(line.charAt(line.length() - 1));
                x.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
                escape(x, line);
                x.append("</w:t>");
            }
            x.append("</w:r>");
        }
    }

    private static void escape(Appendable x, String text) throws IOException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : c == '\r' ? "&#13;" : null;
            if (entity != null) {
                x.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        x.append(text, from, text.length());
    }

    /** A size in half points, as XWPFRun.setFontSize stores it. */
    private static String halfPoints(float points) {
        return new java.math.BigDecimal(Float.toString(points))
                .multiply(java.math.BigDecimal.valueOf(2))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .toBigInteger()
                .toString();
    }

    /** Column widths in twips from their percentages, summing to the block's width. */
    static int[] columnWidths(List<DocumentPart.Column> columns) {
        double total =
                columns.stream().mapToDouble(DocumentPart.Column::widthPercent).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (int) Math.round(BLOCK_WIDTH * columns.get(i).widthPercent() / total);
            used += widths[i];
        }
        widths[widths.length - 1] += BLOCK_WIDTH - used;
        return widths;
    }

    private static XWPFTableCell cell(XWPFTableRow row, int width, int span, DocumentPart.Shade shade) {
        XWPFTableCell cell = row.createCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        var w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        String fill = fill(shade);
        if (fill != null) {
            var shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(fill);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        return cell;
    }

    /** The shading of a cell as hex RGB, the PDF's colour ({@link OfficialDocument#shade}). */
    static String fill(DocumentPart.Shade shade) {
        com.itextpdf.kernel.colors.Color colour = OfficialDocument.shade(shade);
        if (colour == null) {
            return null;
        }
        float[] rgb = colour.getColorValue();
        return String.format(
                "%02X%02X%02X", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255), Math.round(rgb[2] * 255));
    }

    private static STJc.Enum jc(DocumentPart.Align align) {
        return switch (align) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
        };
    }

    /** The chart as a PNG at twice its drawing size, scaled as the PDF scales its vector drawing. */
    private void chart(DocumentPart.Chart c) {
        byte[] png = ReportCharts.barChartPng(
                c.title(), c.valueLabel(), c.values(), c.horizontal(), c.width(), c.height(), 2);
        float scale = Math.min(c.maxWidth() / c.width(), c.maxHeight() / c.height());
        XWPFParagraph p = paragraph(Style.PICTURE);
        if (c.centred()) {
            pPr(p).addNewJc().setVal(STJc.CENTER);
        }
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            PictureType.PNG,
                            "chart.png",
                            Units.toEMU(c.width() * scale),
                            Units.toEMU(c.height() * scale));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot place the chart picture", e);
        }
    }

    /**
     * 版记: a table anchored to the bottom of the block on the last page, so that its last rule lies
     * on the block's bottom edge; first and last rule thick (0.35 mm), the one between thin (0.25 mm).
     */
    private void colophon(DocumentPart.Colophon c) {
        XWPFTable table = doc.createTable();
        CTTblPr pr = table.getCTTbl().getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(BLOCK_WIDTH));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblPPr anchor = pr.addNewTblpPr();
        anchor.setVertAnchor(STVAnchor.MARGIN);
        anchor.setHorzAnchor(STHAnchor.MARGIN);
        anchor.setTblpYSpec(STYAlign.BOTTOM);
        anchor.setTblpXSpec(STXAlign.CENTER);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        border(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), STBorder.SINGLE, 8, BLACK);
        border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), STBorder.SINGLE, 8, BLACK);
        border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), STBorder.SINGLE, 6, BLACK);
        border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), STBorder.NONE, 0, "auto");
        border(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), STBorder.NONE, 0, "auto");
        border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV(), STBorder.NONE, 0, "auto");
        // a row at least a line high, its text in the middle with half a character above and below
        table.setCellMargins(twips(COLOPHON_SIZE / 2), 0, twips(COLOPHON_SIZE / 2), 0);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(BLOCK_WIDTH));
        int at = 1;
        if (!c.copiesTo().isBlank()) {
            // a long 抄送 breaks under its first organ, after 抄送：
            XWPFParagraph copies = colophonRow(table, at++);
            int colon = c.copiesTo().indexOf('：');
            int label = twips((colon < 0 ? 0 : colon + 1) * COLOPHON_SIZE);
            CTInd ind = pPr(copies).addNewInd();
            ind.setLeft(BigInteger.valueOf(twips(COLOPHON_SIZE) + label));
            ind.setHanging(BigInteger.valueOf(label));
            pPr(copies).addNewJc().setVal(STJc.BOTH);
            lines(copies, c.copiesTo(), null);
        }
        XWPFParagraph printed = colophonRow(table, at);
        lines(printed, c.printingOffice(), null);
        printed.createRun().addTab();
        lines(printed, c.printedDate() + "印发", null);
        table.removeRow(0);
        // a floating table needs a paragraph after it to anchor to (LibreOffice drops it otherwise);
        // a hair's height, so that it never needs a page of its own
        XWPFParagraph anchorParagraph = doc.createParagraph();
        anchorParagraph.setStyle(Style.COLOPHON.id);
        CTSpacing hair = pPr(anchorParagraph).addNewSpacing();
        hair.setLine(BigInteger.valueOf(20));
        hair.setLineRule(STLineSpacingRule.EXACT);
    }

    private static XWPFParagraph colophonRow(XWPFTable table, int at) {
        XWPFTableRow row = table.insertNewTableRow(at);
        row.setCantSplitRow(true);
        row.setHeight(LINE_PITCH); // at least
        XWPFTableCell cell = cell(row, BLOCK_WIDTH, 1, DocumentPart.Shade.NONE);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(Style.COLOPHON.id);
        return p;
    }

    /** Text XML can hold: what the PDF lays out (control characters dropped), lone surrogates left out. */
    static String clean(String text) {
        String laidOut = GlyphRuns.clean(text);
        StringBuilder sb = new StringBuilder(laidOut.length());
        for (int i = 0; i < laidOut.length(); i++) {
            char c = laidOut.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < laidOut.length()
                    && Character.isLowSurrogate(laidOut.charAt(i + 1))) {
                sb.append(c).append(laidOut.charAt(++i));
            } else if (!Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static int twips(float points) {
        return Math.round(points * 20);
    }
}
