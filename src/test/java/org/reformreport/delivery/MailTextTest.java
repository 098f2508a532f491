package org.reformreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.MediaCounts;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;

class MailTextTest {

    private static UnitMonthFigures figures(
            String code, String name, int district, int previous, int lastYear, int lagging) {
        return new UnitMonthFigures(
                code,
                name,
                "乡镇街道",
                5,
                4,
                1,
                new MediaCounts(0, 1, 2, district, 3),
                previous,
                lastYear,
                100,
                0,
                0,
                0,
                0,
                0,
                Map.of(EffectiveStatus.ON_TRACK, 1, EffectiveStatus.LAGGING, lagging),
                Map.of());
    }

    private static UnitScore score(String code, String total, int rank) {
        return new UnitScore(
                code,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                false,
                BigDecimal.ZERO,
                new BigDecimal(total),
                rank);
    }

    private final MailText text = new MailText(
            ReportTemplates.load(Path.of("templates"), ReportTemplates.EMAIL_FILE),
            "平川区",
            "中共平川区委全面深化改革委员会办公室",
            ReportMonth.of(2026, 10),
            List.of(figures("A", "甲街道", 4, 8, 0, 1), figures("B", "乙镇", 14, 0, 10, 0)),
            Map.of("A", score("A", "71.5", 2), "B", score("B", "93.25", 1)),
            LocalDate.of(2026, 11, 2));

    private static final List<PlannedMessage.Attachment> LEADER_FILES = List.of(
            new PlannedMessage.Attachment("改革工作月报_2026年10月.pdf", "x"),
            new PlannedMessage.Attachment("改革工作月报_2026年10月.xlsx", "y"));

    @Test
    void subjectsNameTheMonthTheUnitAndACorrection() {
        assertThat(text.subject(MessageKey.Kind.LEADER, null, false)).isEqualTo("平川区2026年10月改革工作月报");
        assertThat(text.subject(MessageKey.Kind.UNIT, "甲街道", true)).isEqualTo("【更正】平川区2026年10月改革宣传工作情况（甲街道）");
    }

    @Test
    void theLeadersBodyGivesTheMonthsHeadlineFigures() {
        MailText.Body body = text.body(
                new MessageKey("wang@pc.example.cn", MessageKey.Kind.LEADER, null), "王书记", LEADER_FILES, false);
        // A: 10 articles (8 last month), B: 20 (0 last month, 10 a year ago): 30 against 8 and 10
        assertThat(body.text())
                .startsWith("王书记同志：")
                .contains("全区2个单位应报送宣传报道周报表10份，按时报送8份（按时报送率80.0%），迟报2份，缺报0份")
                .contains("刊播稿件30篇，环比增长275.0%，同比增长200.0%")
                .contains("在推进改革任务3项，其中已完成0项、按期推进2项、滞后1项、未报送进展0项")
                .contains("附件：1.改革工作月报_2026年10月.pdf（月报）；2.改革工作月报_2026年10月.xlsx（数据工作簿）。")
                .contains("中共平川区委全面深化改革委员会办公室\n2026年11月2日")
                .doesNotContain("更正");
        assertThat(body.html())
                .contains("<p style=\"text-indent:2em;margin:0 0 0.6em\">本月要点：全区2个单位")
                .contains("中共平川区委全面深化改革委员会办公室<br>");
    }

    @Test
    void theLeadersBodyNamesTheWordDocumentWhenItGoesAlong() {
        List<PlannedMessage.Attachment> files = new java.util.ArrayList<>(LEADER_FILES);
        files.add(new PlannedMessage.Attachment("改革工作月报_2026年10月.docx", "w"));
        MailText.Body body =
                text.body(new MessageKey("wang@pc.example.cn", MessageKey.Kind.LEADER, null), "王书记", files, false);
        assertThat(body.text())
                .contains("附件：1.改革工作月报_2026年10月.pdf（月报）；2.改革工作月报_2026年10月.xlsx（数据工作簿）；"
                        + "3.改革工作月报_2026年10月.docx（月报Word版，可修改后印发）。");
    }

    @Test
    void theLeadersBodyListsTheRankingNoticeAfterTheWordDocument() {
        List<PlannedMessage.Attachment> files = new java.util.ArrayList<>(LEADER_FILES);
        files.add(new PlannedMessage.Attachment("改革工作月报_2026年10月.docx", "w"));
        files.add(new PlannedMessage.Attachment("情况通报_2026年10月.pdf", "n"));
        files.add(new PlannedMessage.Attachment("情况通报_2026年10月.docx", "m"));
        MailText.Body body =
                text.body(new MessageKey("wang@pc.example.cn", MessageKey.Kind.LEADER, null), "王书记", files, false);
        assertThat(body.text())
                .contains("；3.改革工作月报_2026年10月.docx（月报Word版，可修改后印发）；4.情况通报_2026年10月.pdf；" + "5.情况通报_2026年10月.docx。");
    }

    @Test
    void aUnitsBodyGivesItsOwnFiguresAndRankAndNoComparisonOnAZeroBase() {
        MailText.Body a = text.body(
                new MessageKey("a@pc.example.cn", MessageKey.Kind.UNIT, "A"),
                "联络员甲",
                List.of(new PlannedMessage.Attachment("单位报告/A_甲街道.pdf", "z")),
                true);
        assertThat(a.text())
                .contains("现将甲街道2026年10月改革宣传工作情况报告发给你单位，请查收附件“A_甲街道.pdf”")
                .contains("刊播稿件10篇，环比增长25.0%；")
                .contains("综合得分71.50分，在乡镇街道2个单位中排名第2位；牵头改革任务2项，其中已完成0项、按期推进1项、滞后1项、未报送进展0项。")
                .contains("本邮件为更正件")
                .doesNotContain("乙镇");
        MailText.Body b = text.body(
                new MessageKey("b@pc.example.cn", MessageKey.Kind.UNIT, "B"),
                "",
                List.of(new PlannedMessage.Attachment("单位报告/B_乙镇.pdf", "z")),
                false);
        assertThat(b.text()).startsWith("各位同志：").contains("刊播稿件20篇，同比增长100.0%；").doesNotContain("环比");
    }

    @Test
    void htmlEscapesWhatALiaisonTyped() {
        assertThat(MailText.html("　　A<B & \"C\"")).contains("A&lt;B &amp; &quot;C&quot;");
    }
}
