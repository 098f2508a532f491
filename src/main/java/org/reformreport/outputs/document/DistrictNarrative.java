package org.reformreport.outputs.document;

import static org.reformreport.outputs.document.OfficeNumbers.count;
import static org.reformreport.outputs.document.OfficeNumbers.list;
import static org.reformreport.outputs.document.OfficeNumbers.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.Growth;
import org.reformreport.summary.UnitMonthFigures;

/**
 * The district report's text (work-report-format.md "Monthly report"): the month in figures, the
 * achievements naming units, the problems naming units and tasks, the next steps. Sentences come
 * from the templates and adapt to the data.
 */
public final class DistrictNarrative {

    static final int TOP_UNITS_PER_GROUP = 3;
    static final int MAX_ACHIEVEMENTS = 6;
    static final int MAX_NAMED_UNITS = 10;

    private final ReportTemplates t;

    public DistrictNarrative(ReportTemplates templates) {
        this.t = templates;
    }

    public Map<String, Object> period(DistrictMonth m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("地区", m.region());
        v.put("年", m.month().year());
        v.put("月", m.month().monthValue());
        return v;
    }

    public String title(DistrictMonth m) {
        return t.fill("title", period(m));
    }

    public List<ReportBlock> body(DistrictMonth m) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(t.fill("lead-in", period(m))));
        blocks.add(new ReportBlock.Heading(t.get("heading.overall")));
        overall(m, blocks);
        blocks.add(new ReportBlock.Heading(t.get("heading.achievements")));
        achievements(m, blocks);
        blocks.add(new ReportBlock.Heading(t.get("heading.problems")));
        blocks.addAll(problems(m));
        blocks.add(new ReportBlock.Heading(t.get("heading.next")));
        for (int i = 1; t.has("next." + i); i++) {
            blocks.add(new ReportBlock.Paragraph(t.get("next." + i)));
        }
        return blocks;
    }

    private void overall(DistrictMonth m, List<ReportBlock> blocks) {
        Map<String, Object> v = figures(m);
        blocks.add(new ReportBlock.Paragraph(t.fill("overall.submissions", v)));
        blocks.add(new ReportBlock.Paragraph(t.fill("overall.articles", v)));
        blocks.add(new ReportBlock.Paragraph(t.fill("overall.tasks", v)));
    }

    /**
     * The month in figures as the templates' placeholders: the period, submissions (单位数, 应报,
     * 按时, 迟报, 缺报, 按时率), articles by media level with 比较 (环比/同比 in words, or nothing),
     * and tasks by status. The district report and the ranking notice say the same figures.
     */
    Map<String, Object> figures(DistrictMonth m) {
        List<UnitMonthFigures> u = m.units();
        long due = sum(u, UnitMonthFigures::weeksDue);
        long onTime = sum(u, UnitMonthFigures::onTime);
        Map<String, Object> v = period(m);
        v.put("单位数", u.size());
        v.put("应报", count(due));
        v.put("按时", count(onTime));
        v.put("迟报", count(sum(u, UnitMonthFigures::late)));
        v.put("缺报", count(sum(u, UnitMonthFigures::missing)));
        v.put("按时率", due == 0 ? "0.0%" : percent(onTime / (double) due));

        long total = sum(u, UnitMonthFigures::total);
        v.put("稿件合计", count(total));
        v.put("中央", count(sum(u, f -> f.media().central())));
        v.put("省级", count(sum(u, f -> f.media().provincial())));
        v.put("市级", count(sum(u, f -> f.media().municipal())));
        v.put("区级", count(sum(u, f -> f.media().district())));
        v.put("新媒体", count(sum(u, f -> f.media().newMedia())));
        v.put("年度累计", count(sum(u, UnitMonthFigures::yearToDateTotal)));
        List<String> comparisons = new ArrayList<>();
        comparison("overall.compare", Growth.rate(total, sum(u, UnitMonthFigures::previousMonthTotal)))
                .ifPresent(comparisons::add);
        comparison("overall.compare-year", Growth.rate(total, sum(u, UnitMonthFigures::lastYearTotal)))
                .ifPresent(comparisons::add);
        v.put("比较", comparisons.isEmpty() ? "" : "，" + String.join("，", comparisons));

        v.put("任务数", count(m.tasks().size()));
        for (EffectiveStatus s : EffectiveStatus.values()) {
            v.put(s.label(), m.tasks().stream().filter(x -> x.status() == s).count());
        }
        v.put(
                "未报送",
                m.tasks().stream()
                        .filter(x -> x.status() == EffectiveStatus.NOT_REPORTED)
                        .count());
        return v;
    }

    /** 环比增长12.5% / 环比下降3.1% / 与上月持平; nothing when there is no base. */
    java.util.Optional<String> comparison(String key, BigDecimal rate) {
        if (rate == null) {
            return java.util.Optional.empty();
        }
        String direction = rate.signum() > 0 ? ".up" : rate.signum() < 0 ? ".down" : ".flat";
        return java.util.Optional.of(t.fill(key + direction, Map.of("幅度", percent(rate))));
    }

    private void achievements(DistrictMonth m, List<ReportBlock> blocks) {
        Map<String, List<UnitMonthFigures>> groups = new LinkedHashMap<>();
        m.units()
                .forEach(f -> groups.computeIfAbsent(f.group(), k -> new ArrayList<>())
                        .add(f));
        List<String> tops = new ArrayList<>();
        groups.forEach((group, units) -> {
            List<String> best = units.stream()
                    .sorted(Comparator.comparingInt(
                            (UnitMonthFigures f) -> m.scores().get(f.unitCode()).rank()))
                    .limit(TOP_UNITS_PER_GROUP)
                    .map(UnitMonthFigures::unitName)
                    .toList();
            tops.add(t.fill("achievements.publicity.group", Map.of("类型", group, "单位", list(best))));
        });
        blocks.add(new ReportBlock.Paragraph(
                t.get("achievements.publicity.heading"),
                t.fill("achievements.publicity", Map.of("各类型", String.join("；", tops)))));

        List<DistrictMonth.TaskLine> reported = m.tasks().stream()
                .filter(x -> x.achievements() != null && !x.achievements().isBlank())
                .filter(x -> x.status() == EffectiveStatus.COMPLETED || x.status() == EffectiveStatus.ON_TRACK)
                .limit(MAX_ACHIEVEMENTS)
                .toList();
        blocks.add(new ReportBlock.Paragraph(
                t.get("achievements.tasks.heading"), reported.isEmpty() ? t.get("achievements.none") : ""));
        for (DistrictMonth.TaskLine task : reported) {
            blocks.add(new ReportBlock.Paragraph(t.fill(
                    "achievements.task",
                    Map.of("单位", task.leadUnitName(), "任务", task.title(), "成效", sentence(task.achievements())))));
        }
        if (!m.experiences().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (DistrictMonth.Experience e : m.experiences()) {
                sb.append(t.fill(
                        "achievements.experience",
                        Map.of("单位", e.unitName(), "经验", clause(e.experience()), "层级", e.levelLabel())));
            }
            blocks.add(new ReportBlock.Paragraph(t.get("achievements.experience.heading"), sb.toString()));
        }
    }

    /**
     * 存在问题: units with missing or late weeks by name, tasks 滞后 or 未报送 with lead unit and
     * leader; the ranking notice says the same problems in the same words.
     */
    List<ReportBlock> problems(DistrictMonth m) {
        List<ReportBlock> blocks = new ArrayList<>();
        List<String> missing = m.units().stream()
                .filter(f -> f.missing() > 0)
                .map(UnitMonthFigures::unitName)
                .toList();
        List<String> late = m.units().stream()
                .filter(f -> f.late() > 0)
                .map(UnitMonthFigures::unitName)
                .toList();
        StringBuilder submissions = new StringBuilder();
        if (!missing.isEmpty()) {
            submissions.append(t.fill("problems.missing", Map.of("单位", named(missing), "数量", missing.size())));
        }
        if (!late.isEmpty()) {
            submissions.append(t.fill("problems.late", Map.of("单位", named(late), "数量", late.size())));
        }
        blocks.add(new ReportBlock.Paragraph(
                t.get("problems.submissions.heading"),
                submissions.isEmpty() ? t.get("problems.submissions.none") : submissions.toString()));

        StringBuilder tasks = new StringBuilder();
        for (DistrictMonth.TaskLine task : m.tasks()) {
            String key = task.status() == EffectiveStatus.LAGGING
                    ? "problems.task.lagging"
                    : task.status() == EffectiveStatus.NOT_REPORTED ? "problems.task.unreported" : null;
            if (key != null) {
                tasks.append(t.fill(
                        key,
                        Map.of(
                                "任务",
                                task.title(),
                                "单位",
                                task.leadUnitName(),
                                "领导",
                                task.leader() == null || task.leader().isBlank() ? "未明确" : task.leader())));
            }
        }
        blocks.add(new ReportBlock.Paragraph(
                t.get("problems.tasks.heading"), tasks.isEmpty() ? t.get("problems.tasks.none") : tasks.toString()));
        return blocks;
    }

    /** Names the first units; the template adds 等N个单位. */
    private static String named(List<String> units) {
        return list(units.subList(0, Math.min(units.size(), MAX_NAMED_UNITS)));
    }

    /** A liaison's text as one sentence of the report: line breaks folded, a full stop at the end. */
    static String sentence(String text) {
        String s = text.strip().replaceAll("\\s*\\R\\s*", "");
        return s.endsWith("。") || s.endsWith("！") || s.endsWith("？") ? s : s + "。";
    }

    /** A liaison's text inside a sentence: line breaks folded, no closing full stop. */
    static String clause(String text) {
        String s = text.strip().replaceAll("\\s*\\R\\s*", "");
        while (!s.isEmpty() && "。；，".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** A district total, in a long: many units' figures may not fit an int. */
    private static long sum(List<UnitMonthFigures> units, java.util.function.ToLongFunction<UnitMonthFigures> f) {
        return units.stream().mapToLong(f).sum();
    }
}
