package org.reformreport.outputs.document;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one document. Text goes in as runs, each in the first face of its role's chain that
 * has its characters, so no glyph is referenced that an embedded face lacks (PDF/A) and nothing is
 * left out. A PdfFont belongs to one document; each face becomes one when first used, shared by
 * every role, so a face is embedded once and an unused fallback not at all.
 */
public final class DocumentFonts {

    private final ReportFonts fonts;
    private final PdfDocument pdf;
    private final Map<ReportFonts.Face, PdfFont> created = new IdentityHashMap<>();

    DocumentFonts(ReportFonts fonts, PdfDocument pdf) {
        this.fonts = fonts;
        this.pdf = pdf;
    }

    /** The role's own face. */
    public PdfFont primary(FontRole role) {
        return font(fonts.chain(role).get(0));
    }

    /** A piece of text and the font of this document that draws it. */
    public record FontRun(PdfFont font, String text) {}

    /** The text as runs in the role's faces; characters no face has come out as □. */
    public List<Text> texts(FontRole role, String text) {
        boolean bold = fonts.simulatesBold(role);
        return runs(role, text).stream()
                .map(run -> {
                    Text t = new Text(run.text()).setFont(run.font());
                    return bold ? t.simulateBold() : t;
                })
                .toList();
    }

    /** The text as runs with their fonts, for drawing straight onto a canvas (the charts). */
    public List<FontRun> runs(FontRole role, String text) {
        List<ReportFonts.Face> chain = fonts.chain(role);
        return fonts.runs(role).split(text).stream()
                .map(run -> new FontRun(font(chain.get(run.face())), run.text()))
                .toList();
    }

    /** The width of the runs at this size, in points. */
    public static float width(List<FontRun> runs, float size) {
        float width = 0;
        for (FontRun run : runs) {
            width += run.font().getWidth(run.text(), size);
        }
        return width;
    }

    /** A paragraph of the text in the role's faces. */
    public Paragraph paragraph(FontRole role, String text) {
        Paragraph p = new Paragraph().setFont(primary(role));
        texts(role, text).forEach(p::add);
        return p;
    }

    private PdfFont font(ReportFonts.Face face) {
        return created.computeIfAbsent(face, f -> ReportFonts.font(f, pdf));
    }
}
