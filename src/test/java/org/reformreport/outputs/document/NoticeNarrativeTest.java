package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notice's text from the month: the sections in order, each group's verdicts, the problems shared with the district report. */
class NoticeNarrativeTest {

    private final ReportTemplates templates = ReportTemplates.load(Path.of("templates"));

    @Test
    void theNoticeSaysTheSameFiguresAndProblemsAsTheDistrictReport() {
        DistrictMonth month = RankingNoticeWriterTest.month();
        List<ReportBlock> notice = new NoticeNarrative(templates).body(month);
        List<ReportBlock> district = new DistrictNarrative(templates).body(month);
        List<ReportBlock> problems = new DistrictNarrative(templates).problems(month);
        assertThat(notice).containsSubsequence(problems);
        assertThat(district).containsSubsequence(problems);
        assertThat(notice.stream()
                        .filter(b -> b instanceof ReportBlock.Heading)
                        .map(b -> ((ReportBlock.Heading) b).text()))
                .containsExactly("一、总体情况", "二、排名情况", "三、存在问题", "四、工作要求");
        String text =
                String.join("|", notice.stream().map(NoticeNarrativeTest::text).toList());
        // 8 + 2 + 1 units, 5 weeks each; 2 weeks of 复兴乡 missing, 1 week of 区发改局 late
        assertThat(text).contains("全区11个单位应报送宣传报道周报表55份，按时报送52份、迟报1份、缺报2份，按时报送率94.5%");
        assertThat(text).contains("（二）部门单位（2个）。本组平均得分84.13分。区发改局（88.00分）综合得分位居本组前列，予以通报表扬。");
        assertThat(text).doesNotContain("区财政局（");
        assertThat(text).contains("（一）提高思想认识。各单位要");
    }

    @Test
    void requirementsOpenWithARunInHeading() {
        ReportBlock.Paragraph p = NoticeNarrative.runIn("（一）提高思想认识。各单位要充分认识。");
        assertThat(p.runInHeading()).isEqualTo("（一）提高思想认识。");
        assertThat(p.text()).isEqualTo("各单位要充分认识。");
        assertThat(NoticeNarrative.runIn("各单位要充分认识。").runInHeading()).isNull();
    }

    @Test
    void headingNumbersInChinese() {
        assertThat(List.of(1, 9, 10, 11, 20, 23, 99).stream().map(OfficeNumbers::chinese))
                .containsExactly("一", "九", "十", "十一", "二十", "二十三", "九十九");
    }

    private static String text(ReportBlock b) {
        return b instanceof ReportBlock.Paragraph p
                ? (p.runInHeading() == null ? "" : p.runInHeading()) + p.text()
                : ((ReportBlock.Heading) b).text();
    }
}
