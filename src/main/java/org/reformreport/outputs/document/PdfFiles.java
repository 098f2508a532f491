package org.reformreport.outputs.document;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a report PDF for writing: PDF/A-2b (what archives ask for) when every face is embedded,
 * a plain PDF when the job had to fall back to a non-embedded font.
 */
final class PdfFiles {

    /** sRGB, from the JDK: the output intent PDF/A needs for RGB colours. */
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfFiles() {}

    /**
     * A text for the document information (title, author, mirrored in XMP): one line, no control
     * characters (XML cannot hold them), no unpaired surrogates.
     */
    static String info(String text) {
        StringBuilder sb = new StringBuilder();
        GlyphRuns.clean(text)
                .replace('\n', ' ')
                .codePoints()
                .forEach(cp -> sb.appendCodePoint(cp <= 0xFFFF && Character.isSurrogate((char) cp) ? 0xFFFD : cp));
        return sb.toString();
    }

    static PdfDocument open(Path file, ReportFonts fonts) throws IOException {
        PdfWriter writer = new PdfWriter(file.toFile());
        if (!fonts.allEmbedded()) {
            return new PdfDocument(writer);
        }
        PdfADocument pdf = new PdfADocument(
                writer,
                PdfAConformance.PDF_A_2B,
                new PdfOutputIntent(
                        "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB)));
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
        return pdf;
    }
}
