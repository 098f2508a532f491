package org.reformreport.weekly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.Weeks;
import org.reformreport.delivery.MailText;
import org.reformreport.intake.FileBreakdown.Corrected;
import org.reformreport.intake.FileBreakdown.Replaced;
import org.reformreport.intake.FileBreakdown.RowNote;
import org.reformreport.intake.FileBreakdown.UnitRows;
import org.reformreport.outputs.document.OfficeNumbers;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.registry.Unit;

/**
 * The words of the weekly round's messages, from templates/weekly-text.properties: receipts,
 * reminders and the office's notices. Every list is cut at the settings' number of rows, the rest
 * counted, so that a form of 200,000 bad rows still makes a message a mail server takes.
 */
final class WeeklyText {

    static final String FILE = "weekly-text.properties";

    /** One message's subject and words. */
    record Message(String subject, MailText.Body body) {}

    /** How a unit's weeks of the month a receipt reports on stand, and its next deadline. */
    record MonthStatus(
            ReportMonth month,
            int ended,
            int onTime,
            int late,
            List<LocalDate> missing,
            LocalDate nextWeek,
            LocalDate nextDue) {}

    private final ReportTemplates t;
    private final String authority;
    private final LocalDate today;
    private final int listed;

    WeeklyText(ReportTemplates templates, String authority, LocalDate today, int listedRows) {
        this.t = templates;
        this.authority = authority;
        this.today = today;
        this.listed = listedRows;
    }

    /** A receipt for one unit's rows of one file. {@code blank} is the file's blank rows when they are the unit's. */
    Message receipt(Unit unit, String fileName, UnitRows rows, int blank, MonthStatus status) {
        Map<String, Object> v = common();
        v.put("姓名", named(unit.liaison()));
        v.put("单位名称", unit.name());
        // the name the liaison gave the file, not the office's folder it was filed in
        v.put("文件名", oneLine(fileName.substring(fileName.lastIndexOf('/') + 1)));
        v.put("收到日期", OfficeNumbers.date(today));
        v.put("合计", rows.counted() + rows.superseded() + rows.rejectedCount());
        v.put("计入", rows.counted());
        v.put("被更正", rows.superseded());
        v.put("退回", rows.rejectedCount());
        v.put("空行", blank);
        v.put("更正说明", rows.superseded() == 0 ? "" : t.fill("receipt.superseded", v));
        v.put("空行说明", blank == 0 ? "" : t.fill("receipt.blank", v));
        v.put(
                "退回明细",
                section(
                        "receipt.rejected.heading",
                        rows.rejected().stream().map(WeeklyText::where).toList()));
        v.put(
                "本文件被更正明细",
                section(
                        "receipt.superseded.heading",
                        rows.supersededRows().stream().map(WeeklyText::replaced).toList()));
        v.put(
                "更正此前明细",
                section(
                        "receipt.corrected.heading",
                        rows.corrected().stream().map(WeeklyText::corrected).toList()));
        v.put(
                "提示明细",
                section(
                        "receipt.warnings.heading",
                        rows.warnings().stream().map(WeeklyText::where).toList()));
        v.put("报送情况", status(status));
        String subject = t.fill(rows.rejectedCount() == 0 ? "receipt.subject.clean" : "receipt.subject.problems", v);
        return message(subject, t.fill("receipt.body", v));
    }

    /** The office is told of a file nobody could be told about: unreadable, no form in it, no data. */
    Message unreadableFile(String fileName, String reason) {
        Map<String, Object> v = common();
        v.put("文件名", oneLine(fileName));
        v.put("收到日期", OfficeNumbers.date(today));
        v.put("原因", oneLine(reason));
        return message(t.fill("office.file.subject", v), t.fill("office.file.body", v));
    }

    /** The office is told of a file's rows whose unit code no unit has (or that named none). */
    Message rowsOfNoUnit(String fileName, List<RowNote> rows) {
        Map<String, Object> v = common();
        v.put("文件名", oneLine(fileName));
        v.put("收到日期", OfficeNumbers.date(today));
        v.put("行数", rows.size());
        v.put("明细", lines(rows.stream().map(WeeklyText::where).toList()));
        return message(t.fill("office.unknown.subject", v), t.fill("office.unknown.body", v));
    }

    /**
     * A reminder of the week's missing tally.
     *
     * @param form the blank form's name when attached, else null
     */
    Message reminder(Unit unit, String recipientName, LocalDate week, LocalDate due, String form, String location) {
        Map<String, Object> v = weekValues(week, due);
        v.put("姓名", named(recipientName));
        v.put("单位名称", unit.name());
        v.put("单位编码", unit.code());
        v.put("周起始日", week.toString());
        v.put("报表文件", form == null ? "" : form);
        v.put("报表位置", location);
        String how = form != null
                ? "reminder.form.attached"
                : location.isBlank() ? "reminder.form.none" : "reminder.form.where";
        v.put("报表说明", t.fill(how, v));
        return message(t.fill("reminder.subject", v), t.fill("reminder.body", v));
    }

    /** One unit on the office's list: its address reminded, or none. */
    record Reminded(Unit unit, List<String> addresses) {}

