package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.support.FileHashes;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month's workbook from a planted district, checked cell by cell against figures the test
 * works out itself from the planted rows (not with the production rules). Subclasses pick the
 * database.
 */
abstract class MonthWorkbookJobScenario {

    static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);

    static final String UNITS = """
            单位编码,单位名称,单位类型,启用月份,停用月份
            A1,甲街道,乡镇街道,,
            A2,乙镇,乡镇街道,,
            A3,丙镇,乡镇街道,2026-10,
            A4,丁乡,乡镇街道,,2026-08
            B1,区发改局,部门单位,,
            B2,区人社局,部门单位,,
            B3,区司法局,部门单位,,
            """;
    static final String TASKS = """
            任务编号,任务名称,领衔领导,牵头单位编码,配合单位编码,开始月份,计划完成月份,类别
            T1,一号改革,张某,A1,B2,2026-01,2026-12,重点改革
            T2,二号改革,张某,A1,,2026-01,2026-10,重点改革
            T3,三号改革,李某,A2,B2,2026-01,2026-12,一般改革
            T4,四号改革,李某,A2,,2026-01,2026-08,一般改革
            T5,五号改革,王某,B1,,2026-01,2026-12,重点改革
            T6,六号改革,王某,B1,,2026-01,2026-12,一般改革
            T7,七号改革,赵某,B2,,2026-01,2026-12,重点改革
            T8,八号改革,赵某,B2,,2026-11,2027-06,一般改革
            T9,九号改革,李某,A2,B1,2026-01,2026-12,一般改革
            """;

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    /** A planted tally: counted=false when a later correction replaces it. */
    record Planted(String unit, LocalDate week, int[] media, int[] others, LocalDate filled, boolean counted) {
        int total() {
            return java.util.Arrays.stream(media).sum();
        }
    }

    private final List<Planted> planted = new ArrayList<>();

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private void plant(String unit, String week, int seed, String filled, boolean counted) {
        int[] media = {seed % 2, seed % 3, seed % 4 + 1, seed % 5 + 2, seed % 7 + 3};
        int[] others = {seed % 2, seed % 3 == 0 ? 1 : 0, 0, seed % 2, seed % 4};
        planted.add(new Planted(unit, d(week), media, others, d(filled), counted));
    }

    private void plantDistrict() throws IOException {
        String[] october = {"2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"};
        int seed = 1;
        for (String week : october) {
            LocalDate due = d(week).plusDays(7);
            plant("A1", week, seed++, week.equals("2026-10-05") ? "2026-10-13" : due.toString(), true);
            if (!week.equals("2026-10-19")) {
                plant("A2", week, seed++, due.minusDays(1).toString(), true);
            }
            if (!week.equals("2026-09-28")) {
                plant("A3", week, seed++, due.toString(), true);
            }
            plant("A4", week, seed++, due.toString(), true); // stopped unit: stored, never shown
            plant("B1", week, seed++, due.minusDays(2).toString(), !week.equals("2026-10-12"));
            plant("B2", week, seed++, week.equals("2026-10-26") ? "2026-11-02" : due.toString(), true);
        }
        plant("B1", "2026-10-12", seed++, "2026-10-20", true); // the correction (late, later date)
        for (String week : new String[] {"2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21"}) {
            plant("A1", week, seed++, week, true);
            plant("B1", week, seed++, week, true);
        }
        for (String week : new String[] {"2025-09-29", "2025-10-27", "2025-12-22", "2025-12-29", "2026-03-02"}) {
            plant("A1", week, seed++, week, true);
            plant("B2", week, seed++, week, true);
        }
        List<List<Object>> main = new ArrayList<>();
        main.add(List.of("测试区宣传报道周报表"));
        main.add(new ArrayList<>(Forms.TALLY_HEADER));
        List<List<Object>> correction = new ArrayList<>();
        correction.add(new ArrayList<>(Forms.TALLY_HEADER));
        for (Planted p : planted) {
            int[] counts = new int[10];
            System.arraycopy(p.media(), 0, counts, 0, 5);
            System.arraycopy(p.others(), 0, counts, 5, 5);
            List<Object> row = Forms.tally(p.unit(), p.week(), counts, p.filled());
            if (p.unit().equals("B1") && p.filled().equals(d("2026-10-20"))) {
                correction.add(row);
            } else {
                main.add(row);
            }
        }
        main.add(Forms.tally("ZZ9", d("2026-10-05"), new int[10], d("2026-10-12"))); // rejected, row = main.size()
        new Forms.Workbook().sheet("周报", main).write(dir.resolve("inbox/周报.xlsx"));
        new Forms.Workbook().sheet("更正", correction).write(dir.resolve("inbox/更正.xlsx"));

        Forms.csv(
                dir.resolve("inbox/进展.csv"),
                java.nio.charset.StandardCharsets.UTF_8,
                true,
                List.of(
                        Forms.PROGRESS_HEADER,
                        progress("T1", "A1", "2026-10", "按期推进", ""),
                        progress("T2", "A1", "2026-10", "未启动", ""),
                        progress("T3", "A2", "2026-10", "未启动", ""),
                        progress("T4", "A2", "2026-10", "按期推进", ""),
                        progress("T6", "B1", "2026-09", "已完成", ""),
                        progress("T7", "B2", "2026-10", "已完成", "省级"),
                        progress("T9", "A2", "2026-10", "滞后", ""),
                        progress("T9", "B1", "2026-10", "按期推进", "国家级"),
                        progress("T1", "B2", "2026-10", "按期推进", "国家级"),
                        progress("T3", "B2", "2026-10", "按期推进", "市级")));
        TestDistrict.writeConfig(dir.resolve("job-config"), UNITS, TASKS);
    }

    private static List<String> progress(String task, String unit, String month, String status, String promotion) {
        return List.of(
                task,
                unit,
                month,
                status,
                "",
                "推进" + task,
                "",
                "",
                "",
                promotion.isEmpty() ? "" : "经验",
                promotion,
                "联络员",
                YearMonth.parse(month).plusMonths(1).atDay(2).toString());
    }

    /** What the test expects for one unit, worked out from the planted rows. */
    private Map<String, Object> expected(
            String unit, String name, String group, int[] tasks, int bonusRaw, Map<String, Double> publicityByUnit) {
        List<Planted> oct = planted.stream()
                .filter(p -> p.unit().equals(unit)
                        && p.counted()
                        && YearMonth.from(p.week().plusDays(3)).equals(YearMonth.of(2026, 10)))
                .toList();
        int onTime = (int) oct.stream()
                .filter(p -> !p.filled().isAfter(p.week().plusDays(7)))
                .count();
        int late = oct.size() - onTime;
        int[] media = new int[5];
        int[] others = new int[5];
        oct.forEach(p -> {
            for (int i = 0; i < 5; i++) {
                media[i] += p.media()[i];
                others[i] += p.others()[i];
            }
        });
        int total = java.util.Arrays.stream(media).sum();
        int previous = monthTotal(unit, YearMonth.of(2026, 9));
        int lastYear = monthTotal(unit, YearMonth.of(2025, 10));
        int ytd = total;
        for (int m = 1; m <= 9; m++) {
            ytd += monthTotal(unit, YearMonth.of(2026, m));
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("单位编码", unit);
        e.put("单位名称", name);
        e.put("单位类型", group);
        e.put("应报周数", 5.0);
        e.put("按时报送", (double) onTime);
        e.put("迟报", (double) late);
        e.put("缺报", (double) (5 - onTime - late));
        String[] mediaHeaders = {"中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体"};
        for (int i = 0; i < 5; i++) {
            e.put(mediaHeaders[i], (double) media[i]);
        }
        e.put("稿件合计", (double) total);
        e.put("上月稿件合计", (double) previous);
        e.put("环比", previous == 0 ? null : (total - previous) / (double) previous);
        e.put("去年同期稿件合计", (double) lastYear);
        e.put("同比", lastYear == 0 ? null : (total - lastYear) / (double) lastYear);
        e.put("年度累计", (double) ytd);
        String[] otherHeaders = {"专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传"};
        for (int i = 0; i < 5; i++) {
            e.put(otherHeaders[i], (double) others[i]);
        }
        e.put("牵头任务数", (double) (tasks[0] + tasks[1] + tasks[2] + tasks[3]));
        e.put("已完成", (double) tasks[0]);
        e.put("按期推进", (double) tasks[1]);
        e.put("滞后", (double) tasks[2]);
        e.put("未报送", (double) tasks[3]);
        e.put("宣传", publicityByUnit.get(unit));
        e.put("报送", 30.0 * (onTime + 0.5 * late) / 5);
        e.put("加分", (double) Math.min(5, bonusRaw));
        return e;
    }

    private int monthTotal(String unit, YearMonth month) {
        return planted.stream()
                .filter(p -> p.unit().equals(unit)
                        && p.counted()
                        && YearMonth.from(p.week().plusDays(3)).equals(month))
                .mapToInt(Planted::total)
                .sum();
    }

    private double weighted(String unit) {
        return planted.stream()
                .filter(p -> p.unit().equals(unit)
                        && p.counted()
                        && YearMonth.from(p.week().plusDays(3)).equals(YearMonth.of(2026, 10)))
                .mapToDouble(p ->
                        10 * p.media()[0] + 5 * p.media()[1] + 2 * p.media()[2] + p.media()[3] + 0.5 * p.media()[4])
                .sum();
    }

    @Test
    void theWorkbookMatchesThePlantedDistrictCellByCell() throws Exception {
        plantDistrict();
        RunLauncher.Launched run =
                launcher.run(OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"));
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path month = dir.resolve("output/2026-10");
        Path workbook = month.resolve("改革工作月报_2026年10月.xlsx");
        assertThat(workbook).exists();
        assertThat(dir.resolve("output/.staging/2026-10-run" + run.execution().getJobInstanceId()))
                .doesNotExist();

        Map<String, Double> publicity = new LinkedHashMap<>();
        double maxTown = Math.max(weighted("A1"), Math.max(weighted("A2"), weighted("A3")));
        double maxDept = Math.max(weighted("B1"), Math.max(weighted("B2"), weighted("B3")));
        for (String u : List.of("A1", "A2", "A3")) {
            publicity.put(u, 50 * weighted(u) / maxTown);
        }
        for (String u : List.of("B1", "B2", "B3")) {
            publicity.put(u, maxDept == 0 ? 0 : 50 * weighted(u) / maxDept);
        }
        // Tasks by hand from spec §5: {已完成, 按期推进, 滞后, 未报送}.
        List<Map<String, Object>> expected = List.of(
                expected("A1", "甲街道", "乡镇街道", new int[] {0, 1, 1, 0}, 0, publicity), // T1 on track; T2 未启动 at plan
                expected("A2", "乙镇", "乡镇街道", new int[] {0, 1, 2, 0}, 0, publicity), // T3 未启动 early; T4 past; T9
                expected("A3", "丙镇", "乡镇街道", new int[] {0, 0, 0, 0}, 0, publicity),
                expected("B1", "区发改局", "部门单位", new int[] {0, 0, 0, 1}, 3, publicity), // T5 未报送; T6 done in Sep
                expected("B2", "区人社局", "部门单位", new int[] {1, 0, 0, 0}, 2 + 3 + 1, publicity), // T7; T8 not started
                expected("B3", "区司法局", "部门单位", new int[] {0, 0, 0, 0}, 0, publicity));
        // 任务: own score, or the group's average of units leading tasks (20 when none).
        Map<String, Double> tasks =
                Map.of("B1", 0.0, "B2", 20.0, "B3", 10.0, "A1", 10.0, "A2", 20.0 / 3, "A3", (10.0 + 20.0 / 3) / 2);

        try (XSSFWorkbook wb =
                new XSSFWorkbook(Files.newInputStream(workbook))) { // read-only: never rewrite the output
            assertThat(sheetNames(wb)).containsExactly("汇总", "宣传报道明细", "报送情况", "改革任务台账", "排名", "数据问题");
            Sheet summary = wb.getSheet("汇总");
            List<String> headers = rowText(summary.getRow(1));
            assertThat(headers).isEqualTo(org.reformreport.outputs.workbook.MonthWorkbookWriter.SUMMARY_HEADERS);
            assertThat(summary.getLastRowNum()).isGreaterThanOrEqualTo(2 + expected.size());
            Map<String, Double> totalsByGroup = new LinkedHashMap<>();
            for (int i = 0; i < expected.size(); i++) {
                Row row = summary.getRow(2 + i);
                Map<String, Object> e = expected.get(i);
                String unit = (String) e.get("单位编码");
                for (Map.Entry<String, Object> cell : e.entrySet()) {
                    Cell c = row.getCell(headers.indexOf(cell.getKey()));
                    String where = unit + " " + cell.getKey();
                    if (cell.getValue() instanceof String s) {
                        assertThat(c.getStringCellValue()).as(where).isEqualTo(s);
                    } else if (cell.getValue() == null) {
                        assertThat(c == null || c.getCellType() == CellType.BLANK)
                                .as(where + " empty")
                                .isTrue();
                    } else {
                        assertThat(c.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                        assertThat(c.getNumericCellValue())
                                .as(where)
                                .isCloseTo((Double) cell.getValue(), within(0.006));
                    }
                }
                double task = tasks.get(unit);
                assertThat(row.getCell(headers.indexOf("任务")).getNumericCellValue())
                        .as(unit + " 任务")
                        .isCloseTo(task, within(0.006));
                double score =
                        Math.round((publicity.get(unit) + (Double) e.get("报送") + task + (Double) e.get("加分")) * 100)
                                / 100.0;
                assertThat(row.getCell(headers.indexOf("得分")).getNumericCellValue())
                        .as(unit + " 得分")
                        .isCloseTo(score, within(0.0051));
                totalsByGroup.put(unit, score);
            }
            assertRanks(summary, headers, expected.size());
            assertThat(summary.getRow(2)
                            .getCell(headers.indexOf("环比"))
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("0.0%");
            assertThat(summary.getRow(2)
                            .getCell(headers.indexOf("得分"))
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("0.00");

            Row total = summary.getRow(2 + expected.size());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(headers.indexOf("稿件合计")).getCellFormula()).isEqualTo("SUM(M3:M8)");
            assertThat(total.getCell(headers.indexOf("应报周数")).getCellFormula()).isEqualTo("SUM(D3:D8)");
            assertThat(total.getCell(headers.indexOf("未报送")).getCellFormula()).isEqualTo("SUM(AB3:AB8)");
            assertThat(total.getCell(headers.indexOf("环比")).getCellFormula()).isEqualTo("IF(N9=0,\"\",(M9-N9)/N9)");
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            double articles =
                    expected.stream().mapToDouble(e -> (Double) e.get("稿件合计")).sum();
            assertThat(evaluator
                            .evaluate(total.getCell(headers.indexOf("稿件合计")))
                            .getNumberValue())
                    .isEqualTo(articles);

            Sheet grid = wb.getSheet("报送情况");
            assertThat(rowText(grid.getRow(1))).startsWith("单位编码", "单位名称", "单位类型", "第1周（9.28—10.4）");
            Row a2 = findRow(grid, "A2");
            assertThat(rowText(a2).subList(3, 8)).containsExactly("按时", "按时", "按时", "缺报", "按时");
            assertThat(rowText(findRow(grid, "A1")).subList(3, 8)).containsExactly("按时", "迟报", "按时", "按时", "按时");
            assertThat(rowText(findRow(grid, "B1")).subList(3, 8)).containsExactly("按时", "按时", "迟报", "按时", "按时");
            assertThat(rowText(findRow(grid, "A3")).get(3)).isEqualTo("缺报");
            assertThat(findRow(grid, "A4")).isNull();

            Sheet ledger = wb.getSheet("改革任务台账");
            Map<String, String> statuses = new LinkedHashMap<>();
            for (int r = 2; r <= ledger.getLastRowNum(); r++) {
                statuses.put(
                        ledger.getRow(r).getCell(0).getStringCellValue(),
                        ledger.getRow(r).getCell(10).getStringCellValue());
            }
            assertThat(statuses)
                    .containsExactly(
                            Map.entry("T1", "按期推进"),
                            Map.entry("T2", "滞后"),
                            Map.entry("T3", "按期推进"),
                            Map.entry("T4", "滞后"),
                            Map.entry("T5", "未报送"),
                            Map.entry("T7", "已完成"),
                            Map.entry("T9", "滞后"));

            Sheet detail = wb.getSheet("宣传报道明细");
            long octoberRows = planted.stream()
                    .filter(p -> p.counted()
                            && !p.unit().equals("A4")
                            && YearMonth.from(p.week().plusDays(3)).equals(YearMonth.of(2026, 10)))
                    .count();
            assertThat(detail.getLastRowNum() - 1).isEqualTo((int) octoberRows);

            Sheet problems = wb.getSheet("数据问题");
            List<String> lines = new ArrayList<>();
            for (int r = 2; r <= problems.getLastRowNum(); r++) {
                lines.add(String.join("|", rowText(problems.getRow(r))));
            }
            int rejectedRow = 2 + planted.size() - 1 + 1; // title + header + rows in 周报 minus the correction
            assertThat(lines).contains("退回|周报.xlsx|周报|" + rejectedRow + "|ZZ9|未知单位编码 ZZ9");
            assertThat(lines)
                    .anySatisfy(
                            l -> assertThat(l).startsWith("已被更正|周报.xlsx|周报|").endsWith("|B1|已被更正，以更正.xlsx/更正 第2行为准"));

            assertThat(wb.getSheet("排名").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("单位类型");
            assertThat(summary.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 2);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) summary)
                            .getDrawingPatriarch()
                            .getCharts())
                    .hasSize(1);
        }

        Manifest manifest = MonthPublisher.read(month.resolve("manifest.json"));
        assertThat(manifest.month()).isEqualTo("2026-10");
        assertThat(manifest.runId()).isEqualTo(run.execution().getJobInstanceId());
        assertThat(manifest.outputs())
                .extracting(Manifest.Output::path)
                // the workbook, the district report and the ranking notice (on in the shipped settings.yml), each
                // as PDF and .docx, 6 unit reports
                .contains(
                        "改革工作月报_2026年10月.pdf",
                        "改革工作月报_2026年10月.docx",
                        "改革工作月报_2026年10月.xlsx",
                        "情况通报_2026年10月.pdf",
                        "情况通报_2026年10月.docx",
                        "单位报告/A1_甲街道.pdf")
                .hasSize(5 + 6);
        for (Manifest.Output o : manifest.outputs()) {
            assertThat(FileHashes.sha256(month.resolve(o.path()))).isEqualTo(o.sha256());
            assertThat(Files.size(month.resolve(o.path()))).isEqualTo(o.bytes());
        }
        assertThat(manifest.inputs()).extracting(Manifest.Input::name).containsExactly("周报.xlsx", "更正.xlsx", "进展.csv");
        assertThat(manifest.totals().units()).isEqualTo(6);
        assertThat(manifest.totals().rowsRejected()).isEqualTo(1);
        assertThat(manifest.totals().rowsSuperseded()).isEqualTo(1);

        // One report per active unit, holding its own figures and no other unit's name.
        Map<String, String> names =
                Map.of("A1", "甲街道", "A2", "乙镇", "A3", "丙镇", "A4", "丁乡", "B1", "区发改局", "B2", "区人社局", "B3", "区司法局");
        try (var reports = Files.list(month.resolve("单位报告"))) {
            assertThat(reports.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "A1_甲街道.pdf", "A2_乙镇.pdf", "A3_丙镇.pdf", "B1_区发改局.pdf", "B2_区人社局.pdf", "B3_区司法局.pdf");
        }
        for (Map<String, Object> e : expected) {
            String unit = (String) e.get("单位编码");
            String text = String.join(
                            "",
                            org.reformreport.outputs.document.PdfText.pages(
                                    month.resolve("单位报告/" + unit + "_" + names.get(unit) + ".pdf")))
                    .replaceAll("\\s+", "");
            assertThat(text)
                    .contains(
                            names.get(unit) + "2026年10月改革宣传工作情况",
                            "本月刊播稿件" + ((Double) e.get("稿件合计")).intValue() + "篇",
                            "本月应报送周报表5份，按时报送" + ((Double) e.get("按时报送")).intValue() + "份");
            names.forEach((code, name) -> {
                if (!code.equals(unit)) {
                    assertThat(text).as(unit + " mentions " + name).doesNotContain(name);
                }
            });
        }
        assertThat(String.join("", org.reformreport.outputs.document.PdfText.pages(month.resolve("单位报告/A2_乙镇.pdf")))
                        .replaceAll("\\s+", ""))
                .contains("缺报1份（第4周10.19—10.25）");

        // A re-run publishes revision 2 and keeps revision 1 in history, with the same figures.
        RunLauncher.Launched again =
                launcher.run(OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"));
        assertThat(again.revision()).isEqualTo(2);
        assertThat(month.resolve(".history/r1-run" + run.execution().getJobInstanceId() + "/manifest.json"))
                .exists();
        assertThat(MonthPublisher.read(month.resolve("manifest.json")).revision())
                .isEqualTo(2);
    }

    private static void assertRanks(Sheet summary, List<String> headers, int units) {
        Map<String, List<double[]>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < units; i++) {
            Row r = summary.getRow(2 + i);
            byGroup.computeIfAbsent(r.getCell(2).getStringCellValue(), k -> new ArrayList<>())
                    .add(new double[] {
                        r.getCell(headers.indexOf("得分")).getNumericCellValue(),
                        r.getCell(headers.indexOf("排名")).getNumericCellValue()
                    });
        }
        for (List<double[]> group : byGroup.values()) {
            for (double[] unit : group) {
                long higher = group.stream().filter(o -> o[0] > unit[0] + 1e-9).count();
                assertThat(unit[1]).isEqualTo(higher + 1.0);
            }
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> rowText(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(
                    cell == null
                            ? ""
                            : cell.getCellType() == CellType.NUMERIC
                                    ? String.valueOf((long) cell.getNumericCellValue())
                                    : cell.getStringCellValue());
        }
        return values;
    }

    private static Row findRow(Sheet sheet, String code) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null
                    && row.getCell(0) != null
                    && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }
}
