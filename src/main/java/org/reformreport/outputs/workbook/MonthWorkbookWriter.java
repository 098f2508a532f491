package org.reformreport.outputs.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.Weeks;
import org.reformreport.intake.ProgressReport;
import org.reformreport.summary.CountedTally;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.LedgerLine;
import org.reformreport.summary.MonthFiguresCalculator;
import org.reformreport.summary.MonthRecords;
import org.reformreport.summary.SubmissionGrid;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;

/**
 * Writes the month's workbook (spec §7) with SXSSF: 汇总, 宣传报道明细, 报送情况, 改革任务台账, 排名 and
 * 数据问题, each a printable table. Big sheets stream; only the per-unit figures are held.
 */
public final class MonthWorkbookWriter {

    /** What the workbook being written holds; one writer writes one workbook at a time. */
    private org.reformreport.support.ContentFingerprint fingerprint;

    public static final String SUMMARY = "汇总";
    public static final String DETAIL = "宣传报道明细";
    public static final String SUBMISSIONS = "报送情况";
    public static final String LEDGER = "改革任务台账";
    public static final String RANKING = "排名";
    public static final String PROBLEMS = "数据问题";

    public static final List<String> SUMMARY_HEADERS = List.of(
            "单位编码",
            "单位名称",
            "单位类型",
            "应报周数",
            "按时报送",
            "迟报",
            "缺报",
            "中央媒体",
            "省级媒体",
            "市级媒体",
            "区级媒体",
            "政务新媒体",
            "稿件合计",
            "上月稿件合计",
            "环比",
            "去年同期稿件合计",
            "同比",
            "年度累计",
            "专栏稿件",
            "典型案例",
            "舆论监督",
            "一把手访谈",
            "社会宣传",
            "牵头任务数",
            "已完成",
            "按期推进",
            "滞后",
            "未报送",
            "宣传",
            "报送",
            "任务",
            "加分",
            "得分",
            "排名");

    /** What the workbook is made of: the stored figures and scores plus streamed row sources. */
    public record Content(
            ReportMonth month,
            String region,
            List<UnitMonthFigures> figures,
            Map<String, UnitScore> scores,
            MonthFiguresCalculator calculator,
            MonthRecords records,
            long runId) {}

    /** Writes the workbook and returns the fingerprint of what it holds (every sheet's values). */
    public String write(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        fingerprint = new org.reformreport.support.ContentFingerprint();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            String period = content.region() + content.month().year() + "年"
                    + content.month().monthValue() + "月";
            int totalRow = writeSummary(wb, styles, period, content);
            SubmissionGrid grid = writeDetail(wb, styles, period, content);
            writeSubmissions(wb, styles, period, content, grid);
            writeLedger(wb, styles, period, content);
            writeRanking(wb, styles, period, content);
            writeProblems(wb, styles, period, content);
            addChart(wb, content.figures(), totalRow);
            wb.setForceFormulaRecalculation(true);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return fingerprint.hex();
    }

