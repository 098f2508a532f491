package org.reformreport.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reformreport.demo.DemoRegistry.Unit;
import org.reformreport.demo.FormFiles.Cell;
import org.reformreport.demo.FormFiles.Day;
import org.reformreport.demo.FormFiles.Num;
import org.reformreport.demo.FormFiles.Text;

/** The weekly tallies (宣传报道周报表) of the demo year, with the planted mistakes of 2026-10. */
final class TallyForms {

    static final List<String> MEDIA = List.of("中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体");
    static final List<String> COUNTS =
            List.of("中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传");
    private static final int COLUMN = 5;
    private static final int TYPICAL = 6;
    private static final int SUPERVISION = 7;
    private static final int INTERVIEW = 8;
    private static final int SOCIAL = 9;

    private static final long SEED = 0x5A1_2026_10L;

    private static final List<String> HEADER = header(false);
    private static final List<String> HEADER_NAME_FIRST = header(true);
    private static final List<String> CSV_HEADER = csvHeader();

    /** How a month's workbook writes dates. */
    enum DateStyle {
        ISO_CELL,
        CN_CELL,
        TEXT_SLASH,
        TEXT_DOT,
        TEXT_CN,
        TEXT_ISO;

        Cell cell(LocalDate day) {
            return switch (this) {
                case ISO_CELL -> new Day(day, FormFiles.ISO_DATE);
                case CN_CELL -> new Day(day, FormFiles.CN_DATE);
                default -> new Text(text(day));
            };
        }

        String text(LocalDate day) {
            int y = day.getYear();
            int m = day.getMonthValue();
            int d = day.getDayOfMonth();
            return switch (this) {
                case TEXT_SLASH -> y + "/" + m + "/" + d;
                case TEXT_DOT -> y + "." + m + "." + d;
                case TEXT_CN, CN_CELL -> y + "年" + m + "月" + d + "日";
                default -> day.toString();
            };
        }
    }

    record MonthStyle(
            DateStyle dates, boolean subtitle, boolean nameFirst, boolean textNumbers, boolean instructions) {}

    /** Units that sent their own CSV for some weeks instead of appearing in the office's workbook. */
    private record CsvPlan(
            String unit,
            YearMonth month,
            Set<Integer> weeks,
            String path,
            Charset charset,
            boolean bom,
            DateStyle dates,
            LocalDate sentOn) {}

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final YearMonth OCT = DemoCalendar.REPORT_MONTH;

    private static final List<CsvPlan> CSV_PLANS = List.of(
            // WPS on the tax bureau's PCs exports GB18030 without a BOM.
            new CsvPlan(
                    "QSWJ",
                    OCT.minusMonths(1),
                    Set.of(1, 2, 3, 4),
                    "周报表/区税务局_2026年9月.csv",
                    GB18030,
                    false,
                    DateStyle.TEXT_SLASH,
                    LocalDate.of(2026, 10, 1)),
            new CsvPlan(
                    "QSWJ",
                    OCT,
                    Set.of(1, 2, 3, 4, 5),
                    "周报表/区税务局_2026年10月.csv",
                    GB18030,
                    false,
                    DateStyle.TEXT_SLASH,
                    LocalDate.of(2026, 11, 2)),
            new CsvPlan(
                    "HHLJD",
                    OCT,
                    Set.of(1, 2),
                    "周报表/红会路街道/2026年10月第1-2周宣传报道统计.csv",
                    StandardCharsets.UTF_8,
                    false,
                    DateStyle.TEXT_CN,
                    LocalDate.of(2026, 10, 12)),
            new CsvPlan(
                    "STHJFJ",
                    OCT,
                    Set.of(3, 4, 5),
                    "周报表/市生态环境局平川分局_2026年10月第3-5周.csv",
                    StandardCharsets.UTF_8,
                    true,
                    DateStyle.TEXT_ISO,
                    LocalDate.of(2026, 11, 2)));

    private static final String[] NOTES = {
        "转发区融媒体中心“优化营商环境 赋能高质量”专栏稿件", "LED电子屏滚动播放营商环境宣传标语", "宣传栏更新惠企政策解读内容", "政务微信公众号推送政策解读", "组织干部职工转发营商环境主题短视频",
    };

