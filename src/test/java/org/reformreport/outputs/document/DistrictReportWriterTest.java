package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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

class DistrictReportWriterTest {

    @TempDir
    Path dir;

    private Path pdf;
    private DistrictMonth month;
    private Map<String, Map<LocalDate, WeekSubmission>> grid;
    private ReportFonts fonts;

    private static UnitMonthFigures unit(
            String code, String name, String group, int onTime, int late, int district, int previous, int lastYear) {
        Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
        tasks.put(EffectiveStatus.ON_TRACK, 1);
        return UnitMonthFigures.builder(code, name, group)
                .weeksDue(5)
                .onTime(onTime)
                .late(late)
                .media(new MediaCounts(1, 2, 3, district, 10))
                .previousMonthTotal(previous)
                .lastYearTotal(lastYear)
                .yearToDateTotal(300)
                .ofWhich(new OfWhichCounts(1, 0, 0, 0, 2))
                .leadTasks(tasks)
                .promotions(Map.of(PromotionLevel.MUNICIPAL, 1))
                .build();
    }

    private static UnitScore score(String code, String total, int rank) {
        BigDecimal t = new BigDecimal(total);
        return new UnitScore(
                code,
                BigDecimal.TEN,
                t.subtract(BigDecimal.valueOf(50)),
                BigDecimal.valueOf(30),
                BigDecimal.valueOf(20),
                false,
                BigDecimal.ZERO,
                t,
                rank);
    }

    @BeforeEach
    void write() throws Exception {
        fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine");
        List<UnitMonthFigures> units = List.of(
                unit("CZJD", "长征街道", "乡镇街道", 5, 0, 20, 40, 50),
                unit("SQZ", "水泉镇", "乡镇街道", 3, 1, 4, 40, 0),
                unit("FGJ", "区发改局", "部门单位", 4, 0, 6, 0, 30));
        month = new DistrictMonth(
                "平川区",
                "中共平川区委全面深化改革委员会办公室",
                ReportMonth.of(2026, 10),
                units,
                Map.of(
                        "CZJD",
                        score("CZJD", "98.50", 1),
                        "SQZ",
                        score("SQZ", "70.25", 2),
                        "FGJ",
                        score("FGJ", "88.00", 1)),
                List.of(
                        new DistrictMonth.TaskLine(
                                "GG-01", "营商环境“一照通”改革", "区发改局", "王某某", EffectiveStatus.ON_TRACK, "办理时限压缩85%\n群众满意度提升"),
                        new DistrictMonth.TaskLine("GG-02", "基层“末梢治理”改革", "长征街道", "李某某", EffectiveStatus.LAGGING, ""),
                        new DistrictMonth.TaskLine(
                                "GG-03", "数字政府建设", "区发改局", "赵某某", EffectiveStatus.NOT_REPORTED, null)),
                List.of(new DistrictMonth.Experience("区发改局", "“一照通”审批经验。", "省级")));
        grid = Map.of(
                "SQZ",
                Map.of(
                        LocalDate.of(2026, 10, 5),
                        WeekSubmission.LATE,
                        LocalDate.of(2026, 9, 28),
                        WeekSubmission.ON_TIME));
        pdf = dir.resolve("report.pdf");
        new DistrictReportWriter(fonts, ReportTemplates.load(Path.of("templates")))
                .write(pdf, month, grid, LocalDate.of(2026, 11, 3));
    }

    @Test
    void theReportSaysTheMonthInFiguresWithSectionsAndAttachments() throws Exception {
        String text = String.join("\n", PdfText.pages(pdf)).replaceAll("\\s+", "");
        assertThat(text)
                .contains(
                        "平川区2026年10月",
                        "全面深化改革工作情况报告",
                        "区委全面深化改革委员会：",
                        "现将2026年10月全区改革宣传工作情况报告如下：",
                        "一、总体情况",
                        "二、主要成效",
                        "三、存在问题",
                        "四、下步工作打算",
                        "附件1",
                        "附件2",
                        "2026年10月各单位得分排名",
                        "2026年10月周报表报送情况");
        // 3 units × 5 weeks; 12 on time, 1 late, 2 missing; articles 3 × 16 + 30 = 78; base 80 → −2.5%; last year 80.
        assertThat(text).contains("全区3个单位应报送宣传报道周报表15份，实际按时报送12份、迟报1份、缺报2份，按时报送率80.0%");
        assertThat(text).contains("共刊播稿件78篇", "环比下降2.5%，同比下降2.5%");
        assertThat(text).contains("乡镇街道中长征街道、水泉镇位居前列", "部门单位中区发改局位居前列");
        assertThat(text).contains("区发改局牵头的营商环境“一照通”改革：办理时限压缩85%群众满意度提升。");
        assertThat(text).contains("区发改局：“一照通”审批经验（省级推广）。");
        assertThat(text).contains("水泉镇、区发改局等2个单位本月有缺报周报表情况", "水泉镇等1个单位存在迟报情况");
        assertThat(text).contains("基层“末梢治理”改革（牵头单位：长征街道，领衔领导：李某某）进度滞后", "数字政府建设（牵头单位：区发改局，领衔领导：赵某某）本月未报送进展");
        assertThat(text).contains("附件：1.10月各单位得分排名", "2.10月周报表报送情况");
        assertThat(text).contains("中共平川区委全面深化改革委员会办公室", "2026年11月3日");
        assertThat(text).contains("98.50", "70.25", "88.00");
    }

