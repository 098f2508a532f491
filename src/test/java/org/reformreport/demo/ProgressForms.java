package org.reformreport.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.reformreport.demo.DemoRegistry.Task;
import org.reformreport.demo.DemoRegistry.Unit;
import org.reformreport.demo.FormFiles.Cell;
import org.reformreport.demo.FormFiles.Day;
import org.reformreport.demo.FormFiles.Num;
import org.reformreport.demo.FormFiles.Text;

/** The monthly reform-task progress forms (改革任务进展表) of the demo year. */
final class ProgressForms {

    static final String DONE = "已完成";
    static final String ON_TRACK = "按期推进";
    static final String LAGGING = "滞后";
    static final String NOT_STARTED = "未启动";

    private static final long SEED = 0x9E3_2026_10L;
    private static final YearMonth OCT = DemoCalendar.REPORT_MONTH;

    private static final List<String> FIELDS = List.of(
            "任务编号", "任务名称", "报送单位编码", "报送月份", "进展状态", "完成进度", "本月进展", "主要成效", "存在问题", "下步打算", "典型经验", "推广层级", "填报人",
            "填报日期");
    /** The 2025 workbooks still carried a 序号 and the unit's name: both are ignored by the intake. */
    private static final List<String> FIELDS_2025 = List.of(
            "序号", "任务编号", "任务名称", "报送单位编码", "报送单位", "报送月份", "进展状态", "完成进度", "本月进展", "主要成效", "存在问题", "下步打算", "典型经验",
            "推广层级", "填报人", "填报日期");

    /** Typical experiences reported by lead units, with the level that adopted them. */
    private static final Map<String, String[]> EXPERIENCES = Map.of(
            "GG-2025-04|2025-12", new String[] {"“网格+调解”矛盾纠纷化解工作法被市委政法委专题简报刊发", "市级"},
            "GG-2025-01|2026-03", new String[] {"“一照通”审批服务改革做法被市委改革办《改革动态》刊发推广", "市级"},
            "GG-2026-04|2026-05", new String[] {"社区“家门口”就业服务站做法在全市就业工作推进会上作交流发言", "市级"},
            "GG-2025-04|2026-07", new String[] {"“网格+调解”工作法入选全省基层社会治理创新案例", "省级"},
            "GG-2025-02|2026-08", new String[] {"国有“三资”清查盘活经验在全省国资国企改革推进会上交流", "省级"},
            "GG-2025-01|2026-09", new String[] {"“一照通”+帮办代办做法被国务院办公厅《政务服务工作简报》刊发", "国家级"},
            "GG-2025-01|2026-10", new String[] {"“一照通”帮办代办经验被《甘肃日报》刊发推广", "省级"},
            "GG-2026-05|2026-10", new String[] {"“文旅+非遗”融合发展做法被市文旅局工作简报刊发", "市级"});

    /** A progress row under construction. */
    private static final class Draft {
        final Task task;
        final Unit unit;
        final YearMonth month;
        String taskCode;
        String unitCode;
        Cell monthCell;
        String status;
        Cell percent;
        ProgressTexts.Fields texts;
        String experience;
        String level;
        LocalDate filled;
        String rejection;

        Draft(Task task, Unit unit, YearMonth month) {
            this.task = task;
            this.unit = unit;
            this.month = month;
            this.taskCode = task.code();
            this.unitCode = unit.code();
        }

        Map<String, Cell> cells(int seq, YearMonthStyle style) {
            Map<String, Cell> row = new LinkedHashMap<>();
            row.put("序号", new Num(seq));
            put(row, "任务编号", taskCode);
            put(row, "任务名称", task.name());
            put(row, "报送单位编码", unitCode);
            put(row, "报送单位", unit.name());
            row.put("报送月份", monthCell != null ? monthCell : new Text(style.monthText(month)));
            put(row, "进展状态", status);
            if (percent != null) {
                row.put("完成进度", percent);
            }
            put(row, "本月进展", texts.progress());
            put(row, "主要成效", texts.results());
            put(row, "存在问题", texts.problems());
            put(row, "下步打算", texts.plans());
            put(row, "典型经验", experience);
            put(row, "推广层级", level);
            put(row, "填报人", unit.liaison());
            row.put("填报日期", style.date(filled));
            return row;
        }

        private static void put(Map<String, Cell> row, String header, String value) {
            if (value != null && !value.isEmpty()) {
                row.put(header, new Text(value));
            }
        }
    }

