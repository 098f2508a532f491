package org.reformreport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.cli.ReformReportCommand;
import org.reformreport.intake.FileStatus;
import org.reformreport.intake.FormCheck;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.ReadOutcome;
import org.reformreport.job.ReformSettings;
import org.reformreport.job.RunLauncher;
import org.reformreport.registry.RegistryCsvLoader;
import org.reformreport.testing.DatabaseCleaner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The check against the intake itself: the bundled demo inbox is imported for real (the month run
 * on an H2 file database), then checked file by file, and for every file the check says what the
 * intake stored (outcome and reason, rows read / blank / rejected / valid, each rejected row with
 * sheet, row, unit and reason); the demo's planted mistakes are each reported with their reason;
 * and checking, in code or from the command line, changes no row of any table.
 */
@SpringBootTest(properties = "reform.command-line.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DemoInboxCheckTest {

    static final Path CONFIG = Path.of("job-config");
    static final Path INBOX = Path.of("inbox");

    private static String databaseUrl;

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntakeRepository intake;

    @Autowired
    ReformSettings settings;

    private long runId;
    /** The run's "today": the date it checked rows against. */
    private LocalDate issued;

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-demo-check-");
        databaseUrl = "jdbc:h2:file:" + db.resolve("reform-report") + ";DB_CLOSE_ON_EXIT=FALSE";
        registry.add("spring.datasource.url", () -> databaseUrl);
    }

    @BeforeAll
    void importTheDemoInbox(@TempDir Path output) throws Exception {
        DatabaseCleaner.clean(jdbc);
        RunLauncher.Launched run = launcher.run(ReportMonth.of(2026, 10), INBOX, output, CONFIG);
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        runId = run.execution().getJobInstanceId();
        // the run's issue date (job.IssueDate), which its intake took as today
        issued = LocalDate.parse(run.execution().getExecutionContext().getString("reform.issueDate"));
    }

    private List<FormCheck.Result> checkTheInbox() {
        FormCheck check = new FormCheck(
                new RegistryCsvLoader().load(CONFIG).registry(), settings.intake(), settings.zone(), issued);
        return check.checkAll(INBOX, "");
    }

    @Test
    void everyFileIsCheckedAsTheIntakeStoredIt() {
        List<IntakeRepository.FileLine> stored = intake.runIntake(runId).files();
        Map<String, FormCheck.Result> checked =
                checkTheInbox().stream().collect(Collectors.toMap(FormCheck.Result::fileName, Function.identity()));
        assertThat(checked.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        stored.stream().map(IntakeRepository.FileLine::fileName).toList());
        assertThat(stored).hasSizeGreaterThan(30);
        for (IntakeRepository.FileLine file : stored) {
            FormCheck.Result r = checked.get(file.fileName());
            assertThat(r.outcome()).as(file.fileName()).isEqualTo(outcomeOf(file.state()));
            assertThat(r.problem()).as(file.fileName()).isEqualTo(file.problem());
            IntakeRepository.FileCounts counts = file.counts();
            assertThat(List.of(r.read(), r.blank(), r.rejected(), r.valid()))
                    .as(file.fileName() + " read, blank, rejected, valid")
                    .isEqualTo(List.of(counts.read(), counts.blank(), counts.rejected(), counts.valid()));
            // a row a later row of the same file replaces is superseded at import too (or by a later file)
            assertThat(r.supersededInFile()).as(file.fileName()).isLessThanOrEqualTo(counts.superseded());
            assertThat(rejections(r)).as(file.fileName()).isEqualTo(storedRejections(file.fileName()));
        }
        assertThat(stored).anySatisfy(f -> assertThat(f.counts().rejected()).isPositive());
    }

    @Test
    void thePlantedMistakesAreEachReportedWithTheIntakesReasonAndNothingElseIs() {
        List<FormCheck.Result> results = checkTheInbox();
        assertThat(results.stream()
                        .flatMap(r -> r.rejections().stream()
                                .map(row -> line(r.fileName(), row.sheet(), row.row(), row.unitCode(), row.reason())))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(DemoDistrict.expectedRejections().stream()
                        .map(p -> line(p.file(), p.sheet(), p.row(), p.unitCode(), p.reason()))
                        .toList());
        assertThat(results)
                .filteredOn(r -> r.outcome() != ReadOutcome.READ)
                .extracting(FormCheck.Result::fileName)
                .containsExactlyInAnyOrderElementsOf(DemoDistrict.expectedUnreadableFiles());
        for (ExpectedProblem p : DemoDistrict.expectedWarnings()) {
            assertThat(results)
                    .filteredOn(r -> r.fileName().equals(p.file()))
                    .flatExtracting(FormCheck.Result::notes)
                    .as(p.toString())
                    .anySatisfy(n -> {
                        assertThat(n.sheet()).isEqualTo(p.sheet());
                        assertThat(n.row()).isEqualTo(p.row());
                        assertThat(n.message()).startsWith(p.reason() == null ? "" : p.reason());
                    });
        }
    }

    @Test
    void theCommandPrintsWhatTheIntakeStoredAndNoTableChanges(CapturedOutput output) throws Exception {
        Map<String, Long> before = rowsPerTable();
        checkTheInbox();
        int status = ReformReportApplication.launch(
                "check", INBOX.toString(), "--config=" + CONFIG, "--spring.datasource.url=" + databaseUrl);
        assertThat(status).isEqualTo(ReformReportCommand.FAILED);
        assertThat(rowsPerTable()).isEqualTo(before);
        assertThat(before).containsKeys("INTAKE_FILE", "REJECTED_ROW", "TALLY_ROW");

        String printed = output.getOut();
        List<IntakeRepository.FileLine> stored = intake.runIntake(runId).files();
        for (IntakeRepository.FileLine file : stored) {
            String name = INBOX + "/" + file.fileName();
            IntakeRepository.FileCounts c = file.counts();
            if (file.state() == FileStatus.IMPORTED) {
                assertThat(printed)
                        .containsPattern("(?m)^" + quote(name + "：读取 " + c.read() + " 行，可计入 " + c.valid() + " 行")
                                + "(（[^）]*）)?" + quote("，退回 " + c.rejected() + " 行，空行 " + c.blank() + " 行") + "$");
            } else {
                assertThat(printed).contains(name + "：无法读取，未检查：" + file.problem());
            }
        }
        for (ExpectedProblem p : DemoDistrict.expectedRejections()) {
            String where = (p.sheet().isEmpty() ? "" : "工作表“" + p.sheet() + "”") + "第" + p.row() + "行"
                    + (p.unitCode() == null ? "" : "（" + p.unitCode() + "）");
            assertThat(printed).contains("\n  " + where + "：" + p.reason() + "\n");
        }
        assertThat(printed)
                .contains("共检查 " + stored.size() + " 个文件：")
                .contains("检查不导入、不改动任何数据")
                .contains("在导入时判定");
    }

    private static ReadOutcome outcomeOf(FileStatus stored) {
        return switch (stored) {
            case IMPORTED -> ReadOutcome.READ;
            case UNREADABLE -> ReadOutcome.UNREADABLE;
            case NO_FORM -> ReadOutcome.NO_FORM;
            default -> throw new AssertionError("the demo's files are imported or refused, not " + stored);
        };
    }

    private static Set<String> rejections(FormCheck.Result r) {
        return r.rejections().stream()
                .map(row -> line("", row.sheet(), row.row(), row.unitCode(), row.reason()))
                .collect(Collectors.toSet());
    }

    private Set<String> storedRejections(String fileName) {
        return Set.copyOf(jdbc.query(
                "SELECT r.sheet_name, r.row_no, r.unit_code, r.reason FROM rejected_row r"
                        + " JOIN intake_file f ON f.id = r.file_id WHERE f.file_name = ?",
                (rs, i) -> line("", rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                fileName));
    }

    /** Every table of the schema (the job's and Spring Batch's) with its row count. */
    private Map<String, Long> rowsPerTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
                String.class)) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
        }
        return rows;
    }

    private static String quote(String text) {
        return java.util.regex.Pattern.quote(text);
    }

    private static String line(String file, String sheet, int row, String unit, String reason) {
        return file + "|" + sheet + "|" + row + "|" + unit + "|" + reason;
    }
}
