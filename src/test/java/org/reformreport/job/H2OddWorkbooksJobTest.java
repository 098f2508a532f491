package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformreport.testing.Forms.PROGRESS_HEADER;
import static org.reformreport.testing.Forms.TALLY_HEADER;
import static org.reformreport.testing.Forms.tally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reformreport.intake.IntakeRepository.FileCounts;
import org.reformreport.intake.IntakeRepository.FileLine;
import org.reformreport.intake.read.HostileFiles;
import org.reformreport.testing.Forms;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Workbooks as odd offices and tools write them, through the whole month (issue 11): a file that
 * would cost too much to read, a Mac workbook's dates, formula and error cells, a column named
 * twice, hidden sheets. Each time the month completes, the figures are those of the rows that can
 * be read, every other row or file is listed with file, sheet, row and reason in the database and
 * on the workbook's 数据问题 sheet, and every file reconciles. The read limits are scaled down here
 * (1 MB of shared strings, 1,500 rows a file) so the files that break them stay small.
 */
@SpringBootTest(
        properties = {
            "reform.command-line.enabled=false",
            "reform.intake.max-shared-strings-mb=1",
            "reform.intake.max-rows-per-file=1500"
        })
class H2OddWorkbooksJobTest extends OfficeScenario {

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-h2-");
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + db.resolve("reform-report") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private RunLauncher.Launched runOctober() throws Exception {
        RunLauncher.Launched run = launcher.run(OCTOBER, inbox, output, config);
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    private static List<List<Object>> withHeader(List<Object>... rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(TALLY_HEADER));
        sheet.addAll(List.of(rows));
        return sheet;
    }

    @Test
    void aFileThatWouldCostTooMuchToReadIsRefusedWholeAndTheMonthGoesOn() throws Exception {
        // Shared strings inflating past the limit (3 MB against 1 MB, the zip claiming 2 KB), as the
        // 35 MB file whose strings inflated to 475 MB; and a file over the rows limit, refused after
        // its first 1,000 rows were already stored.
        Path bomb = inbox.resolve("区文旅局_周报.xlsx");
        HostileFiles.sharedStringsBomb(bomb, 3 << 20);
        HostileFiles.lieAboutSize(bomb, "xl/sharedStrings.xml", 2000);
        List<List<Object>> many = new ArrayList<>();
        many.add(new ArrayList<>(TALLY_HEADER));
        for (int i = 0; i < 1600; i++) {
            many.add(tally(
                    "FGJ",
                    LocalDate.of(2026, 10, 5),
                    new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                    LocalDate.of(2026, 10, 12)));
        }
        new Forms.Workbook().sheet("汇总", many).write(inbox.resolve("区发改局_汇总.xlsx"));
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        withHeader(
                                tally(
                                        "CZJD",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {1, 2, 3, 4, 5, 2, 1, 0, 0, 3},
                                        LocalDate.of(2026, 10, 12)),
                                tally(
                                        "DLLJD",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {0, 0, 1, 2, 6, 0, 0, 0, 1, 2},
                                        LocalDate.of(2026, 10, 12))))
                .write(inbox.resolve("周报.xlsx"));

        RunLauncher.Launched run = runOctober();

        Map<String, FileLine> files =
                byName(intake.runIntake(run.execution().getJobInstanceId()).files());
        assertThat(files.get("区文旅局_周报.xlsx").status()).isEqualTo("UNREADABLE");
        assertThat(files.get("区文旅局_周报.xlsx").problem()).isEqualTo("文件中的文字内容（共享字符串）解压后超过1 MB（上限），已拒绝读取，请拆分后重新报送");
        assertThat(files.get("区发改局_汇总.xlsx").status()).isEqualTo("UNREADABLE");
        assertThat(files.get("区发改局_汇总.xlsx").problem()).isEqualTo("文件超过1500行（上限），已拒绝读取，请拆分后重新报送");
        assertThat(files.get("周报.xlsx").counts()).isEqualTo(new FileCounts(2, 0, 0, 2, 2, 0));
        // nothing of the refused files is stored, not even the rows read before the limit was reached
        assertThat(jdbc.queryForList("SELECT DISTINCT file_name FROM tally_row", String.class))
                .containsExactly("周报.xlsx");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row", Integer.class))
                .isZero();

