package org.reformreport.weekly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * reminders and the office's notices. Every list is cut at the settings' number of rows and at a
 * size, the rest counted, so that a form of 200,000 bad rows with 2,000-character reasons still
 * makes a message that the outbox can keep and a mail server takes. Whatever a form or the
 * registry says (file, sheet and unit names, reasons quoting cells) is put on one line, shortened
 * when absurdly long, and kept from turning the text around it right to left.
 */
final class WeeklyText {

    static final String FILE = "weekly-text.properties";

    /**
     * What one message's plain text and its HTML may each take: the outbox keeps them in MySQL
     * TEXT columns (V8), 65,535 bytes of utf8mb4.
     */
    static final int MAX_BODY_BYTES = 65_535;

    /**
     * What the listed lines of one message may take together, as HTML in UTF-8 (its largest form):
     * the template's words and the names beside them fit in what is left.
     */
    static final int LISTING_BYTES = 36_000;

    /** A name (file, sheet, unit, person) longer than this is shown shortened in the middle. */
    static final int NAME_CHARS = 255;

    /** In a subject, names are shortened sooner: the subject stays well within the outbox's 500 characters. */
    static final int SUBJECT_NAME_CHARS = 100;

    /** A reason longer than this (one quoting a 2,000-character cell) is shown cut. */
    static final int REASON_CHARS = 300;

    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");
    private static final Pattern BIDI_CONTROLS =
            Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

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
    private final int listedRows;

    WeeklyText(ReportTemplates templates, String authority, LocalDate today, int listedRows) {
        this.t = templates;
        this.authority = authority;
        this.today = today;
        this.listedRows = listedRows;
    }

    /** A receipt for one unit's rows of one file. {@code blank} is the file's blank rows when they are the unit's. */
    Message receipt(Unit unit, String fileName, UnitRows rows, int blank, MonthStatus status) {
        Map<String, Object> v = common();
        v.put("姓名", named(unit.liaison()));
        // the name the liaison gave the file, not the office's folder it was filed in
        String given = fileName.substring(fileName.lastIndexOf('/') + 1);
        v.put("单位名称", shown(unit.name()));
        v.put("文件名", shown(given));
        v.put("收到日期", OfficeNumbers.date(today));
        v.put("合计", rows.counted() + rows.superseded() + rows.rejectedCount());
        v.put("计入", rows.counted());
        v.put("被更正", rows.superseded());
        v.put("退回", rows.rejectedCount());
        v.put("空行", blank);
        v.put("更正说明", rows.superseded() == 0 ? "" : t.fill("receipt.superseded", v));
        v.put("空行说明", blank == 0 ? "" : t.fill("receipt.blank", v));
        // the four lists share one message's room: the rejected rows, which the liaison must act on, first
        Listing room = new Listing();
        v.put(
                "退回明细",
                section(
                        "receipt.rejected.heading",
                        rows.rejected().stream().map(WeeklyText::where).toList(),
                        room));
        v.put(
                "本文件被更正明细",
                section(
                        "receipt.superseded.heading",
                        rows.supersededRows().stream().map(WeeklyText::replaced).toList(),
                        room));
        v.put(
                "更正此前明细",
                section(
                        "receipt.corrected.heading",
                        rows.corrected().stream().map(WeeklyText::corrected).toList(),
                        room));
        v.put(
                "提示明细",
                section(
                        "receipt.warnings.heading",
                        rows.warnings().stream().map(WeeklyText::where).toList(),
                        room));
        v.put("报送情况", status(status));
        String subject = subject(
                rows.rejectedCount() == 0 ? "receipt.subject.clean" : "receipt.subject.problems",
                v,
                Map.of("单位名称", unit.name(), "文件名", given));
        return message(subject, t.fill("receipt.body", v));
    }

    /** The office is told of a file nobody could be told about: unreadable, no form in it, no data. */
    Message unreadableFile(String fileName, String reason) {
        Map<String, Object> v = common();
        v.put("文件名", shown(fileName));
        v.put("收到日期", OfficeNumbers.date(today));
        v.put("原因", reason(reason));
        return message(subject("office.file.subject", v, Map.of("文件名", fileName)), t.fill("office.file.body", v));
    }

    /** The office is told of a file's rows whose unit code no unit has (or that named none). */
    Message rowsOfNoUnit(String fileName, List<RowNote> rows) {
        Map<String, Object> v = common();
        v.put("文件名", shown(fileName));
        v.put("收到日期", OfficeNumbers.date(today));
        v.put("行数", rows.size());
        v.put("明细", lines(rows.stream().map(WeeklyText::where).toList(), new Listing()));
        return message(subject("office.unknown.subject", v, Map.of("文件名", fileName)), t.fill("office.unknown.body", v));
    }