    /** How one month's workbook writes months, dates and numbers. */
    private record YearMonthStyle(int index) {
        String monthText(YearMonth month) {
            return switch (index % 3) {
                case 0 -> month.toString();
                case 1 -> month.getYear() + "/" + String.format("%02d", month.getMonthValue());
                default -> DemoCalendar.monthText(month);
            };
        }

        Cell date(LocalDate day) {
            return switch (index % 4) {
                case 1 -> new Text(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
                case 3 -> new Day(day, FormFiles.CN_DATE);
                default -> new Day(day, FormFiles.ISO_DATE);
            };
        }

        boolean textNumbers() {
            return index == 3;
        }

        boolean titled() {
            return index % 2 == 0;
        }
    }

    private final Expectations expect;
    private final List<FormFiles.DemoFile> files;
    private final Map<String, ExpectedProblem> placed = new HashMap<>();

    ProgressForms(Expectations expect, List<FormFiles.DemoFile> files) {
        this.expect = expect;
        this.files = files;
    }

    void build() {
        List<YearMonth> months = DemoCalendar.months();
        for (int i = 0; i < months.size(); i++) {
            buildMonth(months.get(i), new YearMonthStyle(i));
        }
        correctOctober();
    }

    private void buildMonth(YearMonth month, YearMonthStyle style) {
        String path = "改革任务进展/" + DemoCalendar.monthText(month) + "改革任务进展表.xlsx";
        boolean split = month.getYear() >= 2026;
        List<String> header = split ? FIELDS : FIELDS_2025;
        Map<String, FormFiles.Sheet> sheets = new LinkedHashMap<>();
        for (String name : split ? List.of("重点改革", "一般改革") : List.of("进展情况")) {
            List<String> titles =
                    style.titled() ? List.of("平川区全面深化改革任务进展情况表（" + DemoCalendar.monthText(month) + "）") : List.of();
            sheets.put(name, new FormFiles.Sheet(name, titles, header));
        }
        Map<String, Integer> seqs = new HashMap<>();
        LocalDate latest = month.plusMonths(1).atDay(1);
        for (Task task : DemoRegistry.TASKS) {
            if (!reportable(task, month)) {
                continue;
            }
            String sheetName = split ? task.category() : "进展情况";
            FormFiles.Sheet sheet = sheets.get(sheetName);
            List<Draft> drafts = new ArrayList<>();
            Draft lead = leadRow(task, month, style);
            if (lead != null) {
                drafts.add(lead);
            }
            for (String code : task.partners()) {
                Unit unit = DemoRegistry.unit(code);
                if (unit.activeIn(month) && partnerReports(task, code, month)) {
                    drafts.add(partnerRow(task, unit, month, style));
                }
            }
            drafts.addAll(planted(task, month, style));
            for (Draft d : drafts) {
                int seq = seqs.merge(sheetName, 1, Integer::sum);
                int rowNo = sheet.add(d.cells(seq, style));
                place(path, sheetName, rowNo, d);
                latest = d.filled.isAfter(latest) ? d.filled : latest;
            }
        }
        FormFiles.Workbook workbook = new FormFiles.Workbook(path, latest);
        workbook.sheets.addAll(sheets.values());
        if (month.equals(YearMonth.of(2026, 3))) {
            workbook.sheets.add(FormFiles.Sheet.notes("填表说明", instructions()));
        }
        files.add(workbook);
    }

    private void place(String path, String sheet, int rowNo, Draft d) {
        ExpectedProblem at = Expectations.at(path, sheet, rowNo, d.unitCode);
        if (d.rejection != null) {
            expect.reject(Expectations.because(at, d.rejection));
        } else {
            placed.put(key(d.task.code(), d.unit.code(), d.month), at);
        }
    }

    /** Rows exist from the task's start until the month its lead reported it done. */
    private static boolean reportable(Task task, YearMonth month) {
        if (month.isBefore(task.start())) {
            return false;
        }
        return !(task.code().equals("GG-2025-02") && month.isAfter(YearMonth.of(2026, 8)));
    }

