package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.MediaCounts;
import org.reformreport.summary.OfWhichCounts;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;

/** A unit report's fonts, chart and size: what issue #15 asked of the PDF. */
class UnitReportPdfTest {

    @TempDir
    Path dir;

    /** Whether a font file is installed (looked up on disk, not through the code under test). */
    static boolean installed(String fileName) throws java.io.IOException {
        Path fonts = Path.of("/usr/share/fonts");
        if (!Files.isDirectory(fonts)) {
            return false;
        }
        try (var files = Files.walk(fonts)) {
            return files.anyMatch(f -> f.getFileName().toString().equals(fileName));
        }
    }

    static UnitMonth unit(String name) {
        Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
        tasks.put(EffectiveStatus.ON_TRACK, 1);
        UnitMonthFigures f = UnitMonthFigures.builder("SQZ", name, "乡镇街道")
                .weeksDue(5)
                .onTime(3)
                .late(1)
                .media(new MediaCounts(1, 2, 3, 14, 10))
                .previousMonthTotal(40)
                .lastYearTotal(20)
                .yearToDateTotal(300)
                .ofWhich(new OfWhichCounts(1, 0, 0, 0, 2))
                .leadTasks(tasks)
                .promotions(Map.of(PromotionLevel.MUNICIPAL, 1))
                .build();
        Map<ReportMonth, Integer> trend = new LinkedHashMap<>();
        int[] totals = {27, 30, 59, 8, 30, 7, 52, 27, 71, 30};
        for (int m = 1; m <= 10; m++) {
            trend.put(ReportMonth.of(2026, m), totals[m - 1]);
        }
        return new UnitMonth(
                "中共平川区委全面深化改革委员会办公室",
                ReportMonth.of(2026, 10),
                f,
                new UnitScore(
                        "SQZ",
                        BigDecimal.TEN,
                        BigDecimal.valueOf(20),
                        BigDecimal.valueOf(30),
                        BigDecimal.valueOf(20),
                        false,
                        BigDecimal.ZERO,
                        new BigDecimal("70.25"),
                        2),
                2,
                Map.of(
                        LocalDate.of(2026, 9, 28), WeekSubmission.ON_TIME,
                        LocalDate.of(2026, 10, 5), WeekSubmission.LATE,
                        LocalDate.of(2026, 10, 12), WeekSubmission.ON_TIME,
                        LocalDate.of(2026, 10, 19), WeekSubmission.ON_TIME),
                List.of(new UnitMonth.Task("基层“末梢治理”改革", "推进中", "完成社区网格划分，建立联席会议制度。")),
                trend);
    }

