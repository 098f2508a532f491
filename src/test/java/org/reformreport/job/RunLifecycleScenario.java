package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.testing.DatabaseCleaner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Running it for real on the demo district: a run that fails mid-way (its output folder blocked,
 * as a full or broken disk would) is restarted at the failed step and ends with exactly the
 * figures and workbook of an uninterrupted run, nothing counted twice.
 */
abstract class RunLifecycleScenario {

    static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRepository jobs;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    private RunLauncher.Launched run(Path output) throws Exception {
        return launcher.run(OCTOBER, Path.of("inbox"), output, Path.of("job-config"));
    }

    @Test
    void aRunFailedMidwayRestartsAtTheFailedStepAndMatchesAnUninterruptedRun() throws Exception {
        RunLauncher.Launched straight = run(dir.resolve("straight"));
        assertThat(straight.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> straightFigures = figures(straight);
        List<List<String>> straightSummary = summarySheet(dir.resolve("straight"));
        long straightRows = jdbc.queryForObject("SELECT COUNT(*) FROM tally_row", Long.class);

        DatabaseCleaner.clean(jdbc);
        Path output = dir.resolve("restarted");
        Files.createDirectories(output);
        Files.writeString(output.resolve(".staging"), "not a folder"); // the workbook step cannot stage
        RunLauncher.Launched failed = run(output);
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(steps(failed))
                .containsEntry("unitFigures", BatchStatus.COMPLETED)
                .containsEntry("workbook", BatchStatus.FAILED);

        Files.delete(output.resolve(".staging"));
        RunLauncher.Launched restarted = run(output);
        assertThat(restarted.restart()).isTrue();
        assertThat(restarted.revision()).isEqualTo(1);
        assertThat(restarted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // the unit reports ran as partitions of unit ranges ("unitReport:units0000", …)
        assertThat(steps(restarted).keySet())
                .filteredOn(name -> !name.contains(":"))
                .containsExactlyInAnyOrder("workbook", "districtReport", "unitReports", "publish", "delivery");
        assertThat(steps(restarted).keySet()).anyMatch(name -> name.startsWith("unitReport:units"));

        assertThat(figures(restarted)).isEqualTo(straightFigures);
        assertThat(summarySheet(output)).isEqualTo(straightSummary);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tally_row", Long.class))
                .isEqualTo(straightRows);
    }

    private Map<String, BatchStatus> steps(RunLauncher.Launched run) {
        Map<String, BatchStatus> steps = new java.util.LinkedHashMap<>();
        for (StepExecution s : jobs.getJobExecution(run.execution().getId()).getStepExecutions()) {
            steps.put(s.getStepName(), s.getStatus());
        }
        return steps;
    }

    private List<Map<String, Object>> figures(RunLauncher.Launched run) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM unit_month_figure WHERE run_id = ?" + " ORDER BY unit_code",
                run.execution().getJobInstanceId());
        rows.forEach(r -> r.remove("RUN_ID"));
        return rows;
    }

    private static List<List<String>> summarySheet(Path output) throws Exception {
        List<List<String>> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(output.resolve("2026-10/改革工作月报_2026年10月.xlsx")))) {
            for (Row row : wb.getSheet("汇总")) {
                List<String> values = new ArrayList<>();
                for (Cell cell : row) {
                    values.add(cell.toString());
                }
                cells.add(values);
            }
        }
        return cells;
    }
}