    /** Writes 汇总 and returns the 0-based index of its 合计 row. */
    private int writeSummary(SXSSFWorkbook wb, Styles s, String period, Content c) {
        TableSheet t = new TableSheet(wb, s, SUMMARY, period + "改革宣传工作汇总表", SUMMARY_HEADERS, fingerprint);
        int first = t.firstDataExcelRow();
        double[] sums = new double[SUMMARY_HEADERS.size()];
        for (UnitMonthFigures f : c.figures()) {
            UnitScore score = c.scores().get(f.unitCode());
            t.newRow().text(0, f.unitCode()).text(1, f.unitName()).text(2, f.group());
            int[] counts = countColumns(f);
            for (int i = 0; i < counts.length; i++) {
                t.number(COUNT_COLUMNS[i], counts[i]);
                sums[COUNT_COLUMNS[i]] += counts[i];
            }
            t.decimal(SUMMARY_HEADERS.indexOf("环比"), f.monthOnMonth(), s.percent);
            t.decimal(SUMMARY_HEADERS.indexOf("同比"), f.yearOnYear(), s.percent);
            int col = SUMMARY_HEADERS.indexOf("宣传");
            for (BigDecimal v :
                    new BigDecimal[] {score.publicity(), score.submission(), score.tasks(), score.bonus(), score.total()
                    }) {
                t.decimal(col++, round(v), s.decimal2);
            }
            t.number(col, score.rank());
        }
        int last = t.nextExcelRow() - 1;
        int totalRow = t.nextExcelRow() - 1;
        t.newRow().text(0, "合计", s.totalLabel).text(1, null, s.totalLabel).text(2, null, s.totalLabel);
        int monthOnMonth = SUMMARY_HEADERS.indexOf("环比");
        int yearOnYear = SUMMARY_HEADERS.indexOf("同比");
        int lastCount = SUMMARY_HEADERS.indexOf("未报送");
        for (int col = 3; col <= lastCount; col++) {
            if (col == monthOnMonth || col == yearOnYear) {
                continue;
            }
            String letter = CellReference.convertNumToColString(col);
            t.formula(col, "SUM(" + letter + first + ":" + letter + last + ")", sums[col], s.totalInteger);
        }
        double articles = sums[SUMMARY_HEADERS.indexOf("稿件合计")];
        t.formula(
                monthOnMonth,
                growthFormula(totalRow + 1, "稿件合计", "上月稿件合计"),
                growth(articles, sums[SUMMARY_HEADERS.indexOf("上月稿件合计")]),
                s.totalPercent);
        t.formula(
                yearOnYear,
                growthFormula(totalRow + 1, "稿件合计", "去年同期稿件合计"),
                growth(articles, sums[SUMMARY_HEADERS.indexOf("去年同期稿件合计")]),
                s.totalPercent);
        for (int col = lastCount + 1; col < SUMMARY_HEADERS.size(); col++) {
            t.text(col, null, s.totalLabel);
        }
        t.finish();
        return totalRow;
    }

    /** The 汇总 columns that hold whole counts (everything the 合计 row sums). */
    private static final int[] COUNT_COLUMNS = java.util.stream.IntStream.range(3, SUMMARY_HEADERS.indexOf("未报送") + 1)
            .filter(i -> i != SUMMARY_HEADERS.indexOf("环比") && i != SUMMARY_HEADERS.indexOf("同比"))
            .toArray();

    private static int[] countColumns(UnitMonthFigures f) {
        return new int[] {
            f.weeksDue(),
            f.onTime(),
            f.late(),
            f.missing(),
            f.media().central(),
            f.media().provincial(),
            f.media().municipal(),
            f.media().district(),
            f.media().newMedia(),
            f.total(),
            f.previousMonthTotal(),
            f.lastYearTotal(),
            f.yearToDateTotal(),
            f.specialColumn(),
            f.typicalCases(),
            f.supervision(),
            f.leaderInterviews(),
            f.socialPublicity(),
            f.leadTaskCount(),
            f.tasks(EffectiveStatus.COMPLETED),
            f.tasks(EffectiveStatus.ON_TRACK),
            f.tasks(EffectiveStatus.LAGGING),
            f.tasks(EffectiveStatus.NOT_REPORTED)
        };
    }

    private static Double growth(double now, double base) {
        return base == 0 ? null : (now - base) / base;
    }

    /** 环比/同比 of the totals, live: empty when the base is 0. */
    static String growthFormula(int excelRow, String nowHeader, String baseHeader) {
        String now = CellReference.convertNumToColString(SUMMARY_HEADERS.indexOf(nowHeader)) + excelRow;
        String base = CellReference.convertNumToColString(SUMMARY_HEADERS.indexOf(baseHeader)) + excelRow;
        return "IF(" + base + "=0,\"\",(" + now + "-" + base + ")/" + base + ")";
    }