    /** A tally row under construction; planted mistakes are applied to it before it is placed. */
    private static final class Draft {
        final Unit unit;
        final LocalDate monday;
        String code;
        String name;
        Cell weekCell;
        final int[] values;
        final Map<String, Cell> counts = new LinkedHashMap<>();
        LocalDate filled;
        Cell filledCell;
        String filler;
        String note;
        String rejection;
        boolean warning;
        String warningReason;

        Draft(Unit unit, LocalDate monday, int[] values) {
            this.unit = unit;
            this.monday = monday;
            this.values = values;
            this.code = unit.code();
            this.name = unit.name();
            this.filler = unit.liaison();
        }

        void set(int index, int value) {
            values[index] = value;
            counts.put(COUNTS.get(index), new Num(value));
        }

        void write(int index, String asWritten) {
            counts.put(COUNTS.get(index), new Text(asWritten));
        }

        int mediaTotal() {
            return values[0] + values[1] + values[2] + values[3] + values[4];
        }

        /** Keeps 专栏/典型案例/舆论监督 within the media total after a planted tweak changed the total. */
        void clampOfWhich() {
            for (int i : new int[] {COLUMN, TYPICAL, SUPERVISION}) {
                if (values[i] > mediaTotal()) {
                    set(i, mediaTotal());
                }
            }
        }

        boolean ofWhichTooLarge() {
            return values[COLUMN] > mediaTotal()
                    || values[TYPICAL] > mediaTotal()
                    || values[SUPERVISION] > mediaTotal();
        }

        /** Of-which counts go to 0 on a planted row so that it carries exactly one problem. */
        void clearOfWhich() {
            set(COLUMN, 0);
            set(TYPICAL, 0);
            set(SUPERVISION, 0);
        }

        Map<String, Cell> xlsx(int seq, DateStyle dates) {
            Map<String, Cell> row = new LinkedHashMap<>();
            row.put("序号", new Num(seq));
            put(row, "单位编码", code);
            put(row, "单位名称", name);
            row.put("周起始日", weekCell != null ? weekCell : dates.cell(monday));
            counts.forEach((k, v) -> {
                if (v != null) {
                    row.put(k, v);
                }
            });
            put(row, "填报人", filler);
            if (filledCell != null) {
                row.put("填报日期", filledCell);
            } else if (filled != null) {
                row.put("填报日期", dates.cell(filled));
            }
            put(row, "备注", note);
            return row;
        }

        Map<String, String> csv(DateStyle dates) {
            Map<String, String> record = new LinkedHashMap<>();
            record.put("单位编码", code == null ? "" : code);
            record.put("单位名称", name);
            record.put("周起始日", weekCell instanceof Text t ? t.value() : dates.text(monday));
            counts.forEach((k, v) -> record.put(k, v == null ? "" : asText(v)));
            record.put("填报人", filler);
            record.put("填报日期", filled == null ? "" : dates.text(filled));
            record.put("备注", note == null ? "" : note);
            return record;
        }

        private static void put(Map<String, Cell> row, String header, String value) {
            if (value != null && !value.isEmpty()) {
                row.put(header, new Text(value));
            }
        }

        private static String asText(Cell cell) {
            if (cell instanceof Num n) {
                return String.valueOf((long) n.value());
            }
            return ((Text) cell).value();
        }
    }

    private record Placed(ExpectedProblem at, Draft draft) {}

    private final Expectations expect;
    private final List<FormFiles.DemoFile> files;
    private final Map<String, Placed> placed = new HashMap<>();
    private final Map<String, FormFiles.Csv> csvFiles = new LinkedHashMap<>();

    TallyForms(Expectations expect, List<FormFiles.DemoFile> files) {
        this.expect = expect;
        this.files = files;
    }

    void build() {
        List<YearMonth> months = DemoCalendar.months();
        for (int i = 0; i < months.size(); i++) {
            buildMonth(months.get(i), styleOf(i));
        }
        files.addAll(csvFiles.values());
        correctMay();
        correctOctober();
    }

