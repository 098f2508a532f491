package org.reformreport.outputs.document;

import static org.reformreport.outputs.document.OfficeNumbers.count;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.Weeks;
import org.reformreport.summary.SubmissionGrid;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.WeekSubmission;

/** The text of a unit's report, from the unit.* templates. */
public final class UnitNarrative {

    /** The trend chart follows the articles paragraph (lead-in, heading, submissions, articles). */
    static final int TREND_AFTER_BLOCK = 3;

    private final ReportTemplates t;
    private final DistrictNarrative district;

    public UnitNarrative(ReportTemplates templates) {
        this.t = templates;
        this.district = new DistrictNarrative(templates);
    }

    public Map<String, Object> period(UnitMonth u) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("单位", u.figures().unitName());
        v.put("年", u.month().year());
        v.put("月", u.month().monthValue());
        return v;
    }

    public String title(UnitMonth u) {
        return t.fill("unit.title", period(u));
    }

    public List<ReportBlock> body(UnitMonth u) {
        UnitMonthFigures f = u.figures();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(t.fill("unit.lead-in", period(u))));
        blocks.add(new ReportBlock.Heading(t.get("unit.heading.figures")));
        Map<String, Object> v = period(u);
        v.put("应报", f.weeksDue());
        v.put("按时", f.onTime());
        List<String> late = weeksWith(u, WeekSubmission.LATE);
        List<String> missing = weeksWith(u, WeekSubmission.MISSING);
        // Counts from the stored figures; the weeks named from the grid built from the same rows.
        v.put("迟报说明", f.late() == 0 ? "" : t.fill("unit.late", Map.of("迟报", f.late(), "周次", OfficeNumbers.list(late))));
        v.put(
                "缺报说明",
                f.missing() == 0
                        ? ""
                        : t.fill("unit.missing", Map.of("缺报", f.missing(), "周次", OfficeNumbers.list(missing))));
        blocks.add(new ReportBlock.Paragraph(t.fill("unit.submissions", v)));
        v.put("稿件合计", count(f.total()));
        v.put("中央", f.media().central());
        v.put("省级", f.media().provincial());
        v.put("市级", f.media().municipal());
        v.put("区级", f.media().district());
        v.put("新媒体", f.media().newMedia());
        v.put("年度累计", count(f.yearToDateTotal()));
        List<String> comparisons = new ArrayList<>();
        district.comparison("overall.compare", f.monthOnMonth()).ifPresent(comparisons::add);
        district.comparison("overall.compare-year", f.yearOnYear()).ifPresent(comparisons::add);
        v.put("比较", comparisons.isEmpty() ? "" : "，" + String.join("，", comparisons));
        blocks.add(new ReportBlock.Paragraph(t.fill("unit.articles", v)));

        blocks.add(new ReportBlock.Heading(t.get("unit.heading.score")));
        v.put("类型", f.group());
        v.put("组内单位数", u.groupSize());
        v.put("排名", u.score().rank());
        v.put("得分", two(u.score().total()));
        v.put("宣传", two(u.score().publicity()));
        v.put("报送", two(u.score().submission()));
        v.put("任务", two(u.score().tasks()));
        v.put("加分", two(u.score().bonus()));
        blocks.add(new ReportBlock.Paragraph(t.fill("unit.score", v)
                + (u.score().tasksFromGroupAverage() ? t.get("unit.score.tasks-average") : "")));

        blocks.add(new ReportBlock.Heading(t.get("unit.heading.tasks")));
        if (u.tasks().isEmpty()) {
            blocks.add(new ReportBlock.Paragraph(t.get("unit.tasks.none")));
        }
        for (UnitMonth.Task task : u.tasks()) {
            String progress = task.thisMonth() == null || task.thisMonth().isBlank()
                    ? t.get("unit.task.no-report")
                    : DistrictNarrative.clause(task.thisMonth());
            blocks.add(new ReportBlock.Paragraph(DistrictNarrative.sentence(
                    t.fill("unit.task", Map.of("任务", task.title(), "状态", task.statusLabel(), "进展", progress)))));
        }

        blocks.add(new ReportBlock.Heading(t.get("unit.heading.reminders")));
        List<String> reminders = new ArrayList<>();
        if (f.missing() > 0) {
            reminders.add(t.get("unit.reminder.missing"));
        }
        if (f.late() > 0) {
            reminders.add(t.get("unit.reminder.late"));
        }
        if (u.tasks().stream()
                .anyMatch(x -> x.statusLabel().equals("滞后") || x.statusLabel().equals("未报送"))) {
            reminders.add(t.get("unit.reminder.tasks"));
        }
        blocks.add(new ReportBlock.Paragraph(
                reminders.isEmpty() ? t.get("unit.reminder.none") : String.join("", reminders)));
        return blocks;
    }

    /** 第2周（10.5—10.11） for the weeks in this state. */
    private static List<String> weeksWith(UnitMonth u, WeekSubmission state) {
        List<String> weeks = new ArrayList<>();
        for (LocalDate w : u.month().weeks()) {
            if (SubmissionGrid.at(u.weeks(), w) == state) {
                weeks.add("第" + Weeks.ordinalInMonth(w) + "周" + OfficeNumbers.weekSpan(w));
            }
        }
        return weeks;
    }

    private static String two(java.math.BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
