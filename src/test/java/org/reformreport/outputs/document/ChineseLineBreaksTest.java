package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChineseLineBreaksTest {

    @TempDir
    Path dir;

    /** Text built so that the 28th character of many lines is followed by closing punctuation or is an opening one. */
    private static String provoking() {
        StringBuilder sb = new StringBuilder();
        String[] tails = {"，", "。", "、", "：", "；", "！", "？", "）", "》", "”", "％"};
        String[] heads = {"（", "《", "“", "〔"};
        for (int i = 0; i < 40; i++) {
            sb.append("改".repeat(27));
            sb.append(i % 3 == 0 ? heads[i % heads.length] + "革" : "革" + tails[i % tails.length]);
        }
        return sb.toString();
    }

    private List<String> lines(ISplitCharacters rule) throws Exception {
        ReportFonts fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine");
        Path file = dir.resolve(rule.getClass().getSimpleName() + ".pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toFile()));
                Document doc = new Document(pdf, OfficialPage.SIZE)) {
            doc.setMargins(OfficialPage.TOP, OfficialPage.RIGHT, OfficialPage.BOTTOM, OfficialPage.LEFT);
            doc.setProperty(Property.SPLIT_CHARACTERS, rule);
            doc.add(new Paragraph(provoking())
                    .setFont(fonts.forDocument(pdf).primary(FontRole.BODY))
                    .setFontSize(OfficialPage.BODY_SIZE)
                    .setCharacterSpacing(OfficialPage.CHARACTER_SPACING));
        }
        return PdfText.pages(file).stream()
                .flatMap(p -> p.lines())
                .filter(l -> !l.isBlank())
                .toList();
    }

    private static long violations(List<String> lines) {
        return lines.stream()
                .filter(l -> ChineseLineBreaks.NO_LINE_START.indexOf(l.charAt(0)) >= 0
                        || ChineseLineBreaks.NO_LINE_END.indexOf(l.charAt(l.length() - 1)) >= 0)
                .count();
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws Exception {
        List<String> lines = lines(new ChineseLineBreaks());
        assertThat(lines).hasSizeGreaterThan(30);
        assertThat(lines).allSatisfy(l -> {
            assertThat(ChineseLineBreaks.NO_LINE_START).as(l).doesNotContain(l.substring(0, 1));
            assertThat(ChineseLineBreaks.NO_LINE_END).as(l).doesNotContain(l.substring(l.length() - 1));
        });
    }

    @Test
    void theTextReallyProvokesBadBreaksWithoutTheRule() throws Exception {
        assertThat(violations(lines(new DefaultSplitCharacters()))).isPositive();
    }
}
