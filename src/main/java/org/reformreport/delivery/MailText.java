package org.reformreport.delivery;

import static org.reformreport.outputs.document.OfficeNumbers.count;
import static org.reformreport.outputs.document.OfficeNumbers.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.outputs.document.OfficeNumbers;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.Growth;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;

/**
 * Subjects and bodies of a month's messages from templates/email-text.properties, with the month's
 * headline figures (leaders) or the unit's own figures and rank (units). The HTML part says the
 * same as the plain-text part, paragraph for paragraph.
 */
public final class MailText {

    /** A message's words: plain text and the same as HTML. */
    public record Body(String text, String html) {}

    private final ReportTemplates t;
    private final String region;
    private final String authority;
    private final ReportMonth month;
    private final List<UnitMonthFigures> figures;
    private final Map<String, UnitMonthFigures> figuresByUnit = new HashMap<>();
    private final Map<String, UnitScore> scores;
    private final Map<String, Long> groupSizes = new HashMap<>();
    private final LocalDate date;

    public MailText(
            ReportTemplates templates,
            String region,
            String authority,
            ReportMonth month,
            List<UnitMonthFigures> figures,
            Map<String, UnitScore> scores,
            LocalDate date) {
        this.t = templates;
        this.region = region;
        this.authority = authority;
        this.month = month;
        this.figures = figures;
        this.scores = scores;
        this.date = date;
        figures.forEach(f -> {
            figuresByUnit.put(f.unitCode(), f);
            groupSizes.merge(f.group(), 1L, Long::sum);
        });
    }

    public String subject(MessageKey.Kind kind, String unitName, boolean correction) {
        Map<String, Object> v = period();
        v.put("单位名称", unitName == null ? "" : unitName);
        String subject = t.fill(kind == MessageKey.Kind.LEADER ? "leader.subject" : "unit.subject", v);
        return correction ? t.get("correction.prefix") + subject : subject;
    }

    public Body body(
            MessageKey key, String recipientName, List<PlannedMessage.Attachment> attachments, boolean correction) {
        Map<String, Object> v = period();
        v.put("姓名", recipientName == null || recipientName.isBlank() ? "各位" : recipientName);
        v.put("机关", authority);
        v.put("日期", OfficeNumbers.date(date));
        v.put("更正说明", correction ? "\n" + t.fill("correction.note", period()) + "\n" : "");
        String text;
        if (key.kind() == MessageKey.Kind.LEADER) {
            leaderFigures(v);
            v.put("报告文件", attachments.get(0).fileName());
            v.put("工作簿文件", attachments.size() > 1 ? attachments.get(1).fileName() : "");
            v.put("Word附件", wordAttachment(attachments));
            // further documents (the ranking notice, its Word version) numbered on: "；4.情况通报_2026年10月.pdf"
            StringBuilder more = new StringBuilder();
            boolean wordNamed = false;
            for (int i = 2; i < attachments.size(); i++) {
                String name = attachments.get(i).fileName();
                if (!wordNamed && name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
                    wordNamed = true; // the district report's, named by {Word附件}
                    continue;
                }
                more.append("；").append(i + 1).append('.').append(name);
            }
            v.put("其他附件", more.toString());
            text = t.fill("leader.body", v);
        } else {
            unitFigures(key.unitCode(), v);
            v.put("报告文件", attachments.get(0).fileName());
            text = t.fill("unit.body", v);
        }
        return new Body(text, html(text));
    }

    /** "；3.改革工作月报_2026年10月.docx（…）" when the Word document goes along, else nothing. */
    private String wordAttachment(List<PlannedMessage.Attachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            String name = attachments.get(i).fileName();
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") && t.has("leader.word-attachment")) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("序号", i + 1);
                v.put("Word文件", name);
                return t.fill("leader.word-attachment", v);
            }
        }
        return "";
    }

    private Map<String, Object> period() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("地区", region);
        v.put("年", month.year());
        v.put("月", month.monthValue());
        return v;
    }

    private void leaderFigures(Map<String, Object> v) {
        long due = sum(UnitMonthFigures::weeksDue);
        long onTime = sum(UnitMonthFigures::onTime);
        long total = sum(UnitMonthFigures::total);
        v.put("单位数", figures.size());
        v.put("应报", count(due));
        v.put("按时", count(onTime));
        v.put("迟报", count(sum(UnitMonthFigures::late)));
        v.put("缺报", count(sum(UnitMonthFigures::missing)));
        v.put("按时率", due == 0 ? "0.0%" : percent(onTime / (double) due));
        v.put("稿件合计", count(total));
        v.put(
                "比较",
                comparisons(total, sum(UnitMonthFigures::previousMonthTotal), sum(UnitMonthFigures::lastYearTotal)));
        v.put("任务数", count(sum(UnitMonthFigures::leadTaskCount)));
        for (EffectiveStatus s : EffectiveStatus.values()) {
            v.put(s.label(), count(sum(f -> f.tasks(s))));
        }
    }

    private void unitFigures(String unitCode, Map<String, Object> v) {
        UnitMonthFigures f = figuresByUnit.get(unitCode);
        UnitScore score = scores.get(unitCode);
        if (f == null || score == null) {
            throw new IllegalStateException("no figures for unit " + unitCode + " in this run");
        }
        v.put("单位名称", f.unitName());
        v.put("应报", f.weeksDue());
        v.put("按时", f.onTime());
        v.put("迟报", f.late());
        v.put("缺报", f.missing());
        v.put("稿件合计", count(f.total()));
        v.put("比较", comparisons(f.total(), f.previousMonthTotal(), f.lastYearTotal()));
        v.put("得分", score.total().setScale(2, RoundingMode.HALF_UP).toPlainString());
        v.put("单位类型", f.group());
        v.put("组内单位数", groupSizes.get(f.group()));
        v.put("排名", score.rank());
        v.put("牵头任务数", f.leadTaskCount());
        for (EffectiveStatus s : EffectiveStatus.values()) {
            v.put(s.label(), f.tasks(s));
        }
        v.put("任务情况", t.fill(f.leadTaskCount() == 0 ? "unit.tasks.none" : "unit.tasks", v));
    }

    /** "，环比增长12.5%，同比下降3.0%", leaving out a comparison whose base is 0. */
    private String comparisons(long now, long previous, long lastYear) {
        return comparison("compare", Growth.rate(now, previous))
                + comparison("compare-year", Growth.rate(now, lastYear));
    }

    private String comparison(String key, BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        String direction = rate.signum() > 0 ? ".up" : rate.signum() < 0 ? ".down" : ".flat";
        return t.fill(key + direction, Map.of("幅度", percent(rate)));
    }

    /** A district total, in a long: many units' figures may not fit an int. */
    private long sum(ToLongFunction<UnitMonthFigures> part) {
        return figures.stream().mapToLong(part).sum();
    }

    /** The plain text as HTML: blank lines separate paragraphs, a leading "　　" becomes a two-character indent. */
    public static String html(String text) {
        StringBuilder html = new StringBuilder(
                "<html><body style=\"font-family:'FangSong','仿宋',serif;" + "font-size:16px;line-height:1.8\">\n");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            boolean indented = paragraph.startsWith("　　");
            String body = escape(indented ? paragraph.substring(2) : paragraph).replace("\n", "<br>\n");
            html.append(indented ? "<p style=\"text-indent:2em;margin:0 0 0.6em\">" : "<p style=\"margin:0 0 0.6em\">")
                    .append(body)
                    .append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