    /** A different habit each month, the way the consolidated workbooks really drift. */
    private static MonthStyle styleOf(int index) {
        return switch (index) {
            case 0 -> new MonthStyle(DateStyle.ISO_CELL, false, false, false, true);
            case 1 -> new MonthStyle(DateStyle.TEXT_SLASH, false, true, false, false);
            case 2 -> new MonthStyle(DateStyle.CN_CELL, true, false, false, false);
            case 3 -> new MonthStyle(DateStyle.TEXT_DOT, false, false, true, false);
            case 4 -> new MonthStyle(DateStyle.TEXT_CN, false, true, false, false);
            case 5 -> new MonthStyle(DateStyle.ISO_CELL, true, false, false, true);
            case 6 -> new MonthStyle(DateStyle.CN_CELL, false, false, false, false);
            case 7 -> new MonthStyle(DateStyle.TEXT_ISO, false, false, false, false);
            case 9 -> new MonthStyle(DateStyle.TEXT_SLASH, true, true, false, false);
            case 11 -> new MonthStyle(DateStyle.CN_CELL, false, false, false, true);
            default -> new MonthStyle(DateStyle.ISO_CELL, false, false, false, index == 12);
        };
    }

    private void buildMonth(YearMonth month, MonthStyle style) {
        List<LocalDate> weeks = DemoCalendar.weeks(month);
        LocalDate lastDue = DemoCalendar.due(weeks.get(weeks.size() - 1));
        String path = "周报表/" + DemoCalendar.monthText(month) + "宣传报道周报表.xlsx";
        FormFiles.Workbook workbook = new FormFiles.Workbook(path, lastDue.plusDays(3));
        boolean report = month.equals(OCT);
        for (int w = 1; w <= weeks.size(); w++) {
            LocalDate monday = weeks.get(w - 1);
            String sheetName = DemoCalendar.weekSheetName(w, monday);
            List<String> titles = new ArrayList<>();
            titles.add("平川区宣传报道周报表（" + DemoCalendar.monthText(month) + "第" + w + "周）");
            if (style.subtitle()) {
                titles.add("填报单位：各乡镇街道、部门单位　　数量单位：篇（条）　　报送时限：每周一下班前");
            }
            FormFiles.Sheet sheet =
                    new FormFiles.Sheet(sheetName, titles, style.nameFirst() ? HEADER_NAME_FIRST : HEADER);
            int seq = 0;
            for (Unit unit : DemoRegistry.activeUnits(month)) {
                Random r = rng(unit.code(), monday);
                boolean missing = r.nextDouble() < 0.012;
                CsvPlan plan = csvPlan(unit.code(), month, w);
                if (plan != null) {
                    placeCsv(plan, draft(unit, monday, style, r, !report));
                    continue;
                }
                if (report ? missingInOctober(unit.code(), w) : missing && !keptInHistory(unit.code(), monday)) {
                    continue;
                }
                Draft draft = draft(unit, monday, style, r, !report);
                if (report) {
                    plantOctober(draft, w);
                } else {
                    plantHistory(draft, month, w);
                }
                if (draft.rejection == null) {
                    draft.clampOfWhich();
                }
                seq++;
                Map<String, Cell> row = draft.xlsx(seq, style.dates());
                place(path, sheetName, sheet.add(row), draft);
                if (report && w == 5 && unit.code().equals("GXJ")) {
                    // Pasted twice by the office: same row, same 填报日期; the later copy counts.
                    supersede(draft);
                    place(path, sheetName, sheet.add(new LinkedHashMap<>(row)), draft);
                }
            }
            if (report && w == 3) {
                seq++;
                Draft stranger = unknownUnitRow(monday);
                int rowNo = sheet.add(stranger.xlsx(seq, style.dates()));
                expect.reject(Expectations.because(
                        Expectations.at(path, sheetName, rowNo, stranger.code), stranger.rejection));
            }
            workbook.sheets.add(sheet);
        }
        if (style.instructions()) {
            FormFiles.Sheet notes = FormFiles.Sheet.notes("填表说明", instructions());
            if (month.equals(DemoCalendar.FIRST_MONTH)) {
                workbook.sheets.add(0, notes);
            } else {
                workbook.sheets.add(notes);
            }
        }
        files.add(workbook);
    }