    /** Writes 宣传报道明细, and with the same rows the month's submission grid. */
    private SubmissionGrid writeDetail(SXSSFWorkbook wb, Styles s, String period, Content c) {
        TableSheet t = new TableSheet(
                wb,
                s,
                DETAIL,
                period + "宣传报道明细",
                List.of(
                        "单位编码", "单位名称", "周起始日", "周次", "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "媒体合计", "专栏稿件", "典型案例",
                        "舆论监督", "一把手访谈", "社会宣传", "填报日期", "是否迟报", "来源文件", "工作表", "行号"),
                fingerprint);
        SubmissionGrid grid = new SubmissionGrid(c.calculator());
        c.records().forEachTally(c.runId(), c.month(), line -> {
            CountedTally tally = line.tally();
            WeekSubmission submission = grid.add(tally);
            t.newRow()
                    .text(0, tally.unitCode())
                    .text(1, line.unitName())
                    .date(2, tally.weekStart())
                    .text(3, "第" + Weeks.ordinalInMonth(tally.weekStart()) + "周");
            int col = 4;
            for (long v : new long[] {
                tally.media().central(),
                tally.media().provincial(),
                tally.media().municipal(),
                tally.media().district(),
                tally.media().newMedia(),
                tally.media().total(),
                tally.ofWhich().specialColumn(),
                tally.ofWhich().typicalCases(),
                tally.ofWhich().supervision(),
                tally.ofWhich().leaderInterviews(),
                tally.ofWhich().socialPublicity()
            }) {
                t.number(col++, v);
            }
            t.date(col++, tally.filledDate());
            t.text(col++, submission == WeekSubmission.LATE ? "迟报" : "否");
            t.text(col++, line.fileName()).text(col++, line.sheetName()).number(col, line.rowNumber());
        });
        t.finish();
        return grid;
    }

    private void writeSubmissions(SXSSFWorkbook wb, Styles s, String period, Content c, SubmissionGrid grid) {
        List<LocalDate> weeks = c.month().weeks();
        List<String> headers = new ArrayList<>(List.of("单位编码", "单位名称", "单位类型"));
        for (int i = 0; i < weeks.size(); i++) {
            LocalDate w = weeks.get(i);
            LocalDate end = Weeks.weekEnd(w);
            headers.add("第" + (i + 1) + "周（" + w.getMonthValue() + "." + w.getDayOfMonth() + "—" + end.getMonthValue()
                    + "." + end.getDayOfMonth() + "）");
        }
        headers.addAll(List.of("按时", "迟报", "缺报"));
        TableSheet t = new TableSheet(wb, s, SUBMISSIONS, period + "周报表报送情况", headers, fingerprint);
        for (UnitMonthFigures f : c.figures()) {
            t.newRow().text(0, f.unitCode()).text(1, f.unitName()).text(2, f.group());
            for (int i = 0; i < weeks.size(); i++) {
                WeekSubmission w = grid.at(f.unitCode(), weeks.get(i));
                t.text(
                        3 + i,
                        w.label(),
                        w == WeekSubmission.ON_TIME ? s.onTime : w == WeekSubmission.LATE ? s.late : s.missing);
            }
            t.number(3 + weeks.size(), f.onTime())
                    .number(4 + weeks.size(), f.late())
                    .number(5 + weeks.size(), f.missing());
        }
        t.finish();
    }

    private void writeLedger(SXSSFWorkbook wb, Styles s, String period, Content c) {
        TableSheet t = new TableSheet(
                wb,
                s,
                LEDGER,
                period + "改革任务台账",
                List.of(
                        "任务编号", "任务名称", "类别", "领衔领导", "牵头单位编码", "牵头单位", "配合单位", "开始月份", "计划完成月份", "报送状态", "有效状态",
                        "完成进度", "本月进展", "主要成效", "存在问题", "下步打算", "典型经验", "推广层级"),
                fingerprint);
        for (LedgerLine l : c.records().ledger(c.runId(), c.month())) {
            ProgressReport r = l.report();
            t.newRow()
                    .text(0, l.taskCode())
                    .text(1, l.title(), s.wrapText)
                    .text(2, l.category().label())
                    .text(3, l.leader())
                    .text(4, l.leadUnitCode())
                    .text(5, l.leadUnitName())
                    .text(6, String.join("、", l.participantCodes()))
                    .text(7, l.startMonth().toString())
                    .text(8, l.plannedMonth().toString())
                    .text(
                            9,
                            l.reportedStatus() == null
                                    ? "未报送"
                                    : l.reportedStatus().label())
                    .text(10, l.effectiveStatus().label());
            if (r.percent() == null) {
                t.text(11, null);
            } else {
                t.number(11, r.percent());
            }
            t.text(12, r.thisMonth(), s.wrapText)
                    .text(13, r.achievements(), s.wrapText)
                    .text(14, r.problems(), s.wrapText)
                    .text(15, r.nextSteps(), s.wrapText)
                    .text(16, r.experience(), s.wrapText)
                    .text(17, r.promotion() == null ? null : r.promotion().label());
        }
        t.finish();
    }

