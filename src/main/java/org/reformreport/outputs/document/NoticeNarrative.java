package org.reformreport.outputs.document;

import static org.reformreport.outputs.document.OfficeNumbers.list;
import static org.reformreport.outputs.document.OfficeNumbers.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.summary.UnitMonthFigures;

/**
 * The ranking notice's text (work-report-format.md "Ranking notice"): the month in figures, each
 * group's praised and named units with their scores ({@link GroupStanding}), the problems, the
 * requirements. Sentences come from the templates' notice.* entries; the figures and the problems
 * are the district report's own ({@link DistrictNarrative#figures}, {@link DistrictNarrative#problems}).
 */
public final class NoticeNarrative {

    private final ReportTemplates t;
    private final DistrictNarrative district;

    public NoticeNarrative(ReportTemplates templates) {
        this.t = templates;
        this.district = new DistrictNarrative(templates);
    }

    public String title(DistrictMonth m) {
        return t.fill("notice.title", district.period(m));
    }

    public String addressees() {
        return t.get("notice.addressees");
    }

    /** 附件说明: the one attachment, the ranking table. */
    public String attachmentNote(DistrictMonth m) {
        return t.fill("notice.attachment", district.period(m));
    }

    public String attachmentTitle(DistrictMonth m) {
        return t.fill("notice.attachment.title", district.period(m));
    }

    public List<ReportBlock> body(DistrictMonth m) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(t.fill("notice.lead-in", district.period(m))));
        blocks.add(new ReportBlock.Heading(t.get("notice.heading.overall")));
        Map<String, Object> figures = district.figures(m);
        blocks.add(new ReportBlock.Paragraph(t.fill("notice.overall.submissions", figures)));
        blocks.add(new ReportBlock.Paragraph(t.fill("notice.overall.articles", figures)));
        blocks.add(new ReportBlock.Paragraph(t.fill("notice.overall.tasks", figures)));
        blocks.add(new ReportBlock.Heading(t.get("notice.heading.ranking")));
        blocks.add(new ReportBlock.Paragraph(t.get("notice.ranking.lead")));
        List<GroupStanding> groups = standings(m);
        for (int i = 0; i < groups.size(); i++) {
            blocks.add(group(i + 1, groups.get(i)));
        }
        blocks.add(new ReportBlock.Heading(t.get("notice.heading.problems")));
        blocks.addAll(district.problems(m));
        blocks.add(new ReportBlock.Heading(t.get("notice.heading.requirements")));
        for (int i = 1; t.has("notice.requirement." + i); i++) {
            blocks.add(runIn(t.get("notice.requirement." + i)));
        }
        return blocks;
    }

    /** Each group's standing, the groups in the order their units come (as the ranking table has them). */
    static List<GroupStanding> standings(DistrictMonth m) {
        Map<String, List<GroupStanding.Ranked>> groups = new LinkedHashMap<>();
        for (UnitMonthFigures f : m.units()) {
            groups.computeIfAbsent(f.group(), k -> new ArrayList<>())
                    .add(new GroupStanding.Ranked(f, m.scores().get(f.unitCode())));
        }
        List<GroupStanding> standings = new ArrayList<>();
        groups.forEach((group, units) -> standings.add(GroupStanding.of(group, units)));
        return standings;
    }

    /** （一）乡镇街道（11个）。 the group's average, then who is praised and who is named, with their scores. */
    private ReportBlock group(int number, GroupStanding g) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("序号", OfficeNumbers.chinese(number));
        v.put("类型", g.group());
        v.put("数量", g.ranked().size());
        String heading = t.fill("notice.ranking.group.heading", v);
        if (g.ranked().size() == 1) {
            GroupStanding.Ranked only = g.ranked().get(0);
            v.put("单位", only.unit().unitName());
            v.put("得分", score(only.score().total()));
            return new ReportBlock.Paragraph(heading, t.fill("notice.ranking.single", v));
        }
        if (g.praised().isEmpty() && g.named().isEmpty()) {
            v.put("得分", score(g.ranked().get(0).score().total()));
            return new ReportBlock.Paragraph(heading, t.fill("notice.ranking.level", v));
        }
        v.put("平均", score(average(g.ranked())));
        List<String> verdicts = new ArrayList<>();
        if (!g.praised().isEmpty()) {
            verdicts.add(t.fill("notice.ranking.praised", Map.of("单位", withScores(g.praised()))));
        }
        if (!g.named().isEmpty()) {
            verdicts.add(t.fill("notice.ranking.named", Map.of("单位", withScores(g.named()))));
        }
        v.put("评价", String.join("；", verdicts));
        return new ReportBlock.Paragraph(heading, t.fill("notice.ranking.group", v));
    }

    /** "（一）提高思想认识。各单位要……": the numbered opening as a run-in 楷体 heading, as the other sections have it. */
    static ReportBlock.Paragraph runIn(String text) {
        int end = text.indexOf('。');
        if (text.startsWith("（") && end > 0 && end < text.length() - 1) {
            return new ReportBlock.Paragraph(text.substring(0, end + 1), text.substring(end + 1));
        }
        return new ReportBlock.Paragraph(text);
    }

    /** 长征街道（98.50分）、水泉镇（95.20分） */
    private String withScores(List<GroupStanding.Ranked> units) {
        return list(units.stream()
                .map(r -> t.fill(
                        "notice.ranking.unit",
                        Map.of("单位", r.unit().unitName(), "得分", score(r.score().total()))))
                .toList());
    }

    private static BigDecimal average(List<GroupStanding.Ranked> units) {
        BigDecimal sum = units.stream().map(r -> r.score().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(units.size()), 2, RoundingMode.HALF_UP);
    }
}
