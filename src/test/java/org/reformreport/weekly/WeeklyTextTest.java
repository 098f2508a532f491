package org.reformreport.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.FileBreakdown.RowNote;
import org.reformreport.intake.FileBreakdown.UnitRows;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.registry.Unit;

/**
 * The weekly messages' words against what careless offices and hostile forms send: thousands of
 * rejected rows with reasons quoting whole cells, names of 1,000 characters, line breaks, HTML,
 * bidi overrides and emoji. Each message must fit the outbox's TEXT columns and keep its subject
 * on one line, its names intact and its HTML escaped.
 */
class WeeklyTextTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-18");
    private static final int TEXT_COLUMN = 65_535;

    private static WeeklyText text(int listedRows) {
        return new WeeklyText(ReportTemplates.load(Path.of("templates"), WeeklyText.FILE), "区委宣传部", TODAY, listedRows);
    }

    private static Unit unit(String code, String name, String liaison) {
        return new Unit(code, name, "乡镇街道", null, liaison, "13900000001", "a@b.cn", "王强", "", null, null);
    }

    private static WeeklyText.MonthStatus status() {
        return new WeeklyText.MonthStatus(
                ReportMonth.parse("2026-11"),
                2,
                1,
                0,
                List.of(LocalDate.parse("2026-11-09")),
                LocalDate.parse("2026-11-16"),
                LocalDate.parse("2026-11-23"));
    }

    /** {@code n} rejected rows on a sheet, each with a reason quoting a cell of {@code chars} characters. */
    private static UnitRows rejected(String code, String sheet, int n, int chars) {
        List<RowNote> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cell = ("周起始日须为星期一&<\"改革" + i).repeat(chars / 10 + 1).substring(0, chars);
            rows.add(new RowNote(sheet, i + 2, "", "周起始日(" + cell + ")不是有效日期"));
        }
        return new UnitRows(code, 3, 0, rows, List.of(), rows.subList(0, Math.min(n, 50)), List.of());
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int listed(String text, String marker) {
        return (int) text.lines().filter(l -> l.startsWith("　　" + marker)).count();
    }

    private static int more(String text) {
        Matcher m = Pattern.compile("……另有(\\d+)条未列出").matcher(text);
        int all = 0;
        while (m.find()) {
            all += Integer.parseInt(m.group(1));
        }
        return all;
    }

    @Test
    void aReceiptOfFiveThousandLongRejectedRowsListsAtMostTheSettingAndCountsTheRest() {
        WeeklyText.Message m = text(100)
                .receipt(unit("CZJD", "长征街道", "张敏"), "周报.xlsx", rejected("CZJD", "11月", 5_000, 1_900), 0, status());
        String body = m.body().text();
        int shown = listed(body, "工作表“11月”");
        // rejected rows and warnings share the listing: never more than the setting per section
        assertThat(shown).isPositive().isLessThanOrEqualTo(100 + 50);
        assertThat(shown + more(body)).isEqualTo(5_000 + 50);
        assertThat(bytes(body)).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(bytes(m.body().html())).isLessThanOrEqualTo(TEXT_COLUMN);
        // the rest of the receipt is still there: the unit's weeks and the office's signature
        assertThat(body).contains("尚缺第2周", "区委宣传部\n2026年11月18日");
        assertThat(m.subject()).isEqualTo("【回执】长征街道报送的“周报.xlsx”已收到，其中5000行未通过校验，请更正后重报");
    }

    @Test
    void noSettingNorNameMakesABodyTheOutboxCannotKeep() {
        String longName = "街道&<\"🎉".repeat(50); // 200 characters, each as large as HTML makes it
        String longFile = "2026年11月/" + "周报&<".repeat(330) + ".xlsx"; // over 1,000 characters
        String sheet = "表&<\"".repeat(25); // 100 characters, the most the intake keeps
        WeeklyText huge = text(1_000_000);
        WeeklyText.Message receipt = huge.receipt(
                unit("CZJD", longName, longName), longFile, rejected("CZJD", sheet, 5_000, 2_000), 7, status());
        assertThat(bytes(receipt.body().text())).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(bytes(receipt.body().html())).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(listed(receipt.body().text(), "工作表“") + more(receipt.body().text()))
                .isEqualTo(5_000 + 50);
        assertThat(receipt.subject().length()).isLessThanOrEqualTo(500); // the outbox's subject column
        assertThat(receipt.subject()).endsWith("请更正后重报");

        WeeklyText.Message office =
                huge.rowsOfNoUnit(longFile, rejected("X99", sheet, 5_000, 2_000).rejected());
        assertThat(bytes(office.body().text())).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(bytes(office.body().html())).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(office.subject()).contains("中有5000行无法对应到已知单位");

        WeeklyText.Message unreadable = huge.unreadableFile(longFile, "原因&<".repeat(5_000));
        assertThat(bytes(unreadable.body().html())).isLessThanOrEqualTo(TEXT_COLUMN);
    }

    @Test
    void theOfficesListOfThreeThousandUnitsRemindedFitsAndCountsWhoIsLeftOut() {
        List<WeeklyText.Reminded> units = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            units.add(new WeeklyText.Reminded(
                    unit("U" + i, "第" + i + "号单位" + "很长的单位名称".repeat(20), "联络员" + i),
                    i % 3 == 0 ? List.of() : List.of("u" + i + "@pc.example.cn")));
        }
        WeeklyText.Message list =
                text(100).reminderList(42, LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-16"), units);
        String body = list.body().text();
        assertThat(bytes(body)).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(bytes(list.body().html())).isLessThanOrEqualTo(TEXT_COLUMN);
        int shown = (int) body.lines().filter(l -> l.matches("　　\\d+\\. .*")).count();
        Matcher more = Pattern.compile("……另有(\\d+)个单位未列出").matcher(body);
        assertThat(more.find()).isTrue();
        assertThat(shown).isPositive();
        assertThat(shown + Integer.parseInt(more.group(1))).isEqualTo(3_000);
        assertThat(body).contains("show --run=42");
        assertThat(list.subject()).endsWith("未报送单位3000个");
    }

    @Test
    void theOfficesListSaysWhichOfALiaisonsNameAndPhoneIsMissing() {
        Unit none = new Unit("SJJ", "区市场监管局", "部门单位", null, "", "", "", "", "", null, null);
        Unit named = new Unit("FGJ", "区发改局", "部门单位", null, "刘洋", " ", "", "", "", null, null);
        String body = text(100)
                .reminderList(
                        7,
                        LocalDate.parse("2026-11-09"),
                        LocalDate.parse("2026-11-16"),
                        List.of(new WeeklyText.Reminded(none, List.of()), new WeeklyText.Reminded(named, List.of())))
                .body()
                .text();
        assertThat(body)
                .contains("1. 区市场监管局（SJJ），联络员（未填） （未留电话），无可用邮箱")
                .contains("2. 区发改局（FGJ），联络员刘洋 （未留电话），无可用邮箱")
                .doesNotContain("……另有");
    }

    @Test
    void hostileNamesStayIntactEscapedAndOnOneLineAndCannotTurnTheSentenceAround() {
        String unitName = "长征\n街道<script>alert(1)</script>&amp;\u202Eexe.xlsx 🎉" + "名".repeat(150);
        String liaison = "张\r\n敏";
        String file = "周报\n<img src=x onerror=alert(1)>&\u202Excod.exe🎉{退回明细}{收到日期}.xlsx";
        String sheet = "11月\n<i>&";
        UnitRows rows = new UnitRows(
                "CZJD",
                1,
                0,
                List.of(new RowNote(sheet, 5, "", "周起始日(2026-11-0<script>\u202E)不是有效日期")),
                List.of(),
                List.of(),
                List.of());
        WeeklyText.Message m = text(100).receipt(unit("CZJD", unitName, liaison), file, rows, 0, status());

        String flatUnit = unitName.replace('\n', ' ');
        String flatFile = file.replace('\n', ' ');
        assertThat(m.subject()).doesNotContain("\n", "\r").contains(flatUnit.substring(0, 20));
        // each name whole, on one line, its right-to-left override closed where the name ends
        assertThat(m.body().text())
                .contains("\u2068" + flatUnit + "\u2069")
                .contains("\u2068" + flatFile + "\u2069")
                .contains("张 敏同志")
                .contains("工作表“11月 <i>&”第5行：\u2068周起始日(2026-11-0<script>\u202E)不是有效日期\u2069");
        // the placeholders a file is named after are shown as written, not filled in
        assertThat(m.body().text()).contains("{退回明细}{收到日期}");
        assertThat(m.body().text().lines().filter(l -> l.contains("以下各行未计入"))).hasSize(1);
        // the HTML part escapes every one of them
        assertThat(m.body().html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;")
                .contains("&lt;img src=x onerror=alert(1)&gt;&amp;")
                .contains("11月 &lt;i&gt;&amp;")
                .contains("🎉")
                .doesNotContain("<script>", "<img", "<i>");
    }

    @Test
    void aNameEndingItsOwnIsolateEarlyIsStillClosedAfterIt() {
        String stray = "\u2069\u202Eabc";
        String shown = WeeklyText.isolated(stray);
        assertThat(shown).contains(stray);
        int depth = 0;
        for (char c : shown.toCharArray()) {
            if (c == '\u2068') {
                depth++;
            } else if (c == '\u2069') {
                assertThat(depth).isPositive(); // never a PDI that closes something outside the name
                depth--;
            } else if (c == '\u202E') {
                assertThat(depth).isPositive(); // the override is inside an isolate
            }
        }
        assertThat(depth).isZero();
        assertThat(WeeklyText.isolated("长征街道")).isEqualTo("长征街道");
        assertThat(WeeklyText.shown("a".repeat(2_000) + ".xlsx"))
                .hasSize(WeeklyText.NAME_CHARS)
                .endsWith(".xlsx");
    }
}
