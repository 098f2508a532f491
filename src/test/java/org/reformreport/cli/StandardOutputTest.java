package org.reformreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;

/**
 * The job as cron runs it: a child JVM with no terminal, standard output and error captured apart.
 * Standard output is exactly the run's one line (what cron mails, what a script reads); warnings,
 * progress and whatever a library prints go to the log on standard error.
 */
class StandardOutputTest {

    @TempDir
    Path dir;

    record Ran(int status, String out, String err) {}

    @Test
    void underCronStandardOutputIsTheRunsOneLineAndWarningsGoToTheLog() throws Exception {
        Ran ran = run(ReformReportApplication.class.getName());

        assertThat(ran.status()).as(ran.err()).isZero();
        assertThat(ran.out()).as(ran.err()).matches("reform-report: 2026-10 revision 1 completed[^\n]*\n");
        assertThat(ran.err()).contains("Not imported 坏的.xlsx");
    }

    @Test
    void iTextsAgplNoticeGoesToTheLogNotToStandardOutput() throws Exception {
        Ran ran = run(NoticeThenRun.class.getName(), "--logging.level.org.reformreport.stdout=INFO");

        assertThat(ran.status()).as(ran.err()).isZero();
        assertThat(ran.out()).as(ran.err()).matches("reform-report: 2026-10 revision 1 completed[^\n]*\n");
        assertThat(ran.err().split("You are using iText under the AGPL", -1))
                .as("the notice, once, in the log: " + ran.err())
                .hasSize(2);
        assertThat(ran.err()).contains("INFO  stdout - You are using iText under the AGPL.");
    }

    private Ran run(String mainClass, String... extra) throws Exception {
        Path config = TestDistrict.writeConfig(dir.resolve("job-config"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally(
                "CZJD",
                LocalDate.of(2026, 10, 5),
                new int[] {1, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 12)));
        new Forms.Workbook().sheet("第1周", rows).write(inbox.resolve("长征街道.xlsx"));
        Files.writeString(inbox.resolve("坏的.xlsx"), "not a workbook");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.stderr.encoding=UTF-8",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass,
                "--month=2026-10",
                "--inbox=" + inbox,
                "--output=" + dir.resolve("output"),
                "--config=" + config,
                "--no-email",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE"));
        command.addAll(List.of(extra));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        // as cron: no terminal on any stream
        Process child = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        return new Ran(
                child.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