    private void placeCsv(CsvPlan plan, Draft draft) {
        FormFiles.Csv csv = csvFiles.computeIfAbsent(
                plan.path(), p -> new FormFiles.Csv(p, plan.sentOn(), plan.charset(), plan.bom(), CSV_HEADER));
        if (plan.month().equals(OCT)) {
            plantOctoberCsv(draft);
            if (draft.rejection == null) {
                draft.clampOfWhich();
            }
        }
        int recordNo = csv.add(draft.csv(plan.dates()));
        place(plan.path(), "", recordNo, draft);
    }

    /** Records where an accepted row sits, or the rejection / warning it was planted with. */
    private void place(String path, String sheet, int rowNo, Draft draft) {
        ExpectedProblem at = Expectations.at(path, sheet, rowNo, draft.code);
        if (draft.rejection == null && draft.ofWhichTooLarge()) {
            // Rows are rendered before they are placed, so a bad planted tweak must fail loudly here.
            throw new IllegalStateException("unplanned of-which > total at " + at);
        }
        if (draft.rejection != null) {
            expect.reject(Expectations.because(at, draft.rejection));
            return;
        }
        if (draft.warning) {
            expect.warn(Expectations.because(at, draft.warningReason));
        }
        placed.put(key(draft.unit.code(), draft.monday), new Placed(at, draft));
    }

    private void supersede(Draft draft) {
        Placed earlier = placed.get(key(draft.unit.code(), draft.monday));
        expect.supersede(earlier.at());
    }

    private Draft draft(Unit unit, LocalDate monday, MonthStyle style, Random r, boolean mayBeLate) {
        Draft draft = new Draft(unit, monday, counts(unit, r));
        for (int i = 0; i < COUNTS.size(); i++) {
            int v = draft.values[i];
            Cell cell;
            if (style.textNumbers()) {
                cell = new Text(String.valueOf(v));
            } else if (v == 0 && r.nextDouble() < 0.06) {
                cell = null; // a blank count cell means 0
            } else if (r.nextDouble() < 0.02) {
                cell = new Text(String.valueOf(v));
            } else {
                cell = new Num(v);
            }
            draft.counts.put(COUNTS.get(i), cell);
        }
        draft.filled = filledOn(unit.code(), monday, r, mayBeLate);
        draft.note = note(draft.values, r);
        return draft;
    }

    /** Townships post more on new media and district media; central media is rare for everyone. */
    private static int[] counts(Unit unit, Random r) {
        String type = unit.type();
        boolean town = unit.isTownship();
        boolean zone = DemoRegistry.ZONE.equals(type);
        boolean stationed = DemoRegistry.STATIONED.equals(type);
        int[] v = new int[COUNTS.size()];
        v[0] = r.nextDouble() < (town ? 0.02 : 0.012) ? 1 : 0;
        v[1] = r.nextDouble() < (town ? 0.15 : zone ? 0.2 : 0.07) ? (r.nextDouble() < 0.15 ? 2 : 1) : 0;
        v[2] = town || zone ? r.nextInt(0, 3) : r.nextInt(0, 2);
        v[3] = town ? r.nextInt(1, 5) : zone ? r.nextInt(1, 4) : stationed ? r.nextInt(0, 2) : r.nextInt(0, 3);
        v[4] = town ? r.nextInt(3, 9) : zone ? r.nextInt(2, 7) : stationed ? r.nextInt(1, 4) : r.nextInt(1, 5);
        int total = v[0] + v[1] + v[2] + v[3] + v[4];
        v[COLUMN] = Math.min(total, r.nextInt(0, 4));
        v[TYPICAL] = total > 0 && r.nextDouble() < 0.25 ? 1 : 0;
        v[SUPERVISION] = total > 0 && r.nextDouble() < 0.04 ? 1 : 0;
        v[INTERVIEW] = r.nextDouble() < 0.04 ? 1 : 0;
        v[SOCIAL] = r.nextInt(0, town ? 7 : 4);
        return v;
    }