    private Draft leadRow(Task task, YearMonth month, YearMonthStyle style) {
        String code = task.code();
        if (code.equals("GG-2025-06") && month.equals(OCT)) {
            return null; // 区住建局 sends nothing for 2026-10: the task is 未报送
        }
        Random r = rng(code, task.lead(), month);
        Draft d = new Draft(task, DemoRegistry.unit(task.lead()), month);
        int linear = linearPercent(task, month);
        String status = ON_TRACK;
        int percent = linear;
        if (code.equals("GG-2025-02") && month.equals(YearMonth.of(2026, 8))
                || code.equals("GG-2026-04") && month.equals(OCT)) {
            status = DONE;
            percent = 100;
        } else if (code.equals("GG-2026-02") || code.equals("GG-2026-03")) {
            status = NOT_STARTED;
            percent = 0;
        } else if (code.equals("GG-2025-05") && month.equals(YearMonth.of(2026, 9))
                || code.equals("GG-2025-06") && month.equals(YearMonth.of(2026, 2))) {
            status = LAGGING;
            percent = Math.max(5, linear - 12);
        } else if (month.isAfter(task.planned())) {
            percent = 88 + 2 * (int) ChronoUnit.MONTHS.between(task.planned(), month);
        }
        d.status = status;
        d.percent = percentCell(percent, style, r);
        d.texts = month.isAfter(task.planned()) && !status.equals(DONE)
                ? ProgressTexts.overdue(code, r)
                : ProgressTexts.lead(code, status, r);
        String[] experience = EXPERIENCES.get(code + "|" + month);
        if (experience != null) {
            d.experience = experience[0];
            d.level = experience[1];
        }
        d.filled = month.plusMonths(1).atDay(r.nextInt(1, 6));
        return d;
    }

    private static int linearPercent(Task task, YearMonth month) {
        long elapsed = ChronoUnit.MONTHS.between(task.start(), month) + 1;
        long span = ChronoUnit.MONTHS.between(task.start(), task.planned()) + 1;
        return (int) Math.max(5, Math.min(95, Math.round(100.0 * elapsed / span)));
    }

    private static Cell percentCell(int percent, YearMonthStyle style, Random r) {
        if (style.textNumbers() || r.nextDouble() < 0.05) {
            return new Text(String.valueOf(percent));
        }
        return new Num(percent);
    }

    /** About a third of the participating units report in a month; in 2026-10 a fixed set does. */
    private static boolean partnerReports(Task task, String unit, YearMonth month) {
        if (month.equals(OCT)) {
            return switch (task.code() + "|" + unit) {
                case "GG-2025-01|SCJGJ", "GG-2025-06|XZSPZX", "GG-2026-01|SJJ", "GG-2026-05|BJZ", "GG-2025-04|DLLJD" ->
                    true;
                default -> false;
            };
        }
        if (task.code().equals("GG-2026-05") && unit.equals("SWJ") && month.equals(YearMonth.of(2026, 6))) {
            return false; // its row that month carries the mistyped task code
        }
        return rng(task.code(), unit, month).nextDouble() < 0.3;
    }

    private Draft partnerRow(Task task, Unit unit, YearMonth month, YearMonthStyle style) {
        Random r = rng(task.code(), unit.code(), month);
        r.nextDouble(); // the draw partnerReports made
        Draft d = new Draft(task, unit, month);
        boolean notStarted = task.code().equals("GG-2026-02") || task.code().equals("GG-2026-03");
        d.status = notStarted ? NOT_STARTED : ON_TRACK;
        d.percent = notStarted ? null : r.nextDouble() < 0.5 ? null : percentCell(linearPercent(task, month), style, r);
        d.texts = ProgressTexts.partner(task.code(), unit.code(), r);
        if (task.code().equals("GG-2025-04") && unit.code().equals("DLLJD") && month.equals(OCT)) {
            d.experience = "“红色物业+网格”共治模式，推动小区矛盾纠纷不出网格"; // no level: that is allowed
        }
        d.filled = month.plusMonths(1).atDay(r.nextInt(1, 6));
        return d;
    }

