package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.reformreport.calendar.Weeks;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.IntakeRepository.FileCounts;
import org.reformreport.intake.IntakeRepository.FileLine;
import org.reformreport.outputs.workbook.MonthWorkbookWriter;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Absurd numbers and dates from the future, end to end on H2: counts past 2³¹−1 (typed, or number
 * cells of 1E+20), spellings that are not whole numbers (1e2, Arabic-Indic digits), a 填报日期 of
 * 2099, a week not begun. The month completes; each such row is rejected with its reason, file,
 * sheet and row; the workbook's 汇总 holds the sums of the accepted rows; nothing is lost. The
 * default weekly limit (100000) applies: no settings.yml is written.
 */
@SpringBootTest(properties = "reform.command-line.enabled=false")
class H2AbsurdCountsJobTest {

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-absurd-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db.resolve("reform") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Every unit rolls up to the district (平川区, PCQ), which is not itself a reporting unit (spec §3). */
    private static final String UNITS = """
            单位编码,单位名称,单位类型,上级单位编码,联络员,联络员电话,联络员邮箱,负责人,负责人邮箱,启用月份,停用月份
            CZJD,长征街道,乡镇街道,PCQ,张敏,13900000001,,王强,,,
            DLLJD,电力路街道,乡镇街道,CZJD,李娜,13900000002,,赵刚,,,
            FGJ,区发改局,部门单位,PCQ,刘洋,13900000003,,陈明,,,
            SJJ,区市场监管局,部门单位,平川区委,周婷,13900000004,,吴军,2026-01,
            """;

    private static final String[] COUNT_HEADERS = {
        "中央媒体", "省级媒体", "市级媒体", "区级媒体", "政务新媒体", "专栏稿件", "典型案例", "舆论监督", "一把手访谈", "社会宣传"
    };

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntakeRepository intake;

    @TempDir
    Path dir;

    /** A planted tally row: its counts as read when accepted, its reason when not. */
    record Planted(String file, String sheet, int row, String unit, long[] counts, String reason) {
        boolean accepted() {
            return reason == null;
        }
    }

    private final List<Planted> planted = new ArrayList<>();

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    private static long[] c(long... counts) {
        return counts;
    }

    /** Writes a sheet of tally rows (row 1 the header) and records what each should come to. */
    private void tallies(String file, String sheet, List<Object[]> rows) throws IOException {
        List<List<Object>> cells = new ArrayList<>();
        cells.add(new ArrayList<>(Forms.TALLY_HEADER));
        for (Object[] r : rows) {
            if (r == null) {
                cells.add(List.of());
                continue;
            }
            // unit, week, cells of the ten counts (numbers or text), filled date, counts as accepted, reason
            List<Object> row = new ArrayList<>();
            row.add(r[0]);
            row.add(null);
            row.add(r[1]);
            row.addAll(Arrays.asList((Object[]) r[2]));
            row.add("联络员");
            row.add(r[3]);
            row.add(null);
            cells.add(row);
            planted.add(new Planted(file, sheet, cells.size(), (String) r[0], (long[]) r[4], (String) r[5]));
        }
        new Forms.Workbook().sheet(sheet, cells).write(dir.resolve("inbox/" + file));
    }

    private static Object[] n(Object... cells) {
        return cells;
    }

