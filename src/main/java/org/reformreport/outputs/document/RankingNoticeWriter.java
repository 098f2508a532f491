package org.reformreport.outputs.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the ranking notice's PDF from its parts ({@link RankingNotice#parts}). */
public final class RankingNoticeWriter {

    private final ReportFonts fonts;

    public RankingNoticeWriter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public void write(Path file, String title, String author, List<DocumentPart> parts) throws IOException {
        Files.createDirectories(file.getParent());
        try (PdfDocument pdf = PdfFiles.open(file, fonts);
                OfficialDocument doc = new OfficialDocument(pdf, fonts)) {
            pdf.getDocumentInfo().setTitle(PdfFiles.info(title));
            pdf.getDocumentInfo().setAuthor(PdfFiles.info(author));
            parts.forEach(doc::add);
        }
    }
}