    /**
     * A reminder of the week's missing tally.
     *
     * @param form the blank form's name when attached, else null
     */
    Message reminder(Unit unit, String recipientName, LocalDate week, LocalDate due, String form, String location) {
        Map<String, Object> v = weekValues(week, due);
        v.put("姓名", named(recipientName));
        v.put("单位名称", shown(unit.name()));
        v.put("单位编码", unit.code());
        v.put("周起始日", week.toString());
        v.put("报表文件", form == null ? "" : shown(form));
        v.put("报表位置", shown(location));
        String how = form != null
                ? "reminder.form.attached"
                : location.isBlank() ? "reminder.form.none" : "reminder.form.where";
        v.put("报表说明", t.fill(how, v));
        return message(subject("reminder.subject", v, Map.of("单位名称", unit.name())), t.fill("reminder.body", v));
    }

    /** One unit on the office's list: its address reminded, or none. */
    record Reminded(Unit unit, List<String> addresses) {}

    /**
     * The office's list of the units reminded for the week (催报名单). A list too long for one
     * message (thousands of units) names as many as fit and counts the rest, which {@code show
     * --run} lists in full.
     */
    Message reminderList(long runId, LocalDate week, LocalDate due, List<Reminded> units) {
        Map<String, Object> v = weekValues(week, due);
        v.put("单位数", units.size());
        v.put("运行号", runId);
        List<String> lines = new ArrayList<>();
        boolean someWithout = false;
        for (int i = 0; i < units.size(); i++) {
            Reminded r = units.get(i);
            Map<String, Object> line = new LinkedHashMap<>(v);
            line.put("序号", i + 1);
            line.put("单位名称", shown(r.unit().name()));
            line.put("单位编码", r.unit().code());
            line.put("联络员", blankToDash(r.unit().liaison()));
            // "联络员（未填） （未填）" read as a slip; say which is missing
            line.put(
                    "联络员电话",
                    r.unit().liaisonPhone() == null || r.unit().liaisonPhone().isBlank()
                            ? "（未留电话）"
                            : shown(r.unit().liaisonPhone()));
            if (r.addresses().isEmpty()) {
                someWithout = true;
                line.put("催报去向", t.fill("office.reminders.no-address", line));
            } else {
                line.put("地址", String.join("、", r.addresses()));
                line.put("催报去向", t.fill("office.reminders.sent-to", line));
            }
            lines.add(t.fill("office.reminders.line", line));
        }
        Listing room = new Listing();
        List<String> listed = room.take(lines);
        StringBuilder list = new StringBuilder();
        listed.forEach(l -> list.append(l).append('\n'));
        if (listed.size() < lines.size()) {
            Map<String, Object> more = new LinkedHashMap<>(v);
            more.put("条数", lines.size() - listed.size());
            list.append(t.fill("office.reminders.more", more)).append('\n');
        }
        v.put("名单", list.toString());
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

    /** A heading and its lines, cut at the listed number and at the room left, or nothing when there are none. */
    private String section(String heading, List<String> rows, Listing room) {
        if (rows.isEmpty()) {
            return "";
        }
        return "\n" + t.get(heading) + "\n" + lines(rows, room);
    }

    private String lines(List<String> rows, Listing room) {
        StringBuilder out = new StringBuilder();
        List<String> listed =
                room.take(rows.stream().limit(listedRows).map(r -> "　　" + r).toList());
        listed.forEach(r -> out.append(r).append('\n'));
        if (rows.size() > listed.size()) {
            Map<String, Object> v = common();
            v.put("条数", rows.size() - listed.size());
            out.append(t.fill("receipt.more", v)).append('\n');
        }
        return out.toString();
    }

    /**
     * The room one message has for listed lines, in UTF-8 bytes of their HTML: lines are listed
     * while they fit, the first that does not ends the list (the rest are counted).
     */
    private static final class Listing {
        private long left = LISTING_BYTES;

        List<String> take(List<String> lines) {
            List<String> taken = new ArrayList<>();
            for (String line : lines) {
                long size = htmlBytes(line) + 8; // its line break, as <br> and newline
                if (size > left) {
                    break;
                }
                left -= size;
                taken.add(line);
            }
            return taken;
        }
    }

    private static String where(RowNote n) {
        return place(n.sheet(), n.row()) + "：" + reason(n.text());
    }

    private static String replaced(Replaced r) {
        return place(r.sheet(), r.row()) + "（" + r.what() + "）已被“" + shown(r.byFile()) + "”"
                + place(r.bySheet(), r.byRow()) + "更正";
    }

    private static String corrected(Corrected c) {
        return "“" + shown(c.fileName()) + "”" + place(c.sheet(), c.row()) + "（" + c.what() + "）→ 本文件"
                + place(c.bySheet(), c.byRow());
    }

    /** 工作表“第2周”第7行; the file as a whole when there is neither (a CSV has no sheet name). */
    private static String place(String sheet, Integer row) {
        String s = sheet == null || sheet.isEmpty() ? "" : "工作表“" + shown(sheet) + "”";
        if (row == null) {
            return s.isEmpty() ? "文件" : s;
        }
        return s + "第" + row + "行";
    }

    /**
     * A name as a form or the registry wrote it (file, sheet, unit, person), fit to stand in a
     * sentence: on one line, shortened in the middle (keeping a file's extension) when longer than
     * {@link #NAME_CHARS}, and isolated when it holds right-to-left controls.
     */
    static String shown(String s) {
        return shown(s, NAME_CHARS);
    }

    private static String shown(String s, int max) {
        String line = oneLine(s);
        if (line.codePointCount(0, line.length()) > max) {
            int head = line.offsetByCodePoints(0, max * 2 / 3);
            int tail = line.offsetByCodePoints(line.length(), -(max - max * 2 / 3 - 1));
            line = line.substring(0, head) + "…" + line.substring(tail);
        }
        return isolated(line);
    }

    /** A subject from its template, with the names in it shortened sooner than in the body. */
    private String subject(String key, Map<String, Object> values, Map<String, String> names) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        names.forEach((placeholder, name) -> v.put(placeholder, shown(name, SUBJECT_NAME_CHARS)));
        return t.fill(key, v);
    }

