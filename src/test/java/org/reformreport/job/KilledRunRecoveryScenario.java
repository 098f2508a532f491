package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.cli.ReformReportCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A run killed with SIGKILL in the middle of its intake (a child JVM, as cron would start it) is
 * recovered by the next run, which resumes and finishes with every row counted exactly once.
 */
abstract class KilledRunRecoveryScenario {

    /** The database the child and the next run share: URL, user, password. */
    abstract String[] database(Path dir);

    static final int UNITS = 200;
    static final int WEEKS = 600;

    @TempDir
    Path dir;

    @Test
    void theNextRunRecoversAKilledRunAndFinishesIt() throws Exception {
        interruptAndResume(false);
    }

    @Test
    void sigtermStopsBetweenChunksAndTheNextRunResumes() throws Exception {
        interruptAndResume(true);
    }

    /** A line of the child's output, or null at its end (the stream closes when a killed child is reaped). */
    private static String readLine(BufferedReader out) {
        try {
            return out.readLine();
        } catch (java.io.IOException closed) {
            return null;
        }
    }

    private void interruptAndResume(boolean gracefully) throws Exception {
        Path config = Files.createDirectories(dir.resolve("job-config"));
        StringBuilder units = new StringBuilder("单位编码,单位名称,单位类型\n");
        for (int u = 0; u < UNITS; u++) {
            units.append(String.format("U%04d,单位%d,%s%n", u, u, u % 2 == 0 ? "乡镇街道" : "部门单位"));
        }
        Files.writeString(config.resolve("units.csv"), units);
        Files.writeString(config.resolve("reform-tasks.csv"), "任务编号,任务名称,牵头单位编码,开始月份,计划完成月份,类别\n");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        String header = "单位编码,周起始日,中央媒体,省级媒体,市级媒体,区级媒体,政务新媒体,填报日期\n";
        Files.writeString(inbox.resolve("a.csv"), header + "U0000,2026-10-05,0,0,1,1,1,2026-10-12\n");
        StringBuilder big = new StringBuilder(header);
        java.time.LocalDate last = java.time.LocalDate.of(2026, 10, 26);
        for (int w = 0; w < WEEKS; w++) {
            java.time.LocalDate week = last.minusWeeks(w);
            for (int u = 0; u < UNITS; u++) {
                big.append(String.format(
                        "U%04d,%s,0,1,%d,%d,%d,%s%n", u, week, u % 3, w % 5, (u + w) % 7, week.plusDays(7)));
            }
        }
        Files.writeString(inbox.resolve("b.csv"), big);

        String[] db = database(dir);
        DriverManagerDataSource ds = new DriverManagerDataSource(db[0], db[1], db[2]);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        for (String table : List.of(
                "intake_warning",
                "rejected_row",
                "progress_row",
                "tally_row",
                "run_input_file",
                "intake_file",
                "registry_task",
                "registry_unit",
                "unit_month_figure",
                "task_month_status",
                "BATCH_STEP_EXECUTION_CONTEXT",
                "BATCH_STEP_EXECUTION",
                "BATCH_JOB_EXECUTION_CONTEXT",
                "BATCH_JOB_EXECUTION_PARAMS",
                "BATCH_JOB_EXECUTION",
                "BATCH_JOB_INSTANCE")) {
            try {
                jdbc.update("DELETE FROM " + table);
            } catch (org.springframework.dao.DataAccessException noSuchTableYet) {
                // a fresh database: the job's migrations create it
            }
        }
        List<String> args = List.of(
                "--month=2026-10",
                "--inbox=" + inbox,
                "--output=" + dir.resolve("output"),
                "--config=" + config,
                "--spring.datasource.url=" + db[0],
                "--spring.datasource.username=" + db[1],
                "--spring.datasource.password=" + db[2],
                "--logging.level.org.reformreport=INFO");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ReformReportApplication.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            StringBuilder seen = new StringBuilder();
            while ((line = readLine(out)) != null) {
                seen.append(line).append('\n');
                if (line.contains("Imported a.csv") && !killed) {
                    killed = true;
                    if (!gracefully) {
                        child.destroyForcibly(); // SIGKILL while b.csv is being imported
                        break;
                    }
                    // SIGTERM: the run stops after that chunk. Through the handle, since Process.destroy
                    // also closes our end of its output, and the STOPPED line is read below.
                    child.toHandle().destroy();
                }
            }
            assertThat(killed)
                    .as("the child reached the intake of b.csv:\n" + seen)
                    .isTrue();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            if (gracefully) {
                // the README's status for a run stopped on request, and its line
                assertThat(child.exitValue()).as(seen.toString()).isEqualTo(ReformReportCommand.FAILED);
                assertThat(seen.toString()).contains("reform-report: STOPPED 2026-10 revision 1 on request");
            } else {
                assertThat(child.exitValue()).isNotZero();
            }
        } finally {
            child.destroyForcibly();
        }

        assertThat(ReformReportApplication.launch(args.toArray(new String[0]))).isZero();

        // Killed: marked FAILED by the next run's recovery. Stopped: it ended STOPPED by itself.
        assertThat(jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
                .containsExactly(gracefully ? "STOPPED" : "FAILED", "COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tally_row", Integer.class))
                .isEqualTo(UNITS * WEEKS + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tally_row WHERE status = 'COUNTED'", Integer.class))
                .isEqualTo(UNITS * WEEKS); // U0000's 10-05 week is in both files: the later one counts
        assertThat(jdbc.queryForList("SELECT status FROM intake_file ORDER BY file_name", String.class))
                .containsExactly("IMPORTED", "IMPORTED");
        assertThat(dir.resolve("output/2026-10/manifest.json")).exists();
    }
}
