package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.MediaCounts;
import org.reformreport.summary.OfWhichCounts;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;

/** The ranking notice's PDF read back: red 版头, the number with 〔〕, the 版记's rules where GB/T 9704 puts them. */
class RankingNoticeWriterTest {

    static final String AUTHORITY = "中共平川区委全面深化改革委员会办公室";

    @TempDir
    Path dir;

    private Path pdf;

    static UnitMonthFigures unit(String code, String name, String group, int onTime, int late, int district) {
        Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
        tasks.put(EffectiveStatus.ON_TRACK, 1);
        return UnitMonthFigures.builder(code, name, group)
                .weeksDue(5)
                .onTime(onTime)
                .late(late)
                .media(new MediaCounts(1, 2, 3, district, 10))
                .previousMonthTotal(40)
                .lastYearTotal(0)
                .yearToDateTotal(300)
                .ofWhich(new OfWhichCounts(1, 0, 0, 0, 2))
                .leadTasks(tasks)
                .build();
    }

    static UnitScore score(String code, String total, int rank) {
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

    static DistrictMonth month() {
        List<UnitMonthFigures> units = new ArrayList<>();
        Map<String, UnitScore> scores = new java.util.HashMap<>();
        String[] towns = {"长征街道", "水泉镇", "共和镇", "王家山镇", "宝积镇", "黄峤镇", "种田乡", "复兴乡"};
        for (int i = 0; i < towns.length; i++) {
            String code = "T" + i;
            units.add(unit(code, towns[i], "乡镇街道", i == 7 ? 3 : 5, 0, 10 - i));
            scores.put(code, score(code, String.valueOf(98 - 4 * i) + ".50", i + 1));
        }
        units.add(unit("FGJ", "区发改局", "部门单位", 4, 1, 6));
        scores.put("FGJ", score("FGJ", "88.00", 1));
        units.add(unit("CZJ", "区财政局", "部门单位", 5, 0, 6));
        scores.put("CZJ", score("CZJ", "80.25", 2));
        units.add(unit("KFQ", "平川经济开发区", "开发区", 5, 0, 6));
        scores.put("KFQ", score("KFQ", "91.00", 1));
        return new DistrictMonth(
                "平川区",
                AUTHORITY,
                ReportMonth.of(2026, 10),
                units,
                scores,
                List.of(
                        new DistrictMonth.TaskLine(
                                "GG-01", "营商环境“一照通”改革", "区发改局", "王某某", EffectiveStatus.ON_TRACK, "压缩时限"),
                        new DistrictMonth.TaskLine("GG-02", "基层“末梢治理”改革", "长征街道", "李某某", EffectiveStatus.LAGGING, "")),
                List.of());
    }

    static RankingNotice notice() {
        return new RankingNotice(AUTHORITY, "区委改办〔2026〕12号", List.of("区委办公室", "区政府办公室"), "平川区委改革办");
    }

    @BeforeEach
    void write() throws Exception {
        ReportFonts fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine");
        ReportTemplates templates = ReportTemplates.load(Path.of("templates"));
        DistrictMonth month = month();
        pdf = dir.resolve("notice.pdf");
        new RankingNoticeWriter(fonts)
                .write(pdf, "通报", AUTHORITY, notice().parts(month, templates, LocalDate.of(2026, 11, 3)));
        if (System.getProperty("notice.keep") != null) {
            Files.copy(
                    pdf, Path.of(System.getProperty("notice.keep")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A piece of text drawn, with its fill colour and its box. */
    record Drawn(
            int page,
            String text,
            Color fill,
            float left,
            float right,
            float bottom,
            float top,
            float baseline,
            float fontSize) {}

    /** A straight horizontal stroke: its page, height, ends, width and colour. */
    record Rule(int page, float y, float x0, float x1, float width, Color stroke) {}

    private List<Drawn> texts() throws Exception {
        List<Drawn> drawn = new ArrayList<>();
        List<Rule> ignored = new ArrayList<>();
        read(drawn, ignored);
        return drawn;
    }

    private List<Rule> rules() throws Exception {
        List<Drawn> ignored = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        read(ignored, rules);
        return rules;
    }

    private void read(List<Drawn> drawn, List<Rule> rules) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                int page = i;
                new PdfCanvasProcessor(new IEventListener() {
                            @Override
                            public void eventOccurred(IEventData data, EventType type) {
                                if (data instanceof TextRenderInfo t
                                        && !t.getText().isBlank()) {
                                    drawn.add(new Drawn(
                                            page,
                                            t.getText(),
                                            t.getFillColor(),
                                            t.getBaseline()
                                                    .getBoundingRectangle()
                                                    .getLeft(),
                                            t.getBaseline()
                                                    .getBoundingRectangle()
                                                    .getRight(),
                                            t.getDescentLine()
                                                    .getBoundingRectangle()
                                                    .getBottom(),
                                            t.getAscentLine()
                                                    .getBoundingRectangle()
                                                    .getTop(),
                                            t.getBaseline()
                                                    .getBoundingRectangle()
                                                    .getBottom(),
                                            t.getFontSize() * t.getTextMatrix().get(Matrix.I22)));
                                } else if (data instanceof PathRenderInfo p
                                        && (p.getOperation() & PathRenderInfo.STROKE) != 0) {
                                    Matrix ctm = p.getCtm();
                                    for (Subpath s : p.getPath().getSubpaths()) {
                                        List<Point> points = s.getPiecewiseLinearApproximation();
                                        if (points.size() == 2
                                                && points.get(0).getY()
                                                        == points.get(1).getY()) {
                                            float y = (float) points.get(0).getY() * ctm.get(Matrix.I22)
                                                    + ctm.get(Matrix.I32);
                                            float x0 = (float) points.get(0).getX() * ctm.get(Matrix.I11)
                                                    + ctm.get(Matrix.I31);
                                            float x1 = (float) points.get(1).getX() * ctm.get(Matrix.I11)
                                                    + ctm.get(Matrix.I31);
                                            rules.add(new Rule(
                                                    page,
                                                    y,
                                                    Math.min(x0, x1),
                                                    Math.max(x0, x1),
                                                    p.getLineWidth() * ctm.get(Matrix.I22),
                                                    p.getStrokeColor()));
                                        }
                                    }
                                }
                            }

                            @Override
                            public Set<EventType> getSupportedEvents() {
                                return Set.of(EventType.RENDER_TEXT, EventType.RENDER_PATH);
                            }
                        })
                        .processPageContent(doc.getPage(i));
            }
        }
    }

    private static final float BLOCK_TOP = OfficialPage.SIZE.getHeight() - OfficialPage.TOP;
    private static final float BLOCK_RIGHT = OfficialPage.LEFT + OfficialPage.BLOCK_WIDTH;

    private static boolean red(Color c) {
        float[] rgb = c.getColorValue();
        return c instanceof DeviceRgb && rgb[0] > 0.85f && rgb[1] < 0.1f && rgb[2] < 0.15f;
    }

    @Test
    void theMastHeadIsRedWithTheNumberInHexagonalBracketsAndARedRuleBelowIt() throws Exception {
        List<Drawn> page1 = texts().stream().filter(d -> d.page() == 1).toList();
        Drawn name = page1.get(0);
        Drawn number = page1.get(1);
        assertThat(name.text()).isEqualTo(AUTHORITY + "文件");
        assertThat(red(name.fill()))
                .as("版头 fill %s", List.of(name.fill().getColorValue()))
                .isTrue();
        assertThat(name.top()).isCloseTo(BLOCK_TOP - 35 * OfficialPage.MM, within(1.5f));
        assertThat((name.left() + name.right()) / 2)
                .isCloseTo(OfficialPage.LEFT + OfficialPage.BLOCK_WIDTH / 2, within(2f));
        assertThat((number.left() + number.right()) / 2)
                .isCloseTo(OfficialPage.LEFT + OfficialPage.BLOCK_WIDTH / 2, within(2f));
        assertThat(name.right() - name.left()).isLessThanOrEqualTo(OfficialPage.BLOCK_WIDTH);

        assertThat(number.text()).isEqualTo("区委改办\u30142026\u301512号");
        assertThat(red(number.fill())).isFalse();
        // two blank lines between the name and the number
        // two blank lines of the grid between the name and the number's line (its glyphs centred in it)
        assertThat(name.bottom() - number.top())
                .isCloseTo(
                        2 * OfficialPage.LINE_PITCH + (OfficialPage.LINE_PITCH - OfficialPage.BODY_SIZE) / 2,
                        within(2f));
        assertThat(page1.stream().filter(d -> red(d.fill()))).hasSize(1);

        List<Rule> redRules =
                rules().stream().filter(r -> r.page() == 1 && red(r.stroke())).toList();
        assertThat(redRules).hasSize(1);
        Rule rule = redRules.get(0);
        assertThat(rule.x0()).isCloseTo(OfficialPage.LEFT, within(0.5f));
        assertThat(rule.x1()).isCloseTo(BLOCK_RIGHT, within(0.5f));
        assertThat(number.bottom() - (rule.y() + rule.width() / 2)).isCloseTo(4 * OfficialPage.MM, within(1.5f));
        Drawn title = page1.get(2);
        assertThat(title.text()).startsWith("关于2026年10月");
        assertThat(rule.y() - title.top()).isCloseTo(2 * OfficialPage.LINE_PITCH, within(3f));
    }

    @Test
    void theColophonClosesTheLastPageBetweenThickAndThinRulesTheLastOnTheBlocksBottomEdge() throws Exception {
        int last;
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            last = doc.getNumberOfPages();
        }
        List<Rule> across = rules().stream()
                .filter(r -> Math.abs(r.x0() - OfficialPage.LEFT) < 0.5f && Math.abs(r.x1() - BLOCK_RIGHT) < 0.5f)
                .filter(r -> !red(r.stroke()))
                .sorted(java.util.Comparator.comparing(Rule::y).reversed())
                .toList();
        assertThat(across).extracting(Rule::page).containsOnly(last);
        assertThat(across).hasSize(3);
        assertThat(across.get(0).width()).isCloseTo(0.35f * OfficialPage.MM, within(0.01f));
        assertThat(across.get(1).width()).isCloseTo(0.25f * OfficialPage.MM, within(0.01f));
        assertThat(across.get(2).width()).isCloseTo(0.35f * OfficialPage.MM, within(0.01f));
        assertThat(across.get(2).y()).isCloseTo(OfficialPage.BOTTOM, within(0.5f));

        List<Drawn> lastPage = texts().stream().filter(d -> d.page() == last).toList();
        Drawn copies = lastPage.stream()
                .filter(d -> d.text().startsWith("抄送"))
                .findFirst()
                .orElseThrow();
        assertThat(copies.text()).isEqualTo("抄送：区委办公室，区政府办公室。");
        assertThat(copies.left()).isCloseTo(OfficialPage.LEFT + 14, within(1f));
        assertThat(copies.baseline()).isBetween(across.get(1).y(), across.get(0).y());
        Drawn printer = lastPage.stream()
                .filter(d -> d.text().equals("平川区委改革办"))
                .findFirst()
                .orElseThrow();
        Drawn date = lastPage.stream()
                .filter(d -> d.text().equals("2026年11月3日印发"))
                .findFirst()
                .orElseThrow();
        assertThat(printer.left()).isCloseTo(OfficialPage.LEFT + 14, within(1f));
        assertThat(date.right()).isCloseTo(BLOCK_RIGHT - 14, within(1f));
        assertThat(printer.baseline())
                .isBetween(across.get(2).y(), across.get(1).y());
        // 四号: 14 pt glyphs
        assertThat(date.fontSize()).isCloseTo(14f, within(0.01f));
        // the attachment comes before it, on the same page
        assertThat(lastPage.get(0).text()).isEqualTo("附件");
    }

    @Test
    void theNoticeSaysTheMonthRanksEachGroupAndIsPdfA2b() throws Exception {
        String text = String.join("\n", PdfText.pages(pdf)).replaceAll("\\s+", "");
        assertThat(text)
                .contains(
                        "关于2026年10月全区改革宣传工作情况的通报",
                        "各乡镇（街道），区直各单位：",
                        "一、总体情况",
                        "二、排名情况",
                        "三、存在问题",
                        "四、工作要求",
                        "（一）乡镇街道（8个）。本组平均得分84.50分。长征街道（98.50分）、水泉镇（94.50分）综合得分位居本组前列，予以通报表扬；种田乡（74.50分）、复兴乡（70.50分）综合得分排名靠后",
                        "（二）部门单位（2个）。本组平均得分84.13分。区发改局（88.00分）综合得分位居本组前列，予以通报表扬。",
                        "（三）开发区（1个）。本组仅平川经济开发区1个单位，综合得分91.00分，不作排名比较。",
                        "复兴乡等1个单位本月有缺报周报表情况",
                        "基层“末梢治理”改革（牵头单位：长征街道，领衔领导：李某某）进度滞后",
                        "附件：2026年10月各单位综合得分排名表",
                        "中共平川区委全面深化改革委员会办公室2026年11月3日");
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void aColophonWithNoRoomLeftOnThePageGetsAPageOfItsOwn() throws Exception {
        ReportFonts fonts = ReportFonts.load(Map.of());
        for (int lines : new int[] {10, 20}) {
            Path file = dir.resolve("lines" + lines + ".pdf");
            List<DocumentPart> parts = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                parts.add(new ReportBlock.Paragraph("第" + (i + 1) + "行。"));
            }
            parts.add(new DocumentPart.Colophon("抄送：区委办公室。", "平川区委改革办", "2026年11月3日"));
            new RankingNoticeWriter(fonts).write(file, "t", "a", parts);
            pdf = file;
            List<Rule> across =
                    rules().stream().filter(r -> r.x1() - r.x0() > 400).toList();
            assertThat(across).hasSize(3);
            // 10 lines leave room for the two rows of the 版记; 20 of the page's 22 do not
            assertThat(across).extracting(Rule::page).containsOnly(lines == 10 ? 1 : 2);
        }
    }

    @Test
    void aLongCopiesToLineBreaksUnderItsFirstOrganAndRaisesTheFirstRule() throws Exception {
        ReportFonts fonts = ReportFonts.load(Map.of());
        Path file = dir.resolve("long.pdf");
        String organs = String.join("，", List.of("区委办公室", "区人大常委会办公室", "区政府办公室", "区政协办公室", "区纪委监委", "区法院", "区检察院"));
        new RankingNoticeWriter(fonts)
                .write(
                        file,
                        "t",
                        "a",
                        List.of(
                                new ReportBlock.Paragraph("正文。"),
                                new DocumentPart.Colophon("抄送：" + organs + "。", "平川区委改革办", "2026年11月3日")));
        pdf = file;
        List<Drawn> copies = texts().stream()
                .filter(d -> d.fontSize() > 13.9f && d.fontSize() < 14.1f)
                .toList();
        Drawn first = copies.get(0);
        Drawn second = copies.get(1);
        assertThat(first.text()).startsWith("抄送：区委办公室");
        assertThat(second.baseline()).isLessThan(first.baseline());
        // the second line starts under the first organ, three characters (抄送：) in
        assertThat(second.left()).isCloseTo(OfficialPage.LEFT + 14 + 3 * 14, within(1f));
        assertThat((first.text() + second.text()).replace(" ", "")).startsWith("抄送：" + organs);
        List<Rule> across = rules().stream().filter(r -> r.x1() - r.x0() > 400).toList();
        assertThat(across).hasSize(3);
        assertThat(across.get(2).y()).isCloseTo(OfficialPage.BOTTOM, within(0.5f));
        // two lines of 抄送 need more than a line of the grid
        assertThat(across.get(0).y() - across.get(1).y()).isGreaterThan(OfficialPage.LINE_PITCH);
        assertThat(first.top()).isLessThan(across.get(0).y());
        assertThat(second.bottom()).isGreaterThan(across.get(1).y());
    }
}