    @Test
    void theWordDocumentSaysWhatThePdfSaysInTheSameOrder() throws Exception {
        Path docx = dir.resolve("report.docx");
        new DistrictReportWriter(fonts, ReportTemplates.load(Path.of("templates")))
                .writeWord(docx, month, grid, LocalDate.of(2026, 11, 3), WordFaces.OFFICE);
        assertThat(WordText.differences(docx, pdf)).isEmpty();
        List<WordText.Paragraph> paragraphs = WordText.paragraphs(docx);
        assertThat(paragraphs.get(0).text()).isEqualTo("平川区2026年10月\n全面深化改革工作情况报告");
        assertThat(paragraphs)
                .filteredOn(WordText.Paragraph::inTable)
                .extracting(WordText.Paragraph::text)
                .contains("乡镇街道（2个）", "98.50", "迟报", "第1周\n9.28—\n10.4");
        // the comparison does fail when a paragraph is missing
        Path shorter = dir.resolve("shorter.docx");
        List<DocumentPart> parts =
                new java.util.ArrayList<>(new DistrictReportWriter(fonts, ReportTemplates.load(Path.of("templates")))
                        .parts(month, grid, LocalDate.of(2026, 11, 3)));
        parts.remove(3);
        WordDocument.write(shorter, parts, WordFaces.OFFICE, "t", "a");
        assertThat(WordText.differences(shorter, pdf)).isNotEmpty();
    }