    /** The office's list of the units reminded for the week (催报名单). */
    Message reminderList(LocalDate week, LocalDate due, List<Reminded> units) {
        Map<String, Object> v = weekValues(week, due);
        v.put("单位数", units.size());
        List<String> lines = new ArrayList<>();
        boolean someWithout = false;
        for (int i = 0; i < units.size(); i++) {
            Reminded r = units.get(i);
            Map<String, Object> line = new LinkedHashMap<>(v);
            line.put("序号", i + 1);
            line.put("单位名称", r.unit().name());
            line.put("单位编码", r.unit().code());
            line.put("联络员", blankToDash(r.unit().liaison()));
            line.put("联络员电话", blankToDash(r.unit().liaisonPhone()));
            if (r.addresses().isEmpty()) {
                someWithout = true;
                line.put("催报去向", t.fill("office.reminders.no-address", line));
            } else {
                line.put("地址", String.join("、", r.addresses()));
                line.put("催报去向", t.fill("office.reminders.sent-to", line));
            }
            lines.add(t.fill("office.reminders.line", line));
        }
        v.put("名单", String.join("\n", lines) + "\n");
        v.put("无地址说明", someWithout ? t.fill("office.reminders.no-address.note", v) + "\n" : "");
        return message(t.fill("office.reminders.subject", v), t.fill("office.reminders.body", v));
    }

    private Map<String, Object> weekValues(LocalDate week, LocalDate due) {
        ReportMonth month = Weeks.monthOf(week);
        Map<String, Object> v = common();
        v.put("年", month.year());
        v.put("月", month.monthValue());
        v.put("周次", "第" + Weeks.ordinalInMonth(week) + "周");
        v.put("周期", OfficeNumbers.weekSpan(week));
        v.put("截止日期", OfficeNumbers.date(due));
        return v;
    }

    private String status(MonthStatus s) {
        Map<String, Object> v = common();
        v.put("年", s.month().year());
        v.put("月", s.month().monthValue());
        v.put("已结束", s.ended());
        v.put("已报", s.onTime() + s.late());
        v.put("按时", s.onTime());
        v.put("迟报", s.late());
        v.put(
                "缺报周次",
                OfficeNumbers.list(s.missing().stream()
                        .map(w -> "第" + Weeks.ordinalInMonth(w) + "周（" + OfficeNumbers.weekSpan(w) + "）")
                        .toList()));
        v.put("缺报说明", t.fill(s.missing().isEmpty() ? "receipt.missing.none" : "receipt.missing", v));
        ReportMonth nextMonth = Weeks.monthOf(s.nextWeek());
        v.put("截止日期", OfficeNumbers.date(s.nextDue()));
        v.put(
                "截止周次",
                nextMonth.monthValue() + "月第" + Weeks.ordinalInMonth(s.nextWeek()) + "周（"
                        + OfficeNumbers.weekSpan(s.nextWeek()) + "）");
        return t.fill(s.ended() == 0 ? "receipt.status.none" : "receipt.status", v);
    }

    private Map<String, Object> common() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("机关", authority);
        v.put("日期", OfficeNumbers.date(today));
        v.put("今天", OfficeNumbers.date(today));
        return v;
    }

    /** A heading and its lines, cut at the listed number, or nothing when there are none. */
    private String section(String heading, List<String> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        return "\n" + t.get(heading) + "\n" + lines(rows);
    }

    private String lines(List<String> rows) {
        StringBuilder out = new StringBuilder();
        rows.stream().limit(listed).forEach(r -> out.append("　　").append(r).append('\n'));
        if (rows.size() > listed) {
            Map<String, Object> v = common();
            v.put("条数", rows.size() - listed);
            out.append(t.fill("receipt.more", v)).append('\n');
        }
        return out.toString();
    }

    private static String where(RowNote n) {
        return place(n.sheet(), n.row()) + "：" + oneLine(n.text());
    }

    private static String replaced(Replaced r) {
        return place(r.sheet(), r.row()) + "（" + r.what() + "）已被“" + oneLine(r.byFile()) + "”"
                + place(r.bySheet(), r.byRow()) + "更正";
    }

    private static String corrected(Corrected c) {
        return "“" + oneLine(c.fileName()) + "”" + place(c.sheet(), c.row()) + "（" + c.what() + "）→ 本文件"
                + place(c.bySheet(), c.byRow());
    }

    /** 工作表“第2周”第7行; the file as a whole when there is neither (a CSV has no sheet name). */
    private static String place(String sheet, Integer row) {
        String s = sheet == null || sheet.isEmpty() ? "" : "工作表“" + oneLine(sheet) + "”";
        if (row == null) {
            return s.isEmpty() ? "文件" : s;
        }
        return s + "第" + row + "行";
    }

    /** Text from a form on one line: a sheet name or reason cannot start paragraphs of its own. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "联络员" : name;
    }

    private static String blankToDash(String s) {
        return s == null || s.isBlank() ? "（未填）" : s;
    }

    private static Message message(String subject, String text) {
        return new Message(oneLine(subject), new MailText.Body(text, MailText.html(text)));
    }
}