    /** One mistake per row, in the rows liaisons of participating units sent for 2026-10 (and one in June). */
    private static List<Draft> planted(Task task, YearMonth month, YearMonthStyle style) {
        List<Draft> rows = new ArrayList<>();
        String code = task.code();
        if (month.equals(YearMonth.of(2026, 6)) && code.equals("GG-2026-05")) {
            Draft d = plantedRow(task, "SWJ", month);
            d.taskCode = "GG-2026-15";
            d.rejection = "未知任务编号 GG-2026-15";
            rows.add(d);
        }
        if (!month.equals(OCT)) {
            return rows;
        }
        switch (code) {
            case "GG-2025-01" -> {
                // 宝积镇 filed its 末梢治理 row under the wrong task.
                Draft d = plantedRow(task, "BJZ", month);
                d.rejection = "单位 BJZ 不是任务 GG-2025-01 的牵头或配合单位";
                rows.add(d);
            }
            case "GG-2025-04" -> {
                Draft pct = plantedRow(task, "CZJD", month);
                pct.percent = new Num(120);
                pct.rejection = "完成进度(120)须为0到100的整数";
                rows.add(pct);
                Draft level = plantedRow(task, "SQZ", month);
                level.experience = "“院坝说事”议事协商机制被区委政法委推广";
                level.level = "县级";
                level.rejection = "推广层级(县级)须为国家级、省级、市级或空白";
                rows.add(level);
            }
            case "GG-2025-05" -> {
                Draft d = plantedRow(task, "SFJ", month);
                d.status = "进行中";
                d.rejection = "进展状态(进行中)须为已完成、按期推进、滞后或未启动";
                rows.add(d);
            }
            case "GG-2026-04" -> {
                Draft d = plantedRow(task, "HHLJD", month);
                d.monthCell = new Text("2026-13");
                d.rejection = "报送月份(2026-13)不是有效月份";
                rows.add(d);
            }
            default -> {}
        }
        return rows;
    }

    private static Draft plantedRow(Task task, String unitCode, YearMonth month) {
        Unit unit = DemoRegistry.unit(unitCode);
        Random r = rng(task.code() + "!", unitCode, month);
        Draft d = new Draft(task, unit, month);
        d.status = ON_TRACK;
        d.texts = ProgressTexts.partner(task.code(), unitCode, r);
        d.filled = month.plusMonths(1).atDay(r.nextInt(1, 6));
        return d;
    }

    /** After the 督查, 区市场监管局 reports its task 滞后; 区司法局 fixes its rejected status. */
    private void correctOctober() {
        String path = "更正/2026年10月改革任务进展表（更正）.xlsx";
        LocalDate filled = LocalDate.of(2026, 11, 9);
        YearMonthStyle style = new YearMonthStyle(12);
        FormFiles.Sheet sheet = new FormFiles.Sheet("更正", List.of(), FIELDS);
        Task task = DemoRegistry.task("GG-2025-05");
        Random r = rng(task.code() + "更正", task.lead(), OCT);

        Draft lead = new Draft(task, DemoRegistry.unit(task.lead()), OCT);
        lead.status = LAGGING;
        lead.percent = new Num(linearPercent(task, OCT) - 15);
        lead.texts = ProgressTexts.lead(task.code(), LAGGING, r);
        lead.filled = filled;
        expect.supersede(placedRow(task.code(), task.lead(), OCT));
        place(path, "更正", sheet.add(lead.cells(1, style)), lead);

        Draft sfj = new Draft(task, DemoRegistry.unit("SFJ"), OCT);
        sfj.status = ON_TRACK;
        sfj.texts = ProgressTexts.partner(task.code(), "SFJ", r);
        sfj.filled = filled;
        place(path, "更正", sheet.add(sfj.cells(2, style)), sfj);

        FormFiles.Workbook workbook = new FormFiles.Workbook(path, filled);
        workbook.sheets.add(sheet);
        files.add(workbook);
    }

    private ExpectedProblem placedRow(String task, String unit, YearMonth month) {
        ExpectedProblem at = placed.get(key(task, unit, month));
        if (at == null) {
            throw new IllegalStateException("no accepted row to correct: " + key(task, unit, month));
        }
        return at;
    }

    private static List<String> instructions() {
        return List.of(
                "填表说明",
                "一、本表由改革任务牵头单位和配合单位的联络员填写，每项任务每月填写一行。",
                "二、请于次月5日前报送区委改革办。",
                "三、进展状态只能填写：已完成、按期推进、滞后、未启动。",
                "四、完成进度填写0到100之间的整数，表示累计完成的百分比。",
                "五、推广层级填写国家级、省级或市级，没有的不填。",
                "六、本月进展、主要成效、存在问题、下步打算请简明扼要、数据准确。");
    }

    private static Random rng(String task, String unit, YearMonth month) {
        return DemoRandom.of(SEED, task, unit, month);
    }

    private static String key(String task, String unit, YearMonth month) {
        return task + "|" + unit + "|" + month;
    }
}