        Map<String, Object> czjd = jdbc.queryForMap(
                "SELECT central_media, provincial_media, municipal_media,"
                        + " district_media, new_media FROM unit_month_figure WHERE run_id = ? AND unit_code = 'CZJD'",
                run.execution().getJobInstanceId());
        assertThat(czjd.values()).containsExactly(1, 2, 3, 4, 5);

        List<String> problems = problemsSheet();
        assertThat(problems)
                .contains(
                        "无法读取|区发改局_汇总.xlsx||||文件超过1500行（上限），已拒绝读取，请拆分后重新报送",
                        "无法读取|区文旅局_周报.xlsx||||文件中的文字内容（共享字符串）解压后超过1 MB（上限），已拒绝读取，请拆分后重新报送");
    }

    @Test
    void aMacWorkbooksDatesCountInTheirOwnWeeksAndMonths() throws Exception {
        // Excel for Mac's 1904 date system: serials 1,462 days smaller. Read as 1900-based, the Monday
        // 2026-10-12 was 2022-10-11, a Tuesday, and the progress month 2026-10 was 2022-09.
        new Forms.Workbook()
                .date1904()
                .sheet(
                        "10月",
                        withHeader(
                                tally(
                                        "CZJD",
                                        LocalDate.of(2026, 9, 28),
                                        new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 5)),
                                tally(
                                        "CZJD",
                                        LocalDate.of(2026, 10, 12),
                                        new int[] {0, 1, 1, 1, 2, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 19)),
                                tally(
                                        "DLLJD",
                                        LocalDate.of(2026, 10, 26),
                                        new int[] {1, 0, 0, 0, 3, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 11, 2))))
                .write(inbox.resolve("Mac_周报.xlsx"));
        List<Object> progress = new ArrayList<>(List.of(
                "GG-01",
                "FGJ",
                LocalDate.of(2026, 10, 1),
                "按期推进",
                60,
                "完成第二批事项梳理",
                "",
                "",
                "扩面",
                "",
                "",
                "刘洋",
                LocalDate.of(2026, 11, 2)));
        new Forms.Workbook()
                .date1904()
                .sheet("进展", List.of(new ArrayList<>(PROGRESS_HEADER), progress))
                .write(inbox.resolve("Mac_进展.xlsx"));

        RunLauncher.Launched run = runOctober();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("SELECT unit_code, week_start, week_month, filled_date, status FROM tally_row"
                        + " ORDER BY week_start"))
                .extracting(m -> m.get("UNIT_CODE") + "|" + m.get("WEEK_START") + "|" + m.get("WEEK_MONTH") + "|"
                        + m.get("FILLED_DATE") + "|" + m.get("STATUS"))
                .containsExactly(
                        "CZJD|2026-09-28|2026-10|2026-10-05|COUNTED",
                        "CZJD|2026-10-12|2026-10|2026-10-19|COUNTED",
                        "DLLJD|2026-10-26|2026-10|2026-11-02|COUNTED");
        assertThat(jdbc.queryForList("SELECT task_code, unit_code, report_month, filled_date FROM progress_row"))
                .extracting(m -> m.get("TASK_CODE") + "|" + m.get("UNIT_CODE") + "|" + m.get("REPORT_MONTH") + "|"
                        + m.get("FILLED_DATE"))
                .containsExactly("GG-01|FGJ|2026-10|2026-11-02");
        Map<String, Object> czjd = jdbc.queryForMap(
                "SELECT on_time, late, district_media, new_media FROM unit_month_figure"
                        + " WHERE run_id = ? AND unit_code = 'CZJD'",
                run.execution().getJobInstanceId());
        assertThat(czjd.values()).containsExactly(2, 0, 2, 3);
        assertThat(jdbc.queryForObject(
                        "SELECT effective_status FROM task_month_status WHERE run_id = ? AND task_code = 'GG-01'",
                        String.class,
                        run.execution().getJobInstanceId()))
                .isEqualTo("ON_TRACK");
    }

    @Test
    void formulaAndErrorCellsAreReadByTheirResultOrRejectedSayingWhichCellAndWhy() throws Exception {
        List<Object> cached = tally(
                "CZJD",
                LocalDate.of(2026, 10, 5),
                new int[] {0, 1, 1, 1, 2, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 12));
        cached.set(3, new Forms.Formula("E2*2", true)); // 中央媒体 = 2, its result saved
        List<Object> noResult = tally(
                "DLLJD",
                LocalDate.of(2026, 10, 5),
                new int[] {0, 1, 1, 1, 2, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 12));
        noResult.set(3, new Forms.Formula("E3*2", false)); // written by a script: no result saved
        List<Object> divided = tally(
                "FGJ", LocalDate.of(2026, 10, 5), new int[] {0, 1, 1, 1, 2, 0, 0, 0, 0, 0}, LocalDate.of(2026, 10, 12));
        divided.set(4, new Forms.Formula("F4/0", true)); // 省级媒体 = #DIV/0!
        List<Object> broken = tally(
                "SJJ", LocalDate.of(2026, 10, 5), new int[] {0, 1, 1, 1, 2, 0, 0, 0, 0, 0}, LocalDate.of(2026, 10, 12));
        broken.set(6, new Forms.ErrorValue(FormulaError.REF)); // 区级媒体 = #REF! (a deleted sheet's reference)
        List<Object> sumNoResult = tally(
                "CZJD",
                LocalDate.of(2026, 10, 12),
                new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 19));
        sumNoResult.set(15, new Forms.Formula("SUM(D6:H6)", false)); // 备注 formula without result: the row says so
        new Forms.Workbook()
                .sheet("第1周", withHeader(cached, noResult, divided, broken, sumNoResult))
                .write(inbox.resolve("导出_周报.xlsx"));

        RunLauncher.Launched run = runOctober();

        Map<String, FileLine> files =
                byName(intake.runIntake(run.execution().getJobInstanceId()).files());
        assertThat(files.get("导出_周报.xlsx").counts()).isEqualTo(new FileCounts(5, 0, 4, 1, 1, 0));
        assertThat(jdbc.queryForList("SELECT unit_code, central_media, provincial_media FROM tally_row"))
                .extracting(m -> m.get("UNIT_CODE") + "|" + m.get("CENTRAL_MEDIA") + "|" + m.get("PROVINCIAL_MEDIA"))
                .containsExactly("CZJD|2|1");
        List<String> reasons = List.of(
                "第1周|3|DLLJD|“中央媒体”（D3单元格）为公式且无计算结果，请在Excel中打开并保存后重新报送",
                "第1周|4|FGJ|“省级媒体”（E4单元格）为错误值#DIV/0!，请更正后重新报送",
                "第1周|5|SJJ|“区级媒体”（G5单元格）为错误值#REF!，请更正后重新报送",
                "第1周|6|CZJD|“备注”（P6单元格）为公式且无计算结果，请在Excel中打开并保存后重新报送");
        assertThat(rejections()).containsExactlyElementsOf(reasons);
        assertThat(problemsSheet())
                .containsAll(reasons.stream().map(r -> "退回|导出_周报.xlsx|" + r).toList());
    }

    @Test
    void aColumnNamedTwiceRejectsTheSheetsRowsNamingItAndTheFileStillReconciles() throws Exception {
        List<Object> header = new ArrayList<>(TALLY_HEADER);
        header.add("中央媒体"); // a second 中央媒体, column Q
        List<Object> first = tally(
                "CZJD",
                LocalDate.of(2026, 10, 5),
                new int[] {1, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 12));
        first.add(4);
        List<Object> second = tally(
                "DLLJD",
                LocalDate.of(2026, 10, 5),
                new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 12));
        second.add(null);
        List<Object> remarks = new ArrayList<>(TALLY_HEADER);
        remarks.add("备注"); // a second 备注: read from the first, said once
        List<Object> fgj = tally(
                "FGJ",
                LocalDate.of(2026, 10, 12),
                new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 19));
        fgj.set(15, "首次报送");
        fgj.add("联络员自用");
        new Forms.Workbook()
                .sheet("第1周", List.of(header, first, List.of(), second))
                .sheet("第2周", List.of(remarks, fgj))
                .write(inbox.resolve("重复表头.xlsx"));

        RunLauncher.Launched run = runOctober();

        FileCounts counts = byName(
                        intake.runIntake(run.execution().getJobInstanceId()).files())
                .get("重复表头.xlsx")
                .counts();
        assertThat(counts).isEqualTo(new FileCounts(4, 1, 2, 1, 1, 0));
        assertThat(counts.reconciles()).isTrue();
        String reason = "表头中“中央媒体”（D列、Q列）重复出现，无法确定以哪一列为准，本表数据未计入，请删除多余的列后重新报送";
        assertThat(rejections()).containsExactly("第1周|2|CZJD|" + reason, "第1周|4|DLLJD|" + reason);
        assertThat(jdbc.queryForList("SELECT unit_code, remark FROM tally_row"))
                .extracting(m -> m.get("UNIT_CODE") + "|" + m.get("REMARK"))
                .containsExactly("FGJ|首次报送");
        assertThat(problemsSheet())
                .contains("退回|重复表头.xlsx|第1周|2|CZJD|" + reason, "提示|重复表头.xlsx|第2周|||工作表“第2周”表头中“备注”（P列、Q列）重复出现，只读取了P列");
    }

    @Test
    void aSheetNameLongerThanExcelAllowsIsStoredShortenedAndTheMonthCompletes() throws Exception {
        // Excel stops at 31 characters; a script may write 150. The row of that sheet replaces one
        // of an earlier file and is replaced by a later one, so the name is stored as a row's sheet
        // and as the sheet that superseded another: both used to fail the intake in SQL.
        String longName = "第1周".repeat(50);
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        withHeader(tally(
                                "CZJD",
                                LocalDate.of(2026, 10, 5),
                                new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 10))))
                .write(inbox.resolve("a_初报.xlsx"));
        Path script = inbox.resolve("b_脚本导出.xlsx");
        new Forms.Workbook()
                .sheet(
                        "S",
                        withHeader(
                                tally(
                                        "CZJD",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {0, 0, 0, 2, 2, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 11)),
                                tally(
                                        "DLLJD",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {0, 0, 0, 5, 5, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 11))))
                .write(script);
        renameFirstSheet(script, longName);
        new Forms.Workbook()
                .sheet(
                        "更正",
                        withHeader(tally(
                                "DLLJD",
                                LocalDate.of(2026, 10, 5),
                                new int[] {0, 0, 0, 7, 7, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 12))))
                .write(inbox.resolve("c_更正.xlsx"));

        RunLauncher.Launched run = runOctober();

        String stored = longName.substring(0, 99) + "…";
        FileCounts counts = byName(
                        intake.runIntake(run.execution().getJobInstanceId()).files())
                .get("b_脚本导出.xlsx")
                .counts();
        assertThat(counts.reconciles()).isTrue();
        assertThat(jdbc
                        .queryForList(
                                "SELECT file_name, sheet_name, unit_code, status, superseded_by_sheet FROM tally_row"
                                        + " ORDER BY file_name, unit_code")
                        .stream()
                        .map(m -> m.get("FILE_NAME") + "|" + m.get("SHEET_NAME") + "|" + m.get("UNIT_CODE") + "|"
                                + m.get("STATUS") + "|" + m.get("SUPERSEDED_BY_SHEET"))
                        .toList())
                .containsExactly(
                        "a_初报.xlsx|第1周|CZJD|SUPERSEDED|" + stored,
                        "b_脚本导出.xlsx|" + stored + "|CZJD|COUNTED|null",
                        "b_脚本导出.xlsx|" + stored + "|DLLJD|SUPERSEDED|更正",
                        "c_更正.xlsx|更正|DLLJD|COUNTED|null");
        Map<String, Object> figures = jdbc.queryForMap(
                "SELECT"
                        + " SUM(CASE WHEN unit_code = 'CZJD' THEN district_media END) AS czjd,"
                        + " SUM(CASE WHEN unit_code = 'DLLJD' THEN district_media END) AS dlljd"
                        + " FROM unit_month_figure WHERE run_id = ?",
                run.execution().getJobInstanceId());
        assertThat(figures.values()).containsExactly(2L, 7L);
    }

    /** Gives a workbook's first sheet a name POI would not write (longer than Excel's 31 characters). */
    private static void renameFirstSheet(Path file, String name) throws IOException {
        byte[] original = Files.readAllBytes(file);
        try (java.util.zip.ZipInputStream in =
                        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/workbook.xml")) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(xml).contains("name=\"S\"");
                    data = xml.replace("name=\"S\"", "name=\"" + name + "\"")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }

    @Test
    void hiddenSheetsAreCountedAndSaidToBeHidden() throws Exception {
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        withHeader(tally(
                                "CZJD",
                                LocalDate.of(2026, 10, 5),
                                new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 12))))
                .sheet(
                        "第2周",
                        withHeader(tally(
                                "CZJD",
                                LocalDate.of(2026, 10, 12),
                                new int[] {0, 0, 0, 2, 2, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 19))))
                .sheet(
                        "第3周",
                        withHeader(tally(
                                "CZJD",
                                LocalDate.of(2026, 10, 19),
                                new int[] {0, 0, 0, 3, 3, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 26))))
                .hide("第2周", SheetVisibility.HIDDEN)
                .hide("第3周", SheetVisibility.VERY_HIDDEN)
                .write(inbox.resolve("长征街道_10月.xlsx"));

        RunLauncher.Launched run = runOctober();

        assertThat(jdbc.queryForList(
                        "SELECT sheet_name FROM tally_row WHERE status = 'COUNTED' ORDER BY week_start", String.class))
                .containsExactly("第1周", "第2周", "第3周");
        assertThat(jdbc.queryForObject(
                        "SELECT district_media FROM unit_month_figure WHERE run_id = ? AND unit_code = 'CZJD'",
                        Integer.class,
                        run.execution().getJobInstanceId()))
                .isEqualTo(1 + 2 + 3);
        assertThat(problemsSheet())
                .contains(
                        "提示|长征街道_10月.xlsx|第2周|||工作表“第2周”为隐藏工作表，其数据已读取",
                        "提示|长征街道_10月.xlsx|第3周|||工作表“第3周”为隐藏工作表（深度隐藏，在Excel中“取消隐藏”也看不到），其数据已读取");
    }

    private List<String> rejections() {
        return jdbc
                .queryForList("SELECT r.sheet_name, r.row_no, r.unit_code, r.reason FROM rejected_row r"
                        + " JOIN intake_file f ON f.id = r.file_id ORDER BY f.file_name, r.sheet_index, r.row_no")
                .stream()
                .map(m ->
                        m.get("SHEET_NAME") + "|" + m.get("ROW_NO") + "|" + m.get("UNIT_CODE") + "|" + m.get("REASON"))
                .toList();
    }

    /** The published workbook's 数据问题 rows, cells joined by |. */
    private List<String> problemsSheet() throws IOException {
        Path workbook = output.resolve("2026-10/改革工作月报_2026年10月.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = wb.getSheet("数据问题");
            List<String> lines = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                lines.add(String.join("|", rowText(sheet.getRow(r))));
            }
            return lines;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
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

    private static Map<String, FileLine> byName(List<FileLine> files) {
        Map<String, FileLine> map = new LinkedHashMap<>();
        files.forEach(f -> map.put(f.fileName(), f));
        return map;
    }
}
