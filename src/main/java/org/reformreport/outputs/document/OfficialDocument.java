package org.reformreport.outputs.document;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A document laid out as GB/T 9704 asks: A4, 37 mm top and 28 mm left margins, a 156 × 225 mm text
 * block of 22 lines of 28 三号 characters, headings in their faces, two-character indents,
 * justified text, Chinese line-breaking rules and "— N —" page numbers. All text goes through
 * {@link DocumentFonts}, so each character is drawn by a face that has it.
 *
 * <p>Pagination (GB/T 9704): a 一、 heading keeps with its text's first line, and the 落款 shares its
 * page with the end of the body ({@link SignatureFit}). That may lay the document out again up to
 * the 落款, making its pages anew: draw nothing straight onto a page before it, only add elements.
 */
public final class OfficialDocument implements AutoCloseable {

    private final Document doc;
    private final DocumentFonts fonts;
    private final ShortenedPages pages;
    /** What counts as body text for the 落款's page: everything but the 附件说明 and attachments. */
    private final Set<IPropertyContainer> bodyText = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The paragraphs on the body's line pitch, which the 落款 may bring a little closer. */
    private final List<Paragraph> pitched = new ArrayList<>();

    public OfficialDocument(PdfDocument pdf, ReportFonts reportFonts) {
        fonts = reportFonts.forDocument(pdf);
        pdf.setDefaultPageSize(OfficialPage.SIZE);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageNumbers(fonts));
        // Not drawn page by page until the 落款 is placed: it may need the body laid out again (SignatureFit).
        doc = new Document(pdf, OfficialPage.SIZE, false);
        pages = new ShortenedPages(doc);
        doc.setRenderer(pages);
        doc.setMargins(OfficialPage.TOP, OfficialPage.RIGHT, OfficialPage.BOTTOM, OfficialPage.LEFT);
        doc.setProperty(Property.SPLIT_CHARACTERS, new ChineseLineBreaks());
        doc.setFont(fonts.primary(FontRole.BODY)).setFontSize(OfficialPage.BODY_SIZE);
    }

    public Document layout() {
        return doc;
    }

    /** A paragraph of the text in the role's faces (for tables and other content of the writers). */
    public Paragraph text(FontRole role, String text) {
        return fonts.paragraph(role, text);
    }

    /** The title: 二号 小标宋, centred, with a blank line below; a long one in balanced lines. */
    public void title(String text) {
        addBody(text(FontRole.TITLE, TitleLines.split(text))
                .setFontSize(OfficialPage.TITLE_SIZE)
                .setTextAlignment(TextAlignment.CENTER)
                .setFixedLeading(TITLE_LEADING)
                .setMarginTop(0)
                .setMarginBottom(OfficialPage.LINE_PITCH));
    }

    /** 主送机关: flush left, ending in a full-width colon. */
    public void addressees(String text) {
        addBody(body(text(FontRole.BODY, text)));
    }

    /**
     * A level-1 heading, never the last line of a page: iText places a keep-with-next element (added
     * to the document itself) only where the next element puts at least its first line on the same
     * page; otherwise both go on to the next.
     */
    public void heading1(String text) {
        addBody(body(text(FontRole.HEADING1, text))
                .setFirstLineIndent(OfficialPage.INDENT)
                .setKeepWithNext(true));
    }

    /** A body paragraph, optionally opening with a run-in （一） heading in 楷体. */
    public void paragraph(String runInHeading, String text) {
        Paragraph p = body(text(FontRole.BODY, ""))
                .setFirstLineIndent(OfficialPage.INDENT)
                .setTextAlignment(TextAlignment.JUSTIFIED);
        if (runInHeading != null) {
            fonts.texts(FontRole.HEADING2, runInHeading).forEach(p::add);
        }
        fonts.texts(FontRole.BODY, text).forEach(p::add);
        addBody(p);
    }

    private void addBody(Paragraph p) {
        bodyText.add(p);
        doc.add(p);
    }

    /** Writes {@code parts} as a PDF in the official layout, with the title and author in its information. */
    public static void write(Path file, ReportFonts fonts, String title, String author, List<DocumentPart> parts)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (PdfDocument pdf = PdfFiles.open(file, fonts);
                OfficialDocument doc = new OfficialDocument(pdf, fonts)) {
            pdf.getDocumentInfo().setTitle(PdfFiles.info(title));
            pdf.getDocumentInfo().setAuthor(PdfFiles.info(author));
            parts.forEach(doc::add);
        }
    }

    /** Draws the next part of the document. */
    public void add(DocumentPart part) {
        if (part instanceof DocumentPart.MastHead m) {
            mastHead(m.authorityName(), m.documentNumber());
        } else if (part instanceof DocumentPart.Title t) {
            title(t.text());
        } else if (part instanceof DocumentPart.Addressees a) {
            addressees(a.text());
        } else if (part instanceof ReportBlock.Heading h) {
            heading1(h.text());
        } else if (part instanceof ReportBlock.Paragraph p) {
            paragraph(p.runInHeading(), p.text());
        } else if (part instanceof DocumentPart.AttachmentNote n) {
            attachmentNote(n.lines());
        } else if (part instanceof DocumentPart.Signature s) {
            signature(s.authority(), s.date());
        } else if (part instanceof DocumentPart.AttachmentPage a) {
            attachment(a.number(), a.title());
        } else if (part instanceof DocumentPart.Table t) {
            table(t);
        } else if (part instanceof DocumentPart.Chart c) {
            doc.add(chart(c));
        } else if (part instanceof DocumentPart.Colophon c) {
            colophon(c.copiesTo(), c.printingOffice(), c.printedDate());
        } else {
            throw new IllegalArgumentException(
                    "No PDF rendering for " + part.getClass().getSimpleName());
        }
    }

    /** 附件说明: "附件：1.XXX", further items aligned under the first. */
    public void attachmentNote(List<String> lines) {
        doc.add(body(text(FontRole.BODY, lines.get(0)))
                .setMarginTop(OfficialPage.LINE_PITCH)
                .setFirstLineIndent(OfficialPage.INDENT));
        for (int i = 1; i < lines.size(); i++) {
            doc.add(body(text(FontRole.BODY, lines.get(i)))
                    .setMarginLeft(OfficialPage.INDENT + 3 * OfficialPage.BODY_SIZE));
        }
    }

    /** Rows laid out and drawn at a time when a table streams. */
    static final int ROWS_AT_A_TIME = 100;

    /**
     * A table in 黑体 headers and body-face cells, its header row repeated on every page. Once the
     * document draws as it goes (after the 落款), it is a large table, laid out, drawn and let go
     * {@link #ROWS_AT_A_TIME} rows at a time: a 10,000-row 附件 never stands in memory as renderers.
     * A large table has iText's fixed layout, the columns at their percentages; so has a table laid
     * out whole, as no cell is wider than its column's share (one character is all it needs).
     */
    private void table(DocumentPart.Table part) {
        float[] widths = new float[part.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = part.columns().get(i).widthPercent();
        }
        boolean streamed = ((ShortenedPages) doc.getRenderer()).drawing();
        Table table = new Table(UnitValue.createPercentArray(widths), streamed)
                .useAllAvailableWidth()
                .setFontSize(part.fontSize());
        for (DocumentPart.Column column : part.columns()) {
            table.addHeaderCell(new Cell()
                    .add(text(FontRole.HEADING1, column.header())
                            .setFixedLeading(TABLE_LEADING)
                            .setTextAlignment(TextAlignment.CENTER)));
        }
        if (streamed) {
            doc.add(table);
        }
        int rows = 0;
        for (List<DocumentPart.Cell> row : part.rows()) {
            for (DocumentPart.Cell c : row) {
                table.addCell(cell(c));
            }
            if (streamed && ++rows % ROWS_AT_A_TIME == 0) {
                table.flush();
            }
        }
        if (streamed) {
            table.complete();
        } else {
            doc.add(table);
        }
    }

    private Cell cell(DocumentPart.Cell c) {
        Paragraph text =
                text(c.heading() ? FontRole.HEADING1 : FontRole.BODY, c.text()).setTextAlignment(alignment(c.align()));
        // a group's heading row keeps the face's own leading, a little taller than the rows
        Cell cell = new Cell(1, c.span()).add(c.heading() ? text : text.setFixedLeading(TABLE_LEADING));
        Color shade = shade(c.shade());
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    private static final float TABLE_LEADING = 14;

    private static TextAlignment alignment(DocumentPart.Align align) {
        return switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        };
    }

    /** Cell backgrounds (the Word document uses the same colours). */
    static Color shade(DocumentPart.Shade shade) {
        return switch (shade) {
            case NONE -> null;
            case GROUP -> ColorConstants.LIGHT_GRAY;
            case LATE -> ColorConstants.YELLOW;
            case MISSING -> ColorConstants.PINK;
        };
    }

    /**
     * The chart as vector graphics, fitted into its box: vertical bars (the unit report's trend) drawn
     * straight onto the page with the document's fonts, the district's horizontal chart through SVG.
     */
    private Image chart(DocumentPart.Chart c) {
        if (!c.horizontal()) {
            Image image = PdfBarChart.image(c, fonts, doc.getPdfDocument());
            return c.centred() ? image.setHorizontalAlignment(HorizontalAlignment.CENTER) : image;
        }
        String svg =
                ReportCharts.barChartSvg(c.title(), c.valueLabel(), c.values(), c.horizontal(), c.width(), c.height());
        Image image = ReportCharts.image(svg, doc.getPdfDocument(), c.maxWidth(), c.maxHeight());
        return c.centred() ? image.setHorizontalAlignment(HorizontalAlignment.CENTER) : image;
    }

    /**
     * 落款 without a seal: the authority two characters in from the right, the date on the next line,
     * on the page of the body's end (see {@link SignatureFit}).
     */
    public void signature(String authority, String date) {
        // Name and date stay together on one page.
        Div signature = new Div().setKeepTogether(true).setMarginTop(SignatureFit.GAP);
        signature.add(body(text(FontRole.BODY, authority))
                .setTextAlignment(TextAlignment.RIGHT)
                .setMarginRight(OfficialPage.INDENT));
        signature.add(body(text(FontRole.BODY, date))
                .setTextAlignment(TextAlignment.RIGHT)
                .setMarginRight(OfficialPage.BODY_SIZE));
        doc.add(signature);
        new SignatureFit(doc, pages, bodyText, pitched, signature).fit();
        // after a relayout the document has a new renderer of the same kind
        ((ShortenedPages) doc.getRenderer()).drawFromHereOn();
    }

    /**
     * An attachment page: "附件N" in 黑体 top left, its title centred on line 3; a document's only
     * attachment (number 0) is "附件" without a number, as GB/T 9704 has it.
     */
    public void attachment(int number, String title) {
        doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        doc.add(body(text(FontRole.HEADING1, number > 0 ? "附件" + number : "附件")));
        doc.add(text(FontRole.TITLE, title)
                .setFontSize(OfficialPage.TITLE_SIZE)
                .setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(OfficialPage.LINE_PITCH)
                .setMarginBottom(OfficialPage.LINE_PITCH / 2)
                .setKeepWithNext(true));
    }

    /** Where a CJK em box's top stands above the baseline, in em (0.88; its bottom is 0.12 below). */
    private static final float EM_BOX_ASCENT = 0.88f;

    private static final float TITLE_LEADING = OfficialPage.LINE_PITCH * 1.2f;

    static final DeviceRgb RED = new DeviceRgb(
            OfficialPage.MAST_HEAD_RED >> 16,
            (OfficialPage.MAST_HEAD_RED >> 8) & 0xFF,
            OfficialPage.MAST_HEAD_RED & 0xFF);

    /**
     * 版头 on the first page (GB/T 9704 7.2): the authority's name with 文件 in red 小标宋, centred,
     * its top 35 mm below the top of the block; the document number two blank lines below,
     * centred; a red rule the block's width 4 mm below the number; the title follows two blank
     * lines below the rule.
     */
    public void mastHead(String authorityName, String documentNumber) {
        String name = authorityName + "文件";
        OfficialPage.MastHeadFit fit = OfficialPage.MastHeadFit.of(name.codePointCount(0, name.length()));
        float size = fit.size();
        float scaling = fit.scaling();
        PdfFont face = fonts.primary(FontRole.TITLE);
        // A fixed leading centres the face's ascender-to-descender box on the line; the characters'
        // top is their em box's, 0.88 em above the baseline (the CJK convention). Placing the baseline
        // from the face's own box keeps that top 35 mm down whatever the face (Noto, AR PL Song …).
        float[] box = TextRenderer.calculateAscenderDescender(face);
        float ascender = box[0] / 1000f * size;
        float boxHeight = (box[0] - box[1]) / 1000f * size;
        float shift = (boxHeight - size) / 2 - ascender + EM_BOX_ASCENT * size;
        Paragraph head = new Paragraph()
                .setFont(face)
                .setFontSize(size)
                .setFontColor(RED)
                .setTextAlignment(TextAlignment.CENTER)
                .setFixedLeading(size)
                .setMarginBottom(0)
                .setMarginTop(35 * OfficialPage.MM + shift);
        // narrowed run by run: layout measures each Text with its own scaling
        fonts.texts(FontRole.TITLE, name).forEach(t -> head.add(t.setHorizontalScaling(scaling)));
        doc.add(head);
        // The number's line: two blank lines below the name, on the block's grid pitch.
        // on the grid's pitch, but not among the paragraphs the 落款 may bring closer: the 版头 stays put
        doc.add(text(FontRole.BODY, documentNumber)
                .setFixedLeading(OfficialPage.LINE_PITCH)
                .setMarginBottom(0)
                .setCharacterSpacing(OfficialPage.CHARACTER_SPACING)
                .setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(2 * OfficialPage.LINE_PITCH));
        // The number's glyphs end about a third of the pitch above its line's bottom; the rule is 4 mm below them.
        float numberGap = (OfficialPage.LINE_PITCH - OfficialPage.BODY_SIZE) / 2 - 0.12f * OfficialPage.BODY_SIZE;
        SolidLine rule = new SolidLine(OfficialPage.MAST_HEAD_RULE);
        rule.setColor(RED);
        doc.add(new LineSeparator(rule)
                .setMarginTop(4 * OfficialPage.MM - numberGap - OfficialPage.MAST_HEAD_RULE / 2)
                // the title's first line box is taller than its glyphs: its glyphs start two lines below
                .setMarginBottom(2 * OfficialPage.LINE_PITCH
                        - OfficialPage.MAST_HEAD_RULE / 2
                        - (TITLE_LEADING - OfficialPage.TITLE_SIZE) / 2));
    }

    static final float COLOPHON_SIZE = OfficialPage.PAGE_NUMBER_SIZE; // 四号
    static final float THICK_RULE = 0.35f * OfficialPage.MM;
    static final float THIN_RULE = 0.25f * OfficialPage.MM;
    private static final float COLOPHON_LEADING = COLOPHON_SIZE * 1.5f;

    /**
     * 版记 (GB/T 9704 7.4) at the bottom of the last page: the 抄送 line (when there are any) and
     * the printing office with the date printed, in 四号 仿宋 one character in from the sides,
     * between rules across the block: the first and the last thick, the one between thin, the last
     * on the block's bottom edge. A page whose text reaches too low gets a page of its own for it.
     * It is drawn straight onto the page, so it must come after the 落款 (whose placing may lay the
     * pages out again) and last.
     *
     * @param copiesTo the 抄送 line as printed (抄送：区委办公室，区政府办公室。), or ""
     * @param printedDate 2026年11月3日 (印发 is added)
     */
    public void colophon(String copiesTo, String printingOffice, String printedDate) {
        float inner = OfficialPage.BLOCK_WIDTH - 2 * COLOPHON_SIZE;
        List<Paragraph> rows = new ArrayList<>();
        if (!copiesTo.isBlank()) {
            // A long 抄送 breaks under the first organ, after 抄送：.
            Paragraph p = colophonText(copiesTo).setTextAlignment(TextAlignment.JUSTIFIED);
            int colon = copiesTo.indexOf('：');
            float label = (colon < 0 ? 0 : colon + 1) * COLOPHON_SIZE;
            rows.add(p.setMarginLeft(label).setFirstLineIndent(-label));
        }
        Paragraph printed = colophonText("");
        fonts.texts(FontRole.BODY, printingOffice).forEach(printed::add);
        printed.add(new Tab());
        fonts.texts(FontRole.BODY, printedDate + "印发").forEach(printed::add);
        printed.addTabStops(new TabStop(inner, TabAlignment.RIGHT));
        rows.add(printed);

        List<Float> heights = new ArrayList<>();
        float total = 0;
        for (Paragraph row : rows) {
            float h = Math.max(OfficialPage.LINE_PITCH, height(row, inner) + COLOPHON_SIZE);
            heights.add(h);
            total += h;
        }
        Rectangle left = doc.getRenderer().getCurrentArea().getBBox();
        if (left.getTop() - OfficialPage.BOTTOM < total + OfficialPage.LINE_PITCH) {
            doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            doc.add(new Paragraph("").setMargin(0)); // makes the new page
        }
        int page = doc.getPdfDocument().getNumberOfPages();
        PdfCanvas canvas = new PdfCanvas(doc.getPdfDocument().getPage(page));
        float x0 = OfficialPage.LEFT;
        float x1 = OfficialPage.LEFT + OfficialPage.BLOCK_WIDTH;
        float top = OfficialPage.BOTTOM + total;
        rule(canvas, x0, x1, top, THICK_RULE);
        float y = top;
        for (int i = 0; i < rows.size(); i++) {
            float h = heights.get(i);
            float last = i == rows.size() - 1 ? THICK_RULE : THIN_RULE;
            try (Canvas area = new Canvas(canvas, new Rectangle(x0 + COLOPHON_SIZE, y - h, inner, h))) {
                area.setProperty(Property.SPLIT_CHARACTERS, new ChineseLineBreaks());
                Div cell = new Div()
                        .setHeight(h)
                        .setVerticalAlignment(com.itextpdf.layout.properties.VerticalAlignment.MIDDLE);
                cell.add(rows.get(i));
                area.add(cell);
            }
            y -= h;
            rule(canvas, x0, x1, y, last);
        }
    }

    private Paragraph colophonText(String text) {
        return text(FontRole.BODY, text)
                .setFontSize(COLOPHON_SIZE)
                .setFixedLeading(COLOPHON_LEADING)
                .setMargin(0)
                .setCharacterSpacing(0);
    }

    /** The height a paragraph takes in the given width (its lines at their leading). */
    private float height(Paragraph p, float width) {
        IRenderer r = p.createRendererSubTree().setParent(doc.getRenderer());
        LayoutResult result = r.layout(new LayoutContext(new LayoutArea(1, new Rectangle(width, 10_000))));
        return result.getOccupiedArea().getBBox().getHeight();
    }

    private static void rule(PdfCanvas canvas, float x0, float x1, float y, float width) {
        canvas.saveState()
                .setStrokeColor(ColorConstants.BLACK)
                .setLineWidth(width)
                .moveTo(x0, y)
                .lineTo(x1, y)
                .stroke()
                .restoreState();
    }

    /** On the body's line pitch, no paragraph spacing. */
    private Paragraph body(Paragraph p) {
        pitched.add(p);
        return p.setFixedLeading(OfficialPage.LINE_PITCH)
                .setMarginTop(0)
                .setMarginBottom(0)
                .setCharacterSpacing(OfficialPage.CHARACTER_SPACING);
    }

    @Override
    public void close() {
        doc.close();
    }
}
