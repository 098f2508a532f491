package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pagination rules on generated texts that put the end of the body, and a heading, at every
 * line position of a page: no 一、 heading as a page's last line, the 落款 on a page with body
 * text, nothing after it.
 */
class PaginationTest {

    static final String AUTHORITY = "中共平川区委全面深化改革委员会办公室";

    /** A paragraph that takes one line. */
    static final String ONE_LINE = "本单位按计划推进各项改革工作。";

    /** A paragraph of three lines (28 characters a line, the first indented two). */
    static final String THREE_LINES = "本月全区改革宣传工作总体平稳有序，各单位按照区委改革办的统一部署，认真落实周报表报送制度，" + "宣传报道数量和质量均有提升，典型经验得到上级媒体推广。";

    static final List<String> NOTE = List.of("附件：1.10月各单位得分排名", "2.10月周报表报送情况");

    /** Lines the body can put onto a page: enough for every position on the first two pages. */
    static final int POSITIONS = 46;

    static ReportFonts fonts;

    @TempDir
    Path dir;

    @BeforeAll
    static void fonts() {
        fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine");
    }

    private Path write(String name, List<DocumentPart> body, boolean note) throws Exception {
        Path file = dir.resolve(name + ".pdf");
        try (PdfDocument pdf = PdfFiles.open(file, fonts);
                OfficialDocument doc = new OfficialDocument(pdf, fonts)) {
            doc.add(new DocumentPart.Title("平川区2026年10月全面深化改革工作情况报告"));
            doc.add(new DocumentPart.Addressees("区委全面深化改革委员会："));
            body.forEach(doc::add);
            if (note) {
                doc.add(new DocumentPart.AttachmentNote(NOTE));
            }
            doc.add(new DocumentPart.Signature(AUTHORITY, "2026年11月3日"));
        }
        return file;
    }

    private static List<DocumentPart> lines(int count) {
        List<DocumentPart> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new ReportBlock.Paragraph(ONE_LINE));
        }
        return parts;
    }

    /** n one-line paragraphs under a heading, then a three-line one: the body ends one line later each time. */
    private static List<DocumentPart> endingAfter(int n) {
        List<DocumentPart> body = new ArrayList<>();
        body.add(new ReportBlock.Heading("一、总体情况"));
        body.addAll(lines(n));
        body.add(new ReportBlock.Paragraph(THREE_LINES));
        return body;
    }

    @Test
    void theSignatureSharesItsPageWithTheEndOfTheBodyWhereverTheBodyEnds() throws Exception {
        Map<String, List<String>> problems = new TreeMap<>();
        // blank lines above the 落款, measured: two where there is room, one where that brings it up
        Set<Long> blankLines = new TreeSet<>();
        for (boolean note : List.of(false, true)) {
            for (int n = 0; n < POSITIONS; n++) {
                String name = (note ? "note-" : "plain-") + n;
                List<List<PageLines.Line>> pages = PageLines.of(write(name, endingAfter(n), note));
                List<String> found = PageLines.problems(pages, AUTHORITY, true);
                if (!found.isEmpty()) {
                    problems.put(name, found);
                }
                List<PageLines.Line> last = pages.get(pages.size() - 1);
                int at = last.stream().map(PageLines.Line::text).toList().indexOf(AUTHORITY);
                if (at > 0) {
                    float pitches = (last.get(at - 1).bottom() - last.get(at).bottom()) / OfficialPage.LINE_PITCH;
                    assertThat(pitches).as(name).isCloseTo(Math.round(pitches), within(0.05f));
                    blankLines.add(Math.round(pitches) - 1L);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(blankLines).containsExactly(1L, 2L);
    }

    @Test
    void aHeadingAtAnyLinePositionGoesOnWithItsFirstLineOfText() throws Exception {
        Map<String, List<String>> problems = new TreeMap<>();
        for (int n = 0; n < POSITIONS; n++) {
            List<DocumentPart> body = new ArrayList<>(lines(n));
            body.add(new ReportBlock.Heading("二、主要成效"));
            body.add(new ReportBlock.Paragraph("（一）宣传报道。", THREE_LINES));
            body.add(new ReportBlock.Heading("三、存在问题"));
            body.add(new ReportBlock.Paragraph(THREE_LINES));
            Path pdf = write("heading-" + n, body, true);
            List<String> found = PageLines.problems(pdf, AUTHORITY, true);
            if (!found.isEmpty()) {
                problems.put("heading-" + n, found);
            }
        }
        assertThat(problems).isEmpty();
    }
}