    private static Object[] row(
            String unit, Object week, Object[] cells, Object filled, long[] accepted, String reason) {
        return new Object[] {unit, week, cells, filled, accepted, reason};
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private void plant() throws IOException {
        TestDistrict.writeConfig(dir.resolve("job-config"), UNITS, TestDistrict.TASKS);
        LocalDate futureWeek = Weeks.weekStartOf(TODAY).plusWeeks(2);
        String over = "超过单周上限100000，请核实";
        List<Object[]> weekly = new ArrayList<>();
        weekly.add(row(
                "CZJD",
                d("2026-10-05"),
                n(1, 2, 3, 4, 5, 1, 0, 0, 0, 2),
                d("2026-10-12"),
                c(1, 2, 3, 4, 5, 1, 0, 0, 0, 2),
                null));
        // the row: 2147483647 + 2147483647 + 2 wrapped to a media total of 0
        weekly.add(row(
                "CZJD",
                d("2026-10-12"),
                n(2147483647L, 2147483647L, 2, 0, 0, 0, 0, 0, 0, 0),
                d("2026-10-19"),
                null,
                "中央媒体(2147483647)" + over + "；省级媒体(2147483647)" + over));
        weekly.add(row(
                "CZJD",
                d("2026-10-19"),
                n(100000, 0, 0, 0, 1, 100000, 0, 0, 0, 0),
                d("2026-10-26"),
                c(100000, 0, 0, 0, 1, 100000, 0, 0, 0, 0),
                null)); // at the limit
        // two weeks of 2,000,000,000 showed 中央媒体 −294967296
        weekly.add(row(
                "FGJ",
                d("2026-10-05"),
                n(2000000000L, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                d("2026-10-12"),
                null,
                "中央媒体(2000000000)" + over));
        weekly.add(row(
                "FGJ",
                d("2026-10-12"),
                n(2000000000L, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                d("2026-10-19"),
                null,
                "中央媒体(2000000000)" + over));
        weekly.add(row(
                "FGJ",
                d("2026-10-19"),
                n(0, 1, 1, 1, 1, 0, 0, 0, 0, 0),
                d("2026-10-26"),
                c(0, 1, 1, 1, 1, 0, 0, 0, 0, 0),
                null));
        weekly.add(row(
                "DLLJD",
                d("2026-10-05"),
                n(1e20, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                d("2026-10-12"), // a number cell
                null,
                "中央媒体(100000000000000000000)" + over));
        weekly.add(row(
                "DLLJD",
                d("2026-10-12"),
                n(0, 0, 0, "1e2", 0, 0, 0, 0, 0, 0),
                d("2026-10-19"),
                null,
                "区级媒体(1e2)须为不小于0的整数"));
        weekly.add(row(
                "DLLJD",
                d("2026-10-19"),
                n(0, 0, "３", "1,000", "5.0", " 12 ", 0, 0, 0, 0),
                d("2026-10-26"),
                c(0, 0, 3, 1000, 5, 12, 0, 0, 0, 0),
                null)); // as liaisons type them
        weekly.add(row(
                "DLLJD",
                d("2026-10-26"),
                n(0, 0, 0, "١٢", 0, 0, 0, 0, 0, 0),
                d("2026-11-02"),
                null,
                "区级媒体(١٢)须为不小于0的整数"));
        weekly.add(row(
                "SJJ",
                d("2026-10-12"),
                n(9, 9, 9, 9, 9, 0, 0, 0, 0, 0),
                d("2099-01-01"),
                null,
                "填报日期(2099-01-01)晚于今天(" + TODAY + ")，请核实")); // would beat the correction
        weekly.add(row(
                "CZJD",
                futureWeek,
                n(1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                TODAY,
                null,
                "周起始日(" + futureWeek + ")所在周尚未开始，请核实"));
        weekly.add(null); // blank
        weekly.add(row(
                "SJJ",
                d("2026-10-26"),
                n(0, 0, 0, 1, 0, 0, 0, 0, 0, "Infinity"),
                d("2026-11-02"),
                null,
                "社会宣传(Infinity)须为不小于0的整数"));
        tallies("周报.xlsx", "周报", weekly);
        tallies(
                "更正.xlsx",
                "更正",
                List.<Object[]>of(row(
                        "SJJ",
                        d("2026-10-12"),
                        n(1, 1, 1, 1, 1, 0, 0, 0, 0, 0),
                        d("2026-10-20"),
                        c(1, 1, 1, 1, 1, 0, 0, 0, 0, 0),
                        null)));

        String future = YearMonth.from(TODAY).plusMonths(2).toString();
        Forms.csv(
                dir.resolve("inbox/进展.csv"),
                StandardCharsets.UTF_8,
                true,
                List.of(
                        Forms.PROGRESS_HEADER,
                        List.of("GG-01", "FGJ", "2026-10", "按期推进", "1e2", "推进", "", "", "", "", "", "刘洋", "2026-11-02"),
                        List.of("GG-01", "FGJ", "2026-10", "按期推进", "60", "推进", "", "", "", "", "", "刘洋", "2099-01-01"),
                        List.of("GG-01", "CZJD", "2026-10", "按期推进", "50", "配合", "", "", "", "", "", "张敏", "2026-11-02"),
                        List.of("GG-01", "FGJ", future, "按期推进", "90", "预填", "", "", "", "", "", "刘洋", "2026-11-02")));
    }

    private RunLauncher.Launched run() throws Exception {
        RunLauncher.Launched run =
                launcher.run(OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"));
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    private Map<String, FileLine> files(RunLauncher.Launched run) {
        Map<String, FileLine> byName = new LinkedHashMap<>();
        intake.runIntake(run.execution().getJobInstanceId()).files().forEach(f -> byName.put(f.fileName(), f));
        return byName;
    }

    /** The accepted rows' counts per unit, column by column: what 汇总 must show. */
    private Map<String, long[]> expectedSums() {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (String unit : List.of("CZJD", "DLLJD", "FGJ", "SJJ")) {
            sums.put(unit, new long[10]);
        }
        planted.stream().filter(Planted::accepted).forEach(p -> {
            for (int i = 0; i < 10; i++) {
                sums.get(p.unit())[i] += p.counts()[i];
            }
        });
        return sums;
    }

    @Test
    void absurdCountsAndFutureDatesAreRejectedWithTheirReasonAndTheMonthAddsUpTheRest() throws Exception {
        plant();
        RunLauncher.Launched run = run();

        // nothing lost: every row read is counted, superseded, rejected or blank
        Map<String, FileLine> files = files(run);
        long weeklyAccepted = planted.stream()
                .filter(p -> p.file().equals("周报.xlsx") && p.accepted())
                .count();
        long weeklyRejected = planted.stream()
                .filter(p -> p.file().equals("周报.xlsx") && !p.accepted())
                .count();
        assertThat(files.get("周报.xlsx").counts())
                .isEqualTo(new FileCounts(
                        (int) (weeklyAccepted + weeklyRejected + 1),
                        1,
                        (int) weeklyRejected,
                        (int) weeklyAccepted,
                        (int) weeklyAccepted,
                        0));
        assertThat(files.get("更正.xlsx").counts()).isEqualTo(new FileCounts(1, 0, 0, 1, 1, 0));
        assertThat(files.get("进展.csv").counts()).isEqualTo(new FileCounts(4, 0, 3, 1, 1, 0));
        assertThat(files.values())
                .allSatisfy(f ->
                        assertThat(f.counts().reconciles()).as(f.fileName()).isTrue());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM tally_row WHERE central_media > 100000"
                                + " OR provincial_media > 100000 OR municipal_media > 100000 OR district_media > 100000"
                                + " OR new_media > 100000 OR filled_date > ?",
                        Integer.class,
                        TODAY.plusDays(1)))
                .isZero();

        Path workbook = dir.resolve("output/2026-10/改革工作月报_2026年10月.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            // each rejected row with its file, sheet, row, unit and reason
            List<String> problems = new ArrayList<>();
            Sheet sheet = wb.getSheet("数据问题");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                problems.add(String.join("|", text(sheet.getRow(r))));
            }
            for (Planted p : planted) {
                String line = "退回|" + p.file() + "|" + p.sheet() + "|" + p.row() + "|" + p.unit() + "|" + p.reason();
                if (p.accepted()) {
                    assertThat(problems)
                            .noneMatch(l -> l.startsWith("退回|" + p.file() + "|" + p.sheet() + "|" + p.row() + "|"));
                } else {
                    assertThat(problems).contains(line);
                }
            }
            assertThat(problems)
                    .anyMatch(l -> l.startsWith("退回|进展.csv|") && l.endsWith("|FGJ|完成进度(1e2)须为0到100的整数"))
                    .anyMatch(l ->
                            l.startsWith("退回|进展.csv|") && l.endsWith("|FGJ|填报日期(2099-01-01)晚于今天(" + TODAY + ")，请核实"))
                    .anyMatch(l -> l.startsWith("退回|进展.csv|") && l.contains("尚未到来，请核实"));

            // 汇总: the accepted rows' sums, unit by unit, and the 合计 row their sum
            Sheet summary = wb.getSheet("汇总");
            List<String> headers = text(summary.getRow(1));
            assertThat(headers).isEqualTo(MonthWorkbookWriter.SUMMARY_HEADERS);
            Map<String, long[]> expected = expectedSums();
            long[] district = new long[10];
            long articles = 0;
            Row total = null;
            for (int r = 2; r <= summary.getLastRowNum(); r++) {
                Row row = summary.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                if (code.equals("合计")) {
                    total = row;
                    break;
                }
                long[] sums = expected.get(code);
                for (int i = 0; i < 10; i++) {
                    assertThat(row.getCell(headers.indexOf(COUNT_HEADERS[i])).getNumericCellValue())
                            .as(code + " " + COUNT_HEADERS[i])
                            .isEqualTo((double) sums[i]);
                    district[i] += sums[i];
                }
                long unitArticles = sums[0] + sums[1] + sums[2] + sums[3] + sums[4];
                assertThat(row.getCell(headers.indexOf("稿件合计")).getNumericCellValue())
                        .as(code)
                        .isEqualTo((double) unitArticles);
                articles += unitArticles;
            }
            assertThat(total).as("合计 row").isNotNull();
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < 10; i++) {
                Cell cell = total.getCell(headers.indexOf(COUNT_HEADERS[i]));
                assertThat(cell.getNumericCellValue())
                        .as("cached 合计 " + COUNT_HEADERS[i])
                        .isEqualTo((double) district[i]);
                assertThat(evaluator.evaluate(cell).getNumberValue())
                        .as("合计 " + COUNT_HEADERS[i])
                        .isEqualTo((double) district[i]);
            }
            assertThat(evaluator
                            .evaluate(total.getCell(headers.indexOf("稿件合计")))
                            .getNumberValue())
                    .isEqualTo((double) articles);
            // SJJ's correction counts: the 2099 row it would have lost to was refused
            assertThat(expected.get("SJJ")[0]).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT central_media FROM tally_row WHERE status = 'COUNTED' AND unit_code = 'SJJ'"
                                + " AND week_start = ?",
                        Integer.class,
                        d("2026-10-12")))
                .isEqualTo(1);
    }

    @Test
    void rowsStoredBeyondTodaysLimitsByAnEarlierVersionAreReadAgain() throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"), UNITS, TestDistrict.TASKS);
        tallies(
                "周报.xlsx",
                "周报",
                List.of(
                        row(
                                "CZJD",
                                d("2026-10-05"),
                                n(1, 2, 3, 4, 5, 0, 0, 0, 0, 0),
                                d("2026-10-12"),
                                c(1, 2, 3, 4, 5),
                                null),
                        row("FGJ", d("2026-10-05"), n(2, 0, 0, 0, 0, 0, 0, 0, 0, 0), d("2026-10-12"), c(2), null)));
        tallies(
                "更正.xlsx",
                "更正",
                List.<Object[]>of(
                        row("FGJ", d("2026-10-05"), n(7, 0, 0, 0, 0, 0, 0, 0, 0, 0), d("2026-10-13"), c(7), null)));
        run();
        // what the versions before the limit stored: a count past 2³¹−1 and a 填报日期 of 2099 (which
        // made the first file's FGJ row beat its correction)
        jdbc.update("UPDATE tally_row SET central_media = 2147483647 WHERE unit_code = 'CZJD'");
        jdbc.update(
                "UPDATE tally_row SET filled_date = ?, status = 'COUNTED', counted_key = NULL,"
                        + " superseded_by_file = NULL, superseded_by_sheet = NULL, superseded_by_row = NULL"
                        + " WHERE unit_code = 'FGJ' AND file_name = '周报.xlsx'",
                d("2099-01-01"));
        jdbc.update("UPDATE tally_row SET status = 'SUPERSEDED', counted_key = NULL WHERE file_name = '更正.xlsx'");
        jdbc.update(
                "UPDATE tally_row SET counted_key = 'FGJ|2026-10-05' WHERE unit_code = 'FGJ' AND file_name = '周报.xlsx'");

        RunLauncher.Launched again = run();
        Map<String, FileLine> files = files(again);
        assertThat(files.get("周报.xlsx").outcome()).isEqualTo("IMPORTED"); // read again
        assertThat(files.get("更正.xlsx").outcome()).isEqualTo("ALREADY_IMPORTED");
        assertThat(files.values())
                .allSatisfy(f ->
                        assertThat(f.counts().reconciles()).as(f.fileName()).isTrue());
        Map<String, Integer> central = new LinkedHashMap<>();
        jdbc.query(
                "SELECT unit_code, central_media FROM unit_month_figure WHERE run_id = ? ORDER BY unit_code",
                rs -> {
                    central.put(rs.getString(1), rs.getInt(2));
                },
                again.execution().getJobInstanceId());
        assertThat(central).containsEntry("CZJD", 1).containsEntry("FGJ", 7);
    }

    private static List<String> text(Row row) {
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
}