    private void writeRanking(SXSSFWorkbook wb, Styles s, String period, Content c) {
        TableSheet t = new TableSheet(
                wb,
                s,
                RANKING,
                period + "各单位得分排名",
                List.of(
                        "单位类型",
                        "排名",
                        "单位编码",
                        "单位名称",
                        "稿件加权数",
                        "宣传",
                        "应报周数",
                        "按时报送",
                        "迟报",
                        "报送",
                        "牵头任务数",
                        "已完成及按期推进",
                        "任务",
                        "任务得分说明",
                        "加分",
                        "得分"),
                fingerprint);
        List<UnitMonthFigures> ordered = new ArrayList<>(c.figures());
        ordered.sort(Comparator.comparing(UnitMonthFigures::group)
                .thenComparingInt(f -> c.scores().get(f.unitCode()).rank())
                .thenComparing(UnitMonthFigures::unitCode));
        for (UnitMonthFigures f : ordered) {
            UnitScore sc = c.scores().get(f.unitCode());
            t.newRow()
                    .text(0, f.group())
                    .number(1, sc.rank())
                    .text(2, f.unitCode())
                    .text(3, f.unitName())
                    .decimal(4, sc.weightedArticles(), s.decimal2)
                    .decimal(5, round(sc.publicity()), s.decimal2)
                    .number(6, f.weeksDue())
                    .number(7, f.onTime())
                    .number(8, f.late())
                    .decimal(9, round(sc.submission()), s.decimal2)
                    .number(10, f.leadTaskCount())
                    .number(11, f.tasks(EffectiveStatus.COMPLETED) + f.tasks(EffectiveStatus.ON_TRACK))
                    .decimal(12, round(sc.tasks()), s.decimal2)
                    .text(13, sc.tasksFromGroupAverage() ? "未牵头任务，取本组平均" : "")
                    .decimal(14, round(sc.bonus()), s.decimal2)
                    .decimal(15, sc.total(), s.decimal2);
        }
        t.finish();
    }

    private void writeProblems(SXSSFWorkbook wb, Styles s, String period, Content c) {
        TableSheet t = new TableSheet(
                wb, s, PROBLEMS, period + "数据问题清单", List.of("类别", "文件", "工作表", "行号", "单位编码", "原因"), fingerprint);
        c.records().forEachProblem(c.runId(), c.month(), p -> {
            t.newRow().text(0, p.kind().label()).text(1, p.fileName()).text(2, p.sheetName());
            if (p.rowNumber() == null) {
                t.text(3, null);
            } else {
                t.number(3, p.rowNumber());
            }
            t.text(4, p.unitCode()).text(5, p.reason(), s.wrapText);
        });
        t.finish();
    }

    /**
     * A native bar chart of 稿件合计 by unit under the 汇总 table. SXSSF has no chart API, so it goes
     * on the underlying XSSF sheet, with the values cached from the figures and referencing the cells.
     */
    private void addChart(SXSSFWorkbook wb, List<UnitMonthFigures> figures, int totalRow) {
        if (figures.isEmpty()) {
            return;
        }
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(SUMMARY);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = totalRow + 2;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 16, top + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("各单位稿件合计");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        int firstRow = TableSheet.HEADER_ROW + 1;
        int lastRow = firstRow + figures.size() - 1;
        int nameCol = SUMMARY_HEADERS.indexOf("单位名称");
        int totalCol = SUMMARY_HEADERS.indexOf("稿件合计");
        String[] names = figures.stream().map(UnitMonthFigures::unitName).toArray(String[]::new);
        Integer[] totals = figures.stream().map(UnitMonthFigures::total).toArray(Integer[]::new);
        var categories = XDDFDataSourcesFactory.fromArray(
                names, new CellRangeAddress(firstRow, lastRow, nameCol, nameCol).formatAsString(SUMMARY, true));
        var values = XDDFDataSourcesFactory.fromArray(
                totals, new CellRangeAddress(firstRow, lastRow, totalCol, totalCol).formatAsString(SUMMARY, true));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, counts);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        var series = data.addSeries(categories, values);
        series.setTitle("稿件合计", null);
        // An explicit fill: without one some viewers draw the bars invisible.
        series.setShapeProperties(new org.apache.poi.xddf.usermodel.XDDFShapeProperties());
        series.getShapeProperties()
                .setFillProperties(new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                        org.apache.poi.xddf.usermodel.XDDFColor.from(new byte[] {(byte) 0xC0, 0x39, 0x2B})));
        chart.plot(data);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