    private Path write(ReportFonts fonts, String name) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        new UnitReportWriter(fonts, ReportTemplates.load(Path.of("templates")))
                .write(pdf, unit(name), LocalDate.of(2026, 11, 3));
        return pdf;
    }

    /** BaseFont name → font file kind (FontFile2 TrueType, FontFile3 CFF) of every font on the pages. */
    private static Map<String, String> embedded(Path pdf) throws Exception {
        Map<String, String> fonts = new java.util.TreeMap<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPdfObjects(); i++) {
                if (doc.getPdfObject(i) instanceof PdfDictionary d
                        && PdfName.FontDescriptor.equals(d.getAsName(PdfName.Type))) {
                    String kind = d.containsKey(PdfName.FontFile2)
                            ? "FontFile2"
                            : d.containsKey(PdfName.FontFile3) ? "FontFile3" : "none";
                    fonts.put(d.getAsName(PdfName.FontName).getValue(), kind);
                }
            }
        }
        return fonts;
    }

    @Test
    void withTheTrueTypeFacesInstalledEveryFaceIsAnEmbeddedTrueTypeSubsetAndTheReportIsSmall() throws Exception {
        Assumptions.assumeTrue(
                installed("gbsn00lp.ttf") && installed("wqy-zenhei.ttc") && installed("LXGWWenKai-Regular.ttf"),
                "fonts-arphic-gbsn00lp, fonts-wqy-zenhei and fonts-lxgw-wenkai installed");
        ReportFonts fonts = ReportFonts.load(Map.of());
        assertThat(fonts.sources().get(FontRole.TITLE)).endsWith("gbsn00lp.ttf");
        assertThat(fonts.simulatesBold(FontRole.TITLE)).isTrue();
        assertThat(fonts.sources().get(FontRole.HEADING1)).endsWith("wqy-zenhei.ttc");
        Path pdf = write(fonts, "水泉镇");

        Map<String, String> embedded = embedded(pdf);
        assertThat(embedded).isNotEmpty();
        assertThat(embedded.keySet()).allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+.*"));
        assertThat(embedded.values()).containsOnly("FontFile2");
        assertThat(embedded.keySet())
                .anySatisfy(n -> assertThat(n).contains("BousungEG-Light-GB"))
                .anySatisfy(n -> assertThat(n).contains("WenQuanYiZenHei"));
        assertThat(VeraPdf.failures(pdf)).isEmpty();
        // 515 KB with the Noto CFF subsets and the SVG chart
        assertThat(Files.size(pdf)).isLessThan(120 * 1024);
    }

    @Test
    void theTitleIsDrawnBoldFromTheSongFace() throws Exception {
        Assumptions.assumeTrue(installed("gbsn00lp.ttf"), "fonts-arphic-gbsn00lp installed");
        Path pdf = write(ReportFonts.load(Map.of()), "水泉镇");
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            String content = new String(doc.getPage(1).getContentBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            // fill and stroke (2 Tr) for the title, at its size 二号 22 pt
            assertThat(content).contains("2 Tr").contains(" 22 Tf");
        }
    }

    @Test
    void anOfficesOwnTitleFaceWinsAndIsNotMadeBolder() throws Exception {
        Path own;
        try (var files = Files.walk(Path.of("/usr/share/fonts"))) {
            own = files.filter(f -> f.getFileName().toString().equals("gbsn00lp.ttf"))
                    .findFirst()
                    .orElse(null);
        }
        Assumptions.assumeTrue(own != null, "fonts-arphic-gbsn00lp installed");
        // the same file an office might have as its 小标宋: set in reform.fonts.title, it is drawn as it is
        ReportFonts fonts = ReportFonts.load(Map.of(FontRole.TITLE, own));
        assertThat(fonts.sources().get(FontRole.TITLE)).isEqualTo(own.toString());
        assertThat(fonts.simulatesBold(FontRole.TITLE)).isFalse();
    }

    @Test
    void theTrendChartIsDrawnWithTextThatCanBeFoundAndCopied() throws Exception {
        ReportFonts fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine");
        Path pdf = write(fonts, "水泉镇");
        String page1 = PdfText.pages(pdf).get(0).replaceAll("\\s+", "");
        assertThat(page1).contains("2026年1—10月每月稿件合计（篇）", "稿件合计");
        for (int m = 1; m <= 10; m++) {
            assertThat(page1).contains(m + "月");
        }
        // the value axis: 0 … 70 in steps of 10 for a highest bar of 71, each a piece of text of its own
        List<String> texts = PdfText.chunks(pdf).stream()
                .filter(c -> c.page() == 1)
                .map(c -> c.text().strip())
                .toList();
        assertThat(texts)
                .contains("0", "10", "20", "30", "40", "50", "60", "70")
                .doesNotContain("80");
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfDictionary xObjects = doc.getPage(1).getResources().getResource(PdfName.XObject);
            assertThat(xObjects).isNotNull();
            Set<String> drawings = new TreeSet<>();
            for (PdfName name : xObjects.keySet()) {
                PdfStream form = xObjects.getAsStream(name);
                PdfDictionary fontsOfChart =
                        form.getAsDictionary(PdfName.Resources).getAsDictionary(PdfName.Font);
                assertThat(fontsOfChart)
                        .as("the chart's labels are text in the document's fonts")
                        .isNotNull();
                drawings.add(name.getValue());
                // bars and labels, not glyph outlines: a few hundred bytes
                assertThat(form.getBytes(false).length).isLessThan(2_000);
            }
            assertThat(drawings).hasSize(1);
        }
    }

    @Test
    void onAMachineWithOnlyTheNotoFacesTheReportStillComesOutArchival() throws Exception {
        Path fonts = dir.resolve("noto-only");
        Files.createDirectories(fonts);
        for (String name : List.of("NotoSerifCJK-Bold.ttc", "NotoSerifCJK-Regular.ttc", "NotoSansCJK-Regular.ttc")) {
            Path file;
            try (var files = Files.walk(Path.of("/usr/share/fonts"))) {
                file = files.filter(f -> f.getFileName().toString().equals(name))
                        .findFirst()
                        .orElse(null);
            }
            Assumptions.assumeTrue(file != null, "fonts-noto-cjk installed");
            Files.createSymbolicLink(fonts.resolve(name), file);
        }
        ReportFonts noto = ReportFonts.load(Map.of(), List.of(fonts));
        assertThat(noto.allEmbedded()).isTrue();
        assertThat(noto.simulatesBold(FontRole.TITLE)).isFalse();
        assertThat(noto.sources().get(FontRole.TITLE)).endsWith("NotoSerifCJK-Bold.ttc");
        assertThat(noto.sources().get(FontRole.HEADING1)).endsWith("NotoSansCJK-Regular.ttc");
        Path pdf = write(noto, "水泉镇");
        assertThat(embedded(pdf).values()).containsOnly("FontFile3");
        assertThat(VeraPdf.failures(pdf)).isEmpty();
        assertThat(String.join("", PdfText.pages(pdf)).replaceAll("\\s+", ""))
                .contains("水泉镇2026年10月改革宣传工作情况", "2026年1—10月每月稿件合计（篇）");
    }

    @Test
    void theValueAxisStepsAreRound() {
        assertThat(PdfBarChart.Ticks.of(71, 160))
                .extracting(t -> t.step(), t -> t.top())
                .containsExactly(10, 70);
        assertThat(PdfBarChart.Ticks.of(0, 160).step()).isEqualTo(1);
        assertThat(PdfBarChart.Ticks.of(4000, 160).step()).isEqualTo(500);
        assertThat(PdfBarChart.Ticks.of(3, 160))
                .extracting(t -> t.step(), t -> t.top())
                .containsExactly(1, 3);
    }
}