    /** Mostly Friday or the due Monday; a few units are habitually late by a day or three. */
    private static LocalDate filledOn(String code, LocalDate monday, Random r, boolean mayBeLate) {
        double lateness = switch (code) {
            case "HQZ" -> 0.25;
            case "FXX" -> 0.15;
            case "JTJ" -> 0.08;
            default -> 0.03;
        };
        boolean late = r.nextDouble() < lateness;
        int[] onTime = {4, 4, 5, 6, 7, 7, 7, 7};
        int offset = onTime[r.nextInt(onTime.length)];
        if (late && mayBeLate) {
            return DemoCalendar.due(monday).plusDays(r.nextInt(1, 4));
        }
        return monday.plusDays(offset);
    }

    private static String note(int[] v, Random r) {
        if (v[INTERVIEW] > 0) {
            return "区电视台《一把手谈营商环境》栏目播出本单位主要负责同志访谈";
        }
        if (v[0] > 0) {
            return "新华网转载本单位稿件1篇";
        }
        if (v[1] > 0 && r.nextDouble() < 0.4) {
            return "《甘肃日报》刊发本单位稿件" + v[1] + "篇";
        }
        return r.nextDouble() < 0.1 ? NOTES[r.nextInt(NOTES.length)] : null;
    }

    private static boolean missingInOctober(String code, int week) {
        return switch (code) {
            case "ZTZ" -> week >= 4;
            case "JRB" -> week == 5;
            case "WLJ" -> week == 5; // its week-5 file is the unreadable 区文旅局_周报.xlsx
            default -> false;
        };
    }

    /** Rows that later planted rows or corrections refer to must exist in history. */
    private static boolean keptInHistory(String code, LocalDate monday) {
        return monday.equals(LocalDate.of(2026, 4, 6)) && code.equals("BJZ")
                || monday.equals(LocalDate.of(2026, 5, 4)) && code.equals("XPLJD");
    }

    private static void plantHistory(Draft d, YearMonth month, int week) {
        if (month.equals(YearMonth.of(2026, 4)) && week == 2 && d.unit.code().equals("BJZ")) {
            d.clearOfWhich();
            d.set(2, -2);
            d.rejection = "市级媒体(-2)须为不小于0的整数";
        }
    }

    /** The 2026-10 workbook: late weeks, a warning, and one mistake per planted row. */
    private static void plantOctober(Draft d, int week) {
        String code = d.unit.code();
        LocalDate monday = d.monday;
        if (week == 1) {
            switch (code) {
                case "XPLJD" -> {
                    d.name = "兴平路街道办事处";
                    d.warning = true;
                    d.warningReason = "单位名称与名册不符：表中为“兴平路街道办事处”，名册为“兴平路街道”";
                }
                case "HQZ" -> d.filled = DemoCalendar.due(monday).plusDays(3);
                case "BJZ" -> {
                    d.set(3, 3);
                    d.write(3, "３");
                }
                default -> {}
            }
        } else if (week == 2) {
            switch (code) {
                case "WJSZ" -> {
                    d.code = null;
                    d.rejection = "单位编码为空";
                }
                case "GHZ" -> {
                    LocalDate wrong = monday.plusDays(2);
                    d.weekCell = new Day(wrong, FormFiles.ISO_DATE);
                    d.rejection = "周起始日须为星期一（" + wrong + "为星期" + DemoCalendar.weekday(wrong) + "）";
                }
                case "SFJ" -> d.filled = DemoCalendar.due(monday).plusDays(1);
                case "CZJD" -> {
                    for (int i = 0; i < COUNTS.size(); i++) {
                        d.write(i, String.valueOf(d.values[i]));
                    }
                }
                default -> {}
            }
        } else if (week == 3) {
            switch (code) {
                case "SQZ" -> {
                    d.weekCell = new Text("2026-10-32");
                    d.rejection = "周起始日(2026-10-32)不是有效日期";
                }
                case "RSJ" -> {
                    d.filled = null;
                    d.warning = true; // the message holds the file date: left open in the expectations
                }
                case "HQZ" -> d.filled = DemoCalendar.due(monday).plusDays(3);
                case "DLLJD" -> d.filled = DemoCalendar.due(monday).plusDays(2);
                case "GXJ" -> {
                    d.filled = DemoCalendar.due(monday);
                    d.filledCell = new Text(DateStyle.TEXT_SLASH.text(d.filled));
                }
                default -> {}
            }
        } else if (week == 4) {
            switch (code) {
                case "JKQ" -> {
                    for (int i = 0; i < MEDIA.size(); i++) {
                        d.set(i, i);
                    }
                    d.set(COLUMN, 12);
                    d.set(TYPICAL, 1);
                    d.set(SUPERVISION, 0);
                    d.rejection = "专栏稿件(12)大于媒体合计(10)";
                }
                case "CZJD" -> d.filled = monday.plusDays(5);
                case "DLLJD" -> d.code = "DLLJD "; // a trailing blank, tolerated
                default -> {}
            }
        } else if (week == 5) {
            if (code.equals("SCJGJ") || code.equals("FGJ")) {
                for (int i : new int[] {0, SUPERVISION, INTERVIEW}) {
                    if (d.values[i] == 0) {
                        d.counts.put(COUNTS.get(i), null);
                    }
                }
            }
        }
    }

