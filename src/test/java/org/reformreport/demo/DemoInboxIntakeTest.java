package org.reformreport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.job.RunLauncher;
import org.reformreport.outputs.document.PageLines;
import org.reformreport.testing.DatabaseCleaner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bundled demo district (job-config/ and inbox/, as README command 1 uses them): every planted
 * mistake is rejected with the planted reason, nothing else is, and corrections supersede what
 * they should.
 */
@SpringBootTest(properties = "reform.command-line.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInboxIntakeTest {

    static final Path CONFIG = Path.of("job-config");
    static final Path INBOX = Path.of("inbox");

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntakeRepository intake;

    private RunLauncher.Launched run;
    private Path output;

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-demo-");
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + db.resolve("reform-report") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @BeforeAll
    void runTheDemoMonth(@TempDir Path output) throws Exception {
        DatabaseCleaner.clean(jdbc);
        this.output = output;
        run = launcher.run(ReportMonth.of(2026, 10), INBOX, output, CONFIG);
    }

    @Test
    void theDemoMonthCompletesAndEveryFileReconciles() {
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<IntakeRepository.FileLine> files =
                intake.runIntake(run.execution().getJobInstanceId()).files();
        assertThat(files).hasSizeGreaterThan(20);
        assertThat(files)
                .filteredOn(f -> f.status().equals("IMPORTED"))
                .allSatisfy(f ->
                        assertThat(f.counts().reconciles()).as(f.fileName()).isTrue());
        assertThat(files)
                .filteredOn(f -> f.status().equals("UNREADABLE"))
                .extracting(IntakeRepository.FileLine::fileName)
                .containsExactlyInAnyOrderElementsOf(DemoDistrict.expectedUnreadableFiles());
        assertThat(files).filteredOn(f -> f.status().equals("NO_FORM")).isEmpty();
    }

    @Test
    void everyPlantedMistakeIsRejectedWithItsReasonAndNothingElseIs() {
        List<String> rejected = jdbc.query(
                "SELECT f.file_name, r.sheet_name, r.row_no, r.unit_code, r.reason"
                        + " FROM rejected_row r JOIN intake_file f ON f.id = r.file_id",
                (rs, i) -> line(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
        assertThat(rejected)
                .containsExactlyInAnyOrderElementsOf(DemoDistrict.expectedRejections().stream()
                        .map(p -> line(p.file(), p.sheet(), p.row(), p.unitCode(), p.reason()))
                        .toList());
    }

    @Test
    void correctionsSupersedeExactlyThePlantedRows() {
        List<String> superseded = jdbc.query(
                "SELECT file_name, sheet_name, row_no FROM tally_row"
                        + " WHERE status = 'SUPERSEDED' UNION ALL SELECT file_name, sheet_name, row_no FROM progress_row"
                        + " WHERE status = 'SUPERSEDED'",
                (rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3));
        assertThat(superseded)
                .containsExactlyInAnyOrderElementsOf(DemoDistrict.expectedSuperseded().stream()
                        .map(p -> p.file() + "|" + p.sheet() + "|" + p.row())
                        .toList());
    }

    @Test
    void plantedWarningsAreRecorded() {
        List<String> warnings = jdbc.query(
                "SELECT f.file_name, w.sheet_name, w.row_no, w.message FROM intake_warning w"
                        + " JOIN intake_file f ON f.id = w.file_id",
                (rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4));
        for (ExpectedProblem p : DemoDistrict.expectedWarnings()) {
            String prefix = p.file() + "|" + p.sheet() + "|" + p.row() + "|";
            assertThat(warnings)
                    .as(prefix)
                    .anySatisfy(w -> assertThat(w).startsWith(prefix + (p.reason() == null ? "" : p.reason())));
        }
    }

    @Test
    void theBundledFilesAreWhatTheGeneratorWrites(@TempDir Path fresh) throws IOException {
        DemoDistrict.write(fresh.resolve("config"), fresh.resolve("inbox"));
        for (String registry : List.of("units.csv", "reform-tasks.csv")) {
            assertThat(Files.readAllBytes(CONFIG.resolve(registry)))
                    .as(registry)
                    .isEqualTo(Files.readAllBytes(fresh.resolve("config").resolve(registry)));
        }
        assertThat(names(INBOX)).isEqualTo(names(fresh.resolve("inbox")));
    }

    /**
     * The demo month's workbook opens in LibreOffice without repair: headless LibreOffice converts it
     * to PDF and the PDF shows the title, the 合计 row's computed total and a unit. Skipped only
     * where LibreOffice is not installed (.ci/run installs it).
     */
    @Test
    void theDemoWorkbookOpensCleanlyInLibreOffice(@TempDir Path pdfDir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                onPath("soffice") && onPath("pdftotext"), "LibreOffice (soffice) and pdftotext are not installed");
        Path workbook = output.resolve("2026-10/改革工作月报_2026年10月.xlsx");
        assertThat(workbook).exists();
        Process convert = new ProcessBuilder(
                        "soffice",
                        "--headless",
                        "-env:UserInstallation=file://" + pdfDir.resolve("profile"),
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        pdfDir.toString(),
                        workbook.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(convert.getInputStream().readAllBytes());
        assertThat(convert.waitFor()).as(log).isZero();
        Path pdf = pdfDir.resolve("改革工作月报_2026年10月.pdf");
        assertThat(pdf).as(log).exists();
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
        String content = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        text.waitFor();
        int articles = jdbc.queryForObject(
                "SELECT SUM(central_media + provincial_media + municipal_media"
                        + " + district_media + new_media) FROM unit_month_figure WHERE run_id = ?",
                Integer.class,
                run.execution().getJobInstanceId());
        assertThat(content).contains("平川区2026年10月改革宣传工作汇总表", "合计", "长征街道", "数据问题清单");
        String totalLine = content.lines()
                .filter(l -> l.strip().startsWith("合计"))
                .findFirst()
                .orElse("");
        assertThat(List.of(totalLine.strip().split("\\s+"))).as(totalLine).contains(String.valueOf(articles));
    }

    @Test
    void theDistrictReportStatesTheMonthsFigures() throws Exception {
        Path pdf = output.resolve("2026-10/改革工作月报_2026年10月.pdf");
        assertThat(pdf).exists();
        String text = String.join("", org.reformreport.outputs.document.PdfText.pages(pdf))
                .replaceAll("\\s+", "");
        var totals = jdbc.queryForMap(
                "SELECT SUM(central_media + provincial_media + municipal_media + district_media"
                        + " + new_media) AS articles, SUM(weeks_due) AS due, COUNT(*) AS units FROM unit_month_figure"
                        + " WHERE run_id = ?",
                run.execution().getJobInstanceId());
        assertThat(text)
                .contains(
                        "全区" + totals.get("units") + "个单位应报送宣传报道周报表" + totals.get("due") + "份",
                        "共刊播稿件" + totals.get("articles") + "篇",
                        "平川区2026年10月",
                        "四、下步工作打算",
                        "附件2");
    }

    /**
     * The demo month's Word document: listed in the manifest, saying what the PDF says, and
     * converted by headless LibreOffice to a PDF of as many pages as ours, give or take one.
     * The conversion is skipped only where LibreOffice is not installed (.ci/run installs it).
     */
    @Test
    void theDemoWordDocumentSaysWhatThePdfSaysAndOpensInLibreOffice(@TempDir Path converted) throws Exception {
        Path docx = output.resolve("2026-10/改革工作月报_2026年10月.docx");
        Path pdf = output.resolve("2026-10/改革工作月报_2026年10月.pdf");
        assertThat(docx).exists();
        String manifest = Files.readString(output.resolve("2026-10/manifest.json"));
        assertThat(manifest).contains("\"改革工作月报_2026年10月.docx\"");
        assertThat(org.reformreport.outputs.document.WordText.differences(docx, pdf))
                .isEmpty();
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        Process convert = new ProcessBuilder(
                        "soffice",
                        "--headless",
                        "-env:UserInstallation=file://" + converted.resolve("profile"),
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        converted.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(convert.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(convert.waitFor()).as(log).isZero();
        Path fromWord = converted.resolve("改革工作月报_2026年10月.pdf");
        assertThat(fromWord).as(log).exists();
        int ours = org.reformreport.outputs.document.PdfText.pages(pdf).size();
        List<String> theirs = org.reformreport.outputs.document.PdfText.pages(fromWord);
        assertThat(theirs.size()).isBetween(ours - 1, ours + 1);
        assertThat(String.join("", theirs).replaceAll("\\s+", ""))
                .contains("全面深化改革工作情况报告", "一、总体情况", "2026年10月各单位得分排名", "— 1 —".replace(" ", ""));
    }

    /**
     * GB/T 9704's pagination in every report of the month: no 一、 heading as a page's last line,
     * the 落款 never on a page without body text, and a unit report ending on its 落款's page.
     */
    @Test
    void noReportLeavesAHeadingLastOnAPageOrTheSignatureAlone() throws Exception {
        String authority = Files.readAllLines(CONFIG.resolve("settings.yml")).stream()
                .map(String::strip)
                .filter(l -> l.startsWith("authority:"))
                .map(l -> l.substring("authority:".length()).strip())
                .findFirst()
                .orElseThrow();
        List<Path> units;
        try (Stream<Path> files = Files.list(output.resolve("2026-10/单位报告"))) {
            units = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(units)
                .hasSize(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM unit_month_figure WHERE run_id = ?",
                        Integer.class,
                        run.execution().getJobInstanceId()));
        java.util.Map<String, List<String>> problems = new java.util.TreeMap<>();
        for (Path unit : units) {
            List<String> found = PageLines.problems(unit, authority, true);
            if (!found.isEmpty()) {
                problems.put(unit.getFileName().toString(), found);
            }
        }
        // the district report, and the ranking notice the demo's settings turn on (both end in 附件)
        for (String name : List.of("改革工作月报_2026年10月.pdf", "情况通报_2026年10月.pdf")) {
            Path document = output.resolve("2026-10").resolve(name);
            assertThat(document).exists();
            List<String> found = PageLines.problems(document, authority, false);
            if (!found.isEmpty()) {
                problems.put(name, found);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static Set<String> names(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString())
                    .collect(Collectors.toSet());
        }
    }

    private static String line(String file, String sheet, int row, String unit, String reason) {
        return file + "|" + sheet + "|" + row + "|" + unit + "|" + reason;
    }
}