    @Test
    void theSubmissionTableBreaksAWeekOnlyAtTheDashBetweenItsDates() throws Exception {
        List<String> lines = String.join("\n", PdfText.pages(pdf)).lines().toList();
        // October 2026's five weeks, each header cell "第N周 / 9.28— / 10.4": the first dates on one line, the last on
        // the next
        int starts = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replaceAll("\\s+", "").equals("9.28—10.5—10.12—10.19—10.26—")) {
                starts = i;
            }
        }
        assertThat(starts)
                .as("a line of the weeks' first dates, each ending at its dash")
                .isNotNegative();
        assertThat(lines.get(starts + 1).replaceAll("\\s+", "")).isEqualTo("10.410.1110.1810.2511.1");
        assertThat(String.join("\n", lines)).doesNotContainPattern("\\d\\.\\s*\\n");
    }

    @Test
    void theReportsAreValidPdfA2b() throws Exception {
        assertThat(VeraPdf.failures(pdf)).isEmpty();
        Path unit = dir.resolve("unit.pdf");
        Map<EffectiveStatus, Integer> none = Map.of();
        new UnitReportWriter(ReportFonts.load(Map.of()), ReportTemplates.load(Path.of("templates")))
                .write(
                        unit,
                        new UnitMonth(
                                "办公室",
                                ReportMonth.of(2026, 10),
                                unit("SQZ", "水泉镇", "乡镇街道", 3, 1, 4, 40, 0),
                                score("SQZ", "70.25", 2),
                                2,
                                Map.of(
                                        LocalDate.of(2026, 9, 28),
                                        WeekSubmission.ON_TIME,
                                        LocalDate.of(2026, 10, 5),
                                        WeekSubmission.LATE,
                                        LocalDate.of(2026, 10, 12),
                                        WeekSubmission.ON_TIME,
                                        LocalDate.of(2026, 10, 19),
                                        WeekSubmission.ON_TIME),
                                List.of(new UnitMonth.Task("某改革", "滞后", null)),
                                Map.of(ReportMonth.of(2026, 9), 12)),
                        LocalDate.of(2026, 11, 3));
        assertThat(VeraPdf.failures(unit)).isEmpty();
        assertThat(String.join("", PdfText.pages(unit)).replaceAll("\\s+", ""))
                .contains(
                        "在乡镇街道2个单位中排名第2",
                        "某改革（滞后）：本月未报送进展。",
                        "按时报送3份，迟报1份（第2周10.5—10.11），缺报1份（第5周10.26—11.1）。",
                        "环比下降50.0%。");
        // The validator does fail a PDF that is not PDF/A, so the checks above mean something.
        Path plain = dir.resolve("plain.pdf");
        try (var doc = new com.itextpdf.layout.Document(
                new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(plain.toFile())))) {
            doc.add(new com.itextpdf.layout.element.Paragraph("plain"));
        }
        assertThat(VeraPdf.failures(plain)).isNotEmpty();
    }

    @Test
    void withoutAnyCjkFontTheReportStillComesOutWithAsianFallback() throws Exception {
        ReportFonts none = ReportFonts.load(Map.of(), List.of(dir.resolve("no-fonts-here")));
        assertThat(none.allEmbedded()).isFalse();
        Path fallback = dir.resolve("fallback.pdf");
        new UnitReportWriter(none, ReportTemplates.load(Path.of("templates")))
                .write(
                        fallback,
                        new UnitMonth(
                                "办公室",
                                ReportMonth.of(2026, 10),
                                unit("SQZ", "水泉镇", "乡镇街道", 5, 0, 4, 40, 0),
                                score("SQZ", "70.25", 2),
                                2,
                                Map.of(),
                                List.of(),
                                Map.of()),
                        LocalDate.of(2026, 11, 3));
        assertThat(String.join("", PdfText.pages(fallback)).replaceAll("\\s+", ""))
                .contains("水泉镇2026年10月改革宣传工作情况");
        assertThat(VeraPdf.failures(fallback))
                .as("not archival, and not claimed to be")
                .isNotEmpty();
    }

    @Test
    void theLayoutFollowsGbt9704() throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                assertThat(doc.getPage(i).getPageSize().getWidth()).isCloseTo(595.28f, within(0.5f));
                assertThat(doc.getPage(i).getPageSize().getHeight()).isCloseTo(841.89f, within(0.5f));
            }
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PdfDictionary fonts = doc.getPage(i).getResources().getResource(PdfName.Font);
                for (PdfName name : fonts.keySet()) {
                    PdfDictionary font = fonts.getAsDictionary(name);
                    PdfDictionary descendant =
                            font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
                    PdfDictionary descriptor = descendant.getAsDictionary(PdfName.FontDescriptor);
                    assertThat(descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3))
                            .as("font %s embedded", font.getAsName(PdfName.BaseFont))
                            .isTrue();
                    assertThat(font.getAsName(PdfName.BaseFont).getValue())
                            .as("subset")
                            .matches("[A-Z]{6}\\+.*");
                }
            }
        }
        List<PdfText.Chunk> chunks = PdfText.chunks(pdf);
        float mm = OfficialPage.MM;
        // The text block: the addressee line starts at the left margin (28 mm), the body's first line
        // (two-character indent) 32 pt further; nothing crosses the block's right edge (28 + 156 mm).
        PdfText.Chunk addressee = chunks.stream()
                .filter(c -> c.text().startsWith("区委"))
                .findFirst()
                .orElseThrow();
        assertThat(addressee.left()).isCloseTo(28 * mm, within(mm));
        PdfText.Chunk title = chunks.stream()
                .filter(c -> c.text().startsWith("平川区"))
                .findFirst()
                .orElseThrow();
        assertThat(title.top()).isLessThanOrEqualTo(841.89f - 37 * mm + mm).isGreaterThan(841.89f - 37 * mm - 10 * mm);
        assertThat(chunks.stream().filter(c -> !c.text().startsWith("—")))
                .allSatisfy(c -> assertThat(c.right()).isLessThanOrEqualTo((28 + 156) * mm + mm));
        // Page numbers: "— N —" 7 mm below the block, odd pages right, even pages left.
        List<PdfText.Chunk> numbers =
                chunks.stream().filter(c -> c.text().matches("— \\d+ —")).toList();
        int pages =
                (int) chunks.stream().mapToInt(PdfText.Chunk::page).distinct().count();
        assertThat(numbers).hasSize(pages);
        for (PdfText.Chunk n : numbers) {
            assertThat(n.text()).isEqualTo(PageNumbers.label(n.page()));
            assertThat(n.top()).isCloseTo(35 * mm - 7 * mm, within(2 * mm));
            if (n.page() % 2 == 1) {
                assertThat(n.right())
                        .as("odd page %d on the right", n.page())
                        .isCloseTo((28 + 156) * mm - 14, within(mm));
            } else {
                assertThat(n.left()).as("even page %d on the left", n.page()).isCloseTo(28 * mm + 14, within(mm));
            }
        }
    }
}