    private static void plantOctoberCsv(Draft d) {
        String code = d.unit.code();
        int week = DemoCalendar.weeks(OCT).indexOf(d.monday) + 1;
        if (code.equals("QSWJ")) {
            switch (week) {
                case 1 -> {
                    d.set(1, 2);
                    d.note = "《甘肃日报》,每日甘肃网各转载1篇"; // an ASCII comma: the field gets quoted
                }
                case 3 -> {
                    d.set(SOCIAL, Math.max(2, d.values[SOCIAL]));
                    d.note = "开展\"便民办税春风行动\"进社区集中宣传"; // ASCII quotes, doubled in the CSV
                }
                case 4 -> {
                    d.set(4, 2);
                    d.write(4, "２");
                }
                default -> {}
            }
        } else if (code.equals("HHLJD") && week == 2) {
            d.clearOfWhich();
            d.write(4, "三篇");
            d.rejection = "政务新媒体(三篇)须为不小于0的整数";
        } else if (code.equals("STHJFJ")) {
            if (week == 3) {
                d.set(2, Math.max(2, d.values[2]));
                d.note = "1.开展秋季大气污染防治宣传进社区活动\n2.转发市生态环境局稿件2篇";
            } else if (week == 4) {
                d.clearOfWhich();
                d.write(3, "2.5");
                d.rejection = "区级媒体(2.5)须为不小于0的整数";
            }
        }
    }

    private static Draft unknownUnitRow(LocalDate monday) {
        // A unit that is not in the registry: JRB only stands in for the Draft's bookkeeping.
        Draft d = new Draft(DemoRegistry.unit("JRB"), monday, new int[COUNTS.size()]);
        int[] values = {0, 0, 1, 2, 3, 1, 0, 0, 0, 2};
        for (int i = 0; i < values.length; i++) {
            d.set(i, values[i]);
        }
        d.code = "QWJJ";
        d.name = "区卫健局";
        d.filler = "郑淑芬";
        d.filled = DemoCalendar.due(monday);
        d.rejection = "未知单位编码 QWJJ";
        return d;
    }

    /** A township re-sends one May week with two more posts. */
    private void correctMay() {
        LocalDate monday = LocalDate.of(2026, 5, 4);
        Placed original = placed.get(key("XPLJD", monday));
        Draft d = copy(original.draft());
        d.set(4, d.values[4] + 2);
        d.filled = original.draft().filled.plusDays(2);
        d.note = "更正：补报政务新媒体稿件2条";
        String path = "更正/2026年5月宣传报道周报表（更正）.xlsx";
        FormFiles.Workbook workbook = new FormFiles.Workbook(path, d.filled);
        FormFiles.Sheet sheet = new FormFiles.Sheet("更正", List.of(), HEADER);
        place(path, "更正", sheet.add(d.xlsx(1, DateStyle.TEXT_ISO)), d);
        expect.supersede(original.at());
        workbook.sheets.add(sheet);
        files.add(workbook);
    }

