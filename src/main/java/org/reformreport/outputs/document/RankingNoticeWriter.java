package org.reformreport.outputs.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the ranking notice's PDF from its parts ({@link RankingNotice#parts}). */
public final class RankingNoticeWriter {

    private final ReportFonts fonts;

    public RankingNoticeWriter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public void write(Path file, String title, String author, List<DocumentPart> parts) throws IOException {
        OfficialDocument.write(file, fonts, title, author, parts);
    }
}
