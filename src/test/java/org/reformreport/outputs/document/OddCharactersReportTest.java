package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

/** Characters the body face lacks, in every place text reaches a report. */
class OddCharactersReportTest {

    /** In no face installed (unassigned since Unicode 1.1), and a private-use character. */
    static final String UNCOVERED = "\u0378\uE000";

    static final String NAME = "王喆👍街道";
    static final String PROGRESS = "完成•改造面积12m²，群众点赞👍\u0007\t组合e\u0301\u200B未知" + UNCOVERED + "。";

    @TempDir
    Path dir;

    /** Whether fonts-symbola is installed (looked up on disk, not through the code under test). */
    static boolean symbolaInstalled() throws java.io.IOException {
        Path fonts = Path.of("/usr/share/fonts");
        if (!java.nio.file.Files.isDirectory(fonts)) {
            return false;
        }
        try (var files = java.nio.file.Files.walk(fonts)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("Symbola"));
        }
    }

    private static UnitMonthFigures unit(String code, String name) {
        Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
        tasks.put(EffectiveStatus.ON_TRACK, 1);
        return UnitMonthFigures.builder(code, name, "乡镇街道•")
                .weeksDue(5)
                .onTime(4)
                .late(1)
                .media(new MediaCounts(1, 2, 3, 4, 5))
                .previousMonthTotal(10)
                .lastYearTotal(12)
                .yearToDateTotal(300)
                .ofWhich(new OfWhichCounts(1, 0, 0, 0, 1))
                .leadTasks(tasks)
                .promotions(Map.of(PromotionLevel.MUNICIPAL, 1))
                .build();
    }

    private static UnitScore score(String code) {
        return new UnitScore(
                code,
                BigDecimal.TEN,
                BigDecimal.ONE,
                BigDecimal.TEN,
                BigDecimal.TEN,
                false,
                BigDecimal.ZERO,
                new BigDecimal("31.00"),
                1);
    }

    private static String text(Path pdf) throws Exception {
        // Without page numbers, which may fall inside a sentence that runs onto the next page.
        return String.join("", PdfText.pages(pdf)).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    @Test
    void aUnitReportDrawsRareCharactersSymbolsAndEmojiAndStaysPdfA() throws Exception {
        ReportFonts fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine");
        Path pdf = dir.resolve("unit.pdf");
        new UnitReportWriter(fonts, ReportTemplates.load(Path.of("templates")))
                .write(
                        pdf,
                        new UnitMonth(
                                "办公室\u0001",
                                ReportMonth.of(2026, 10),
                                unit("WZ", NAME),
                                score("WZ"),
                                1,
                                Map.of(LocalDate.of(2026, 10, 5), WeekSubmission.LATE),
                                List.of(new UnitMonth.Task("•“喆”改革" + UNCOVERED, "滞后", PROGRESS)),
                                Map.of(ReportMonth.of(2026, 9), 12)),
                        LocalDate.of(2026, 11, 3));
        assertThat(VeraPdf.failures(pdf)).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("王喆", "街道2026年10月", "完成•改造面积12m²", "群众点赞", "组合é", "未知□□。", "•“喆”改革□□");
        assertThat(text).doesNotContain("\u0378", "\uE000", "\u0007");
        if (symbolaInstalled()) {
            assertThat(text).contains("王喆👍街道", "点赞👍");
        } else {
            assertThat(text).contains("王喆□街道");
        }
    }

    @Test
    void theDistrictReportWithTheSameTextsIncludingTheChart() throws Exception {
        ReportFonts fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine");
        Path pdf = dir.resolve("district.pdf");
        DistrictMonth month = new DistrictMonth(
                "平川区",
                "改革办",
                ReportMonth.of(2026, 10),
                List.of(unit("WZ", NAME), unit("B", "乙镇" + UNCOVERED)),
                Map.of("WZ", score("WZ"), "B", score("B")),
                List.of(new DistrictMonth.TaskLine(
                        "T1", "•“喆”改革", NAME, "张喆" + UNCOVERED, EffectiveStatus.LAGGING, PROGRESS)),
                List.of(new DistrictMonth.Experience(NAME, PROGRESS, "市级")));
        new DistrictReportWriter(fonts, ReportTemplates.load(Path.of("templates")))
                .write(pdf, month, Map.of(), LocalDate.of(2026, 11, 3));
        assertThat(VeraPdf.failures(pdf)).isEmpty();
        assertThat(text(pdf)).contains("领衔领导：张喆□□", "乙镇□□", "完成•改造面积12m²");
    }

    @Test
    void withoutAnyFontFileOddCharactersStillComeOutInTheNonArchivalFallback() throws Exception {
        ReportFonts none = ReportFonts.load(Map.of(), List.of(dir.resolve("no-fonts-here")));
        assertThat(none.allEmbedded()).isFalse();
        Path pdf = dir.resolve("fallback.pdf");
        new UnitReportWriter(none, ReportTemplates.load(Path.of("templates")))
                .write(
                        pdf,
                        new UnitMonth(
                                "办公室",
                                ReportMonth.of(2026, 10),
                                unit("WZ", NAME),
                                score("WZ"),
                                1,
                                Map.of(),
                                List.of(new UnitMonth.Task("改革", "滞后", PROGRESS)),
                                Map.of()),
                        LocalDate.of(2026, 11, 3));
        // STSong-Light has 喆 and □ but no emoji.
        assertThat(text(pdf)).contains("王喆□街道", "未知□□。");
    }
}