    /** Week 4 of 2026-10: 长征街道 re-sends with more articles, 经济开发区 fixes its rejected row. */
    private void correctOctober() {
        LocalDate monday = DemoCalendar.weeks(OCT).get(3);
        String path = "更正/2026年10月第4周宣传报道周报表（更正）.xlsx";
        String sheetName = DemoCalendar.weekSheetName(4, monday);
        FormFiles.Sheet sheet = new FormFiles.Sheet(sheetName, List.of("平川区宣传报道周报表（2026年10月第4周·更正）"), HEADER);

        Placed original = placed.get(key("CZJD", monday));
        Draft czjd = copy(original.draft());
        czjd.set(3, czjd.values[3] + 1);
        czjd.set(4, czjd.values[4] + 1);
        czjd.filled = DemoCalendar.due(monday);
        czjd.note = "更正：补报区级媒体稿件1篇、政务新媒体1条";
        place(path, sheetName, sheet.add(czjd.xlsx(1, DateStyle.ISO_CELL)), czjd);
        expect.supersede(original.at());

        Draft jkq = new Draft(DemoRegistry.unit("JKQ"), monday, new int[COUNTS.size()]);
        int[] values = {0, 1, 2, 3, 4, 2, 1, 0, 0, 3};
        for (int i = 0; i < values.length; i++) {
            jkq.set(i, values[i]);
        }
        jkq.filled = DemoCalendar.due(monday).plusDays(1);
        jkq.note = "更正：专栏稿件误填为12，应为2";
        place(path, sheetName, sheet.add(jkq.xlsx(2, DateStyle.ISO_CELL)), jkq);

        FormFiles.Workbook workbook = new FormFiles.Workbook(path, jkq.filled);
        workbook.sheets.add(sheet);
        files.add(workbook);
    }

    private static Draft copy(Draft original) {
        Draft d = new Draft(original.unit, original.monday, original.values.clone());
        for (int i = 0; i < COUNTS.size(); i++) {
            d.set(i, d.values[i]);
        }
        return d;
    }

    private static CsvPlan csvPlan(String unit, YearMonth month, int week) {
        for (CsvPlan plan : CSV_PLANS) {
            if (plan.unit().equals(unit)
                    && plan.month().equals(month)
                    && plan.weeks().contains(week)) {
                return plan;
            }
        }
        return null;
    }

    private static List<String> instructions() {
        return List.of(
                "填表说明",
                "一、本表由各乡镇街道、部门单位宣传联络员填写，每个单位每周填写一行。",
                "二、每周报表请于下周一下班前报送区委宣传部，逾期视为迟报。",
                "三、各类稿件数量单位为篇（条），没有的填0或留空，请勿填写小数或文字。",
                "四、“专栏稿件”“典型案例”“舆论监督”是媒体稿件中的其中数，均不得大于五类媒体稿件之和。",
                "五、“社会宣传”指利用LED电子屏、公示栏、宣传栏、广场大屏等阵地开展宣传的次数。",
                "六、单位代码以区委宣传部下发的单位名册为准，请勿自行改动。");
    }

    private static Random rng(String unit, LocalDate monday) {
        return DemoRandom.of(SEED, unit, monday);
    }

    private static String key(String unit, LocalDate monday) {
        return unit + "|" + monday;
    }

    private static List<String> header(boolean nameFirst) {
        List<String> h = new ArrayList<>();
        h.add("序号");
        h.add(nameFirst ? "单位名称" : "单位编码");
        h.add(nameFirst ? "单位编码" : "单位名称");
        h.add("周起始日");
        h.addAll(COUNTS);
        if (nameFirst) {
            h.addAll(List.of("备注", "填报人", "填报日期"));
        } else {
            h.addAll(List.of("填报人", "填报日期", "备注"));
        }
        return h;
    }

    private static List<String> csvHeader() {
        List<String> h = new ArrayList<>(List.of("单位编码", "单位名称", "周起始日"));
        h.addAll(COUNTS);
        h.addAll(List.of("填报人", "填报日期", "备注"));
        return h;
    }
}
