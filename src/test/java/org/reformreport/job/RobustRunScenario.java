package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformreport.testing.Forms.TALLY_HEADER;
import static org.reformreport.testing.Forms.tally;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.support.FileHashes;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;

/**
 * What an office meets in its first months, through the whole job: a failed month given up and
 * started afresh, inbox entries that cannot be read, the same form under two names, and a staging
 * folder lost before a restart. Subclasses pick the database.
 */
abstract class RobustRunScenario extends OfficeScenario {

    private RunLauncher.Launched run() throws Exception {
        return launcher.run(OCTOBER, inbox, output, config, EmailMode.OFF);
    }

    private static List<List<Object>> sheet(List<Object>... rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(TALLY_HEADER));
        sheet.addAll(List.of(rows));
        return sheet;
    }

    private void weeklyForm(String name) throws Exception {
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        sheet(
                                tally(
                                        "CZJD",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {1, 2, 3, 4, 5, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 12)),
                                tally(
                                        "FGJ",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {0, 1, 1, 1, 1, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 12)),
                                tally(
                                        "XCB",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {0, 0, 0, 2, 2, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 12))))
                .write(inbox.resolve(name));
    }

    private Manifest manifest() throws Exception {
        return MonthPublisher.read(output.resolve("2026-10/manifest.json"));
    }

    private static Map<String, Manifest.Input> inputs(Manifest manifest) {
        return manifest.inputs().stream().collect(Collectors.toMap(Manifest.Input::name, i -> i));
    }

    /** The 数据问题 sheet's rows as (类型, 文件, 原因), read back from the published workbook. */
    private List<List<String>> problemSheet() throws Exception {
        List<List<String>> lines = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(output.resolve("2026-10/改革工作月报_2026年10月.xlsx")))) {
            var sheet = wb.getSheet("数据问题");
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("类别")) {
                    header = row.getRowNum();
                    continue;
                }
                if (header >= 0
                        && row.getCell(0) != null
                        && !row.getCell(0).toString().isBlank()) {
                    lines.add(List.of(
                            row.getCell(0).toString(),
                            row.getCell(1).toString(),
                            row.getCell(row.getLastCellNum() - 1).toString()));
                }
            }
        }
        return lines;
    }

    // ---- #3: a failed month can be given up ----

    @Test
    void aFailedMonthIsAbandonedAndTheNextRunStartsAfreshWithTheFixedRegistryAndTheCorrectedForm() throws Exception {
        weeklyForm("第1周.xlsx");
        Files.createDirectories(output);
        Files.writeString(output.resolve(".staging"), "not a folder"); // every run fails at the workbook step
        RunLauncher.Launched failed = run();
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        long failedRun = failed.execution().getJobInstanceId();
        assertThat(jdbc.queryForList("SELECT reason FROM rejected_row", String.class))
                .singleElement()
                .asString()
                .contains("XCB");

        // The office fixes units.csv (XCB was missing) and sends a correction of CZJD's week.
        TestDistrict.writeConfig(
                config, TestDistrict.UNITS + "XCB,区委宣传部,部门单位,,何静,,xcb@pc.example.cn,,,,\n", TestDistrict.TASKS);
        new Forms.Workbook()
                .sheet(
                        "更正",
                        sheet(tally(
                                "CZJD",
                                LocalDate.of(2026, 10, 5),
                                new int[] {1, 2, 3, 4, 9, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 14))))
                .write(inbox.resolve("更正.xlsx"));

        // Without abandon, running again resumes the failed run: its registry snapshot and intake stay.
        RunLauncher.Launched resumed = run();
        assertThat(resumed.restart()).isTrue();
        assertThat(resumed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(intake.runIntake(failedRun).files())
                .extracting(IntakeRepository.FileLine::fileName)
                .containsExactly("第1周.xlsx");

        RunLauncher.Abandoned abandoned = launcher.abandon(OCTOBER, output, intake);
        assertThat(abandoned.abandoned()).isTrue();
        assertThat(abandoned.revision()).isEqualTo(1);
        assertThat(abandoned.filesToReadAgain()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                        String.class,
                        resumed.execution().getId()))
                .isEqualTo("ABANDONED");
        // a second abandon finds nothing to give up
        assertThat(launcher.abandon(OCTOBER, output, intake).abandoned()).isFalse();

        Files.delete(output.resolve(".staging"));
        RunLauncher.Launched fresh = run();
        assertThat(fresh.restart()).isFalse();
        assertThat(fresh.revision()).isEqualTo(2);
        assertThat(fresh.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long freshRun = fresh.execution().getJobInstanceId();
        assertThat(freshRun).isNotEqualTo(failedRun);
        // XCB's row is counted now (the file was read again with the fixed registry) …
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("SELECT imported_by_run FROM intake_file ORDER BY file_name", Long.class))
                .containsOnly(freshRun);
        assertThat(articles(freshRun, "XCB")).isEqualTo(4);
        // … and the correction counts instead of CZJD's first row: 1+2+3+4+9
        assertThat(articles(freshRun, "CZJD")).isEqualTo(19);
        Manifest manifest = manifest();
        assertThat(manifest.revision()).isEqualTo(2);
        assertThat(manifest.totals().rowsRead())
                .isEqualTo(manifest.totals().rowsAccepted()
                        + manifest.totals().rowsSuperseded()
                        + manifest.totals().rowsRejected()
                        + manifest.totals().rowsBlank());
        assertThat(manifest.totals().rowsAccepted()).isEqualTo(3);
        assertThat(manifest.totals().rowsSuperseded()).isEqualTo(1);
        assertThat(output.resolve(".staging/2026-10-run" + failedRun)).doesNotExist();
    }

    private int articles(long runId, String unit) {
        return jdbc.queryForObject(
                "SELECT central_media + provincial_media + municipal_media + district_media"
                        + " + new_media FROM unit_month_figure WHERE run_id = ? AND unit_code = ?",
                Integer.class,
                runId,
                unit);
    }

    // ---- #5: what cannot be read is listed, and the month goes on ----

    @Test
    void entriesThatCannotBeReadAreListedInTheManifestAndTheProblemsSheet() throws Exception {
        weeklyForm("第1周.xlsx");
        Path broken = Files.createSymbolicLink(inbox.resolve("失效链接.xlsx"), dir.resolve("不存在.xlsx"));
        Files.createSymbolicLink(inbox.resolve("链接到文件夹"), Files.createDirectories(dir.resolve("elsewhere")));
        // a link out of the inbox is not followed, whatever it points at
        Files.writeString(dir.resolve("外部.csv"), String.join(",", TALLY_HEADER) + "\n");
        Files.createSymbolicLink(inbox.resolve("外部链接.csv"), dir.resolve("外部.csv"));
        // a link to a form inside the inbox is read like the form
        new Forms.Workbook()
                .sheet(
                        "第2周",
                        sheet(tally(
                                "DLLJD",
                                LocalDate.of(2026, 10, 12),
                                new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 19))))
                .write(inbox.resolve("原件/第2周.xlsx"));
        Files.createSymbolicLink(inbox.resolve("链接到表.xlsx"), inbox.resolve("原件/第2周.xlsx"));
        Path fifo = inbox.resolve("管道.csv");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        assertThat(broken).isSymbolicLink();

        RunLauncher.Launched run = run();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Manifest.Input> inputs = inputs(manifest());
        assertThat(inputs.get("第1周.xlsx").status()).isEqualTo("IMPORTED");
        assertThat(inputs.get("失效链接.xlsx").status()).isEqualTo("UNREADABLE");
        assertThat(inputs.get("失效链接.xlsx").problem()).contains("失效的链接");
        assertThat(inputs.get("链接到文件夹").problem()).contains("指向文件夹的链接");
        assertThat(inputs.get("外部链接.csv").status()).isEqualTo("UNREADABLE");
        assertThat(inputs.get("外部链接.csv").problem()).contains("指向收件箱以外的链接");
        // the link and its form are one content: one of the two names counts it
        assertThat(List.of(
                        inputs.get("链接到表.xlsx").outcome(),
                        inputs.get("原件/第2周.xlsx").outcome()))
                .containsExactlyInAnyOrder("IMPORTED", "DUPLICATE");
        if (haveFifo) {
            assertThat(inputs.get("管道.csv").problem()).contains("不是普通文件");
        }
        assertThat(manifest().totals().unreadableFiles()).isEqualTo(haveFifo ? 4 : 3); // broken, folder, outside
        assertThat(problemSheet())
                .contains(
                        List.of("无法读取", "失效链接.xlsx", inputs.get("失效链接.xlsx").problem()),
                        List.of("无法读取", "外部链接.csv", inputs.get("外部链接.csv").problem()));
    }

    // ---- #8: the same content under two names counts once, and each name keeps its outcome ----

    @Test
    void aCopyUnderAnotherNameCountsOnceAndEachNameKeepsItsOwnOutcome() throws Exception {
        weeklyForm("第1周.xlsx");
        Files.copy(inbox.resolve("第1周.xlsx"), inbox.resolve("第1周（副本）.xlsx"));
        // the same bytes, refused for two different reasons by the CSV and the xlsx reader
        byte[] notAForm = "请各单位于每周一前报送\n".getBytes(StandardCharsets.UTF_8);
        Files.write(inbox.resolve("说明.csv"), notAForm);
        Files.write(inbox.resolve("说明.xlsx"), notAForm);

        RunLauncher.Launched run = run();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Manifest manifest = manifest();
        Map<String, Manifest.Input> inputs = inputs(manifest);
        assertThat(inputs.get("第1周.xlsx").outcome()).isEqualTo("IMPORTED");
        assertThat(inputs.get("第1周.xlsx").rowsAccepted()).isEqualTo(2);
        Manifest.Input copy = inputs.get("第1周（副本）.xlsx");
        assertThat(copy.outcome()).isEqualTo("DUPLICATE");
        assertThat(copy.rowsRead()).isZero();
        assertThat(copy.rowsAccepted()).isZero();
        assertThat(copy.problem()).contains("与“第1周.xlsx”内容完全相同");
        assertThat(inputs.get("说明.csv").status()).isEqualTo("NO_FORM");
        assertThat(inputs.get("说明.csv").problem()).contains("未找到周报表或改革任务进展表的表头");
        assertThat(inputs.get("说明.xlsx").status()).isEqualTo("UNREADABLE");
        assertThat(inputs.get("说明.xlsx").problem()).contains("不是有效的xlsx文件");
        // the run's totals count the form's rows once: 3 read, 2 counted, 1 rejected (XCB unknown)
        assertThat(manifest.totals().inputFiles()).isEqualTo(4);
        assertThat(manifest.totals().unreadableFiles()).isEqualTo(2);
        assertThat(manifest.totals().rowsRead()).isEqualTo(3);
        assertThat(manifest.totals().rowsAccepted()).isEqualTo(2);
        assertThat(manifest.totals().rowsRejected()).isEqualTo(1);
        assertThat(problemSheet()).contains(List.of("重复文件", "第1周（副本）.xlsx", copy.problem()));

        // a second revision: the copy is still a copy, the form's rows still count once
        RunLauncher.Launched again = run();
        assertThat(again.revision()).isEqualTo(2);
        Map<String, Manifest.Input> second = inputs(manifest());
        assertThat(second.get("第1周.xlsx").outcome()).isEqualTo("ALREADY_IMPORTED");
        assertThat(second.get("第1周（副本）.xlsx").outcome()).isEqualTo("DUPLICATE");
        assertThat(manifest().totals().rowsAccepted()).isEqualTo(2);
    }

    // ---- a form sent again under the same name without one of its rows ----

    @Test
    void aResentFormThatLacksARowSaysThatTheOldRowStillCounts() throws Exception {
        Path form = inbox.resolve("长征街道.xlsx");
        new Forms.Workbook()
                .sheet(
                        "十月",
                        sheet(
                                tally(
                                        "CZJD",
                                        LocalDate.of(2026, 10, 5),
                                        new int[] {1, 1, 1, 1, 1, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 12)),
                                tally(
                                        "CZJD",
                                        LocalDate.of(2026, 10, 12),
                                        new int[] {0, 0, 0, 0, 3, 0, 0, 0, 0, 0},
                                        LocalDate.of(2026, 10, 19))))
                .write(form);
        assertThat(run().execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // sent again: the first week corrected, the second week left out
        new Forms.Workbook()
                .sheet(
                        "十月",
                        sheet(tally(
                                "CZJD",
                                LocalDate.of(2026, 10, 5),
                                new int[] {2, 1, 1, 1, 1, 0, 0, 0, 0, 0},
                                LocalDate.of(2026, 10, 20))))
                .write(form);
        RunLauncher.Launched second = run();
        assertThat(second.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(articles(second.execution().getJobInstanceId(), "CZJD")).isEqualTo(6 + 3);
        assertThat(problemSheet()).anySatisfy(line -> {
            assertThat(line.get(0)).isEqualTo("提示");
            assertThat(line.get(1)).isEqualTo("长征街道.xlsx");
            assertThat(line.get(2))
                    .contains("此前报送的同名文件“长征街道.xlsx”工作表“十月”第3行")
                    .contains("2026-10-12")
                    .contains("仍按原文件计入");
        });
    }

    // ---- #13: a restart never publishes a partial month ----

    @Test
    void aRestartAfterTheStagingFolderWasLostWritesTheOutputsAgainBeforePublishing() throws Exception {
        weeklyForm("第1周.xlsx");
        Files.createDirectories(output);
        Files.writeString(output.resolve("2026-10"), "in the way"); // publish cannot move the month in place
        RunLauncher.Launched failed = run();
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        long runId = failed.execution().getJobInstanceId();
        Path staging = output.resolve(".staging/2026-10-run" + runId);
        assertThat(staging.resolve("改革工作月报_2026年10月.xlsx")).exists();

        // The disk holding the staging folder was cleaned before the restart.
        MonthPublisher.deleteTree(staging);
        Files.delete(output.resolve("2026-10"));
        RunLauncher.Launched restarted = run();
        assertThat(restarted.restart()).isTrue();
        assertThat(restarted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertWholeMonth();
    }

    @Test
    void aRestartAfterTheStagedWordDocumentWasLostWritesTheDistrictReportAgain() throws Exception {
        weeklyForm("第1周.xlsx");
        Files.createDirectories(output);
        Files.writeString(output.resolve("2026-10"), "in the way");
        RunLauncher.Launched failed = run();
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        Path staging =
                output.resolve(".staging/2026-10-run" + failed.execution().getJobInstanceId());
        Path word = staging.resolve("改革工作月报_2026年10月.docx");
        assertThat(word).exists();
        assertThat(staging.resolve("改革工作月报_2026年10月.pdf")).exists();
        // the PDF still staged, the Word document gone: the district step writes both again
        Files.delete(word);
        Files.delete(output.resolve("2026-10"));
        RunLauncher.Launched restarted = run();
        assertThat(restarted.restart()).isTrue();
        assertThat(restarted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertWholeMonth();
    }

    @Test
    void publishRefusesADamagedStagedReportAndTheNextRunWritesItAgain() throws Exception {
        weeklyForm("第1周.xlsx");
        Files.createDirectories(output);
        Files.writeString(output.resolve("2026-10"), "in the way");
        RunLauncher.Launched failed = run();
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        Path staging =
                output.resolve(".staging/2026-10-run" + failed.execution().getJobInstanceId());
        Path unitReport;
        try (var files = Files.list(staging.resolve("单位报告"))) {
            unitReport = files.sorted().findFirst().orElseThrow();
        }
        // Same size, other bytes: only the hash tells. Publish takes it out and refuses the month.
        byte[] bytes = Files.readAllBytes(unitReport);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(unitReport, bytes);
        Files.delete(output.resolve("2026-10"));
        RunLauncher.Launched refused = run();
        assertThat(refused.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(refused.execution().getAllFailureExceptions().get(0).getMessage())
                .contains("not publishing an incomplete month")
                .contains(unitReport.getFileName().toString());
        assertThat(output.resolve("2026-10")).doesNotExist();
        assertThat(unitReport).doesNotExist();

        RunLauncher.Launched restarted = run();
        assertThat(restarted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertWholeMonth();
    }

    /** The published month holds the workbook, the district report and every active unit's report, each whole. */
    private void assertWholeMonth() throws Exception {
        Manifest manifest = manifest();
        List<String> paths =
                manifest.outputs().stream().map(Manifest.Output::path).toList();
        assertThat(paths).contains("改革工作月报_2026年10月.xlsx", "改革工作月报_2026年10月.pdf", "改革工作月报_2026年10月.docx");
        assertThat(paths.stream().filter(p -> p.startsWith("单位报告/"))).hasSize(4); // CZJD, DLLJD, FGJ, SJJ
        for (Manifest.Output o : manifest.outputs()) {
            Path file = output.resolve("2026-10").resolve(o.path());
            assertThat(Files.size(file)).isEqualTo(o.bytes());
            assertThat(FileHashes.sha256(file)).isEqualTo(o.sha256());
        }
        try (var pdf =
                new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(output.resolve("2026-10/"
                                + paths.stream()
                                        .filter(p -> p.startsWith("单位报告/"))
                                        .findFirst()
                                        .orElseThrow())
                        .toFile()))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }
}