    /** A reason, which may quote a cell as written: on one line, cut after {@link #REASON_CHARS}, isolated. */
    private static String reason(String s) {
        String line = oneLine(s);
        if (line.codePointCount(0, line.length()) > REASON_CHARS) {
            line = line.substring(0, line.offsetByCodePoints(0, REASON_CHARS)) + "……";
        }
        return isolated(line);
    }

    /** Text from a form on one line: a sheet name or reason cannot start paragraphs (or headers) of its own. */
    private static String oneLine(String s) {
        return s == null ? "" : BREAKS.matcher(s).replaceAll(" ");
    }

    /**
     * Text holding bidirectional controls (an RLO that would show "xslx.exe" as "exe.xlsx", or
     * turn the rest of the sentence around) kept intact inside an isolate (FSI … PDI), so that
     * its controls end where it ends. A PDI of its own that would close the isolate early is
     * matched by one more FSI.
     */
    static String isolated(String s) {
        if (!BIDI_CONTROLS.matcher(s).find()) {
            return s;
        }
        int open = 0;
        int stray = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2066' && c <= '\u2068') {
                open++;
            } else if (c == '\u2069') {
                if (open > 0) {
                    open--;
                } else {
                    stray++;
                }
            }
        }
        // the name's stray PDIs close the extra FSIs; one more PDI for ours and each it left open
        return "\u2068".repeat(1 + stray) + s + "\u2069".repeat(1 + open);
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "联络员" : shown(name);
    }

    private static String blankToDash(String s) {
        return s == null || s.isBlank() ? "（未填）" : shown(s);
    }

    /** The UTF-8 size of a line once HTML-escaped (&amp; &lt; &gt; &quot;), its largest form. */
    private static long htmlBytes(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            n += switch (c) {
                case '&' -> 5;
                case '<', '>' -> 4;
                case '"' -> 6;
                default -> c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            };
        }
        return n;
    }

    /**
     * The message, its subject on one line and its words within {@link #MAX_BODY_BYTES}: the
     * lists are kept within that already, so only an office's own template of enormous words is
     * cut here, at its end, rather than fail the run.
     */
    private static Message message(String subject, String text) {
        String words = text;
        String html = MailText.html(words);
        while (utf8(words) > MAX_BODY_BYTES || utf8(html) > MAX_BODY_BYTES) {
            String cut =
                    words.substring(0, words.offsetByCodePoints(0, words.codePointCount(0, words.length()) * 9 / 10));
            words = cut + "\n……（以下从略）\n";
            html = MailText.html(words);
        }
        return new Message(oneLine(subject), new MailText.Body(words, html));
    }

    private static int utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
