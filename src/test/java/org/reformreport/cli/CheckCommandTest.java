package org.reformreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.intake.read.HostileFiles;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** `check FILE...` as a liaison runs it: exit status, what it prints, and that no database is opened or made. */
@ExtendWith(OutputCaptureExtension.class)
class CheckCommandTest {

    @TempDir
    Path dir;

    private Path form(String name, List<Object> row) throws Exception {
        return new Forms.Workbook()
                .sheet("第1周", List.of(new ArrayList<>(Forms.TALLY_HEADER), row))
                .write(dir.resolve(name));
    }

    private static List<Object> good() {
        return Forms.tally("CZJD", "2026-10-05", new int[] {1, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12");
    }

    /** The command in this JVM, with a database the office might have configured: check must not open it. */
    private int check(String... files) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(files));
        args.add("--config=" + dir.resolve("job-config"));
        args.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE");
        return ReformReportApplication.launch(args.toArray(String[]::new));
    }

    @Test
    void aCleanFileExitsZeroAndAProblemOrACorruptFileExitsOne(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        Path clean = form("长征街道_周报.xlsx", good());
        Path wednesday = form(
                "电力路街道_周报.xlsx",
                Forms.tally("DLLJD", "2026-10-07", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12"));
        Path corrupt = dir.resolve("坏文件.xlsx");
        HostileFiles.randomBytes(corrupt);

        assertThat(check(clean.toString())).isEqualTo(ExitCode.OK.code());
        assertThat(output.getOut())
                .contains(clean + "：读取 1 行，可计入 1 行，退回 0 行，空行 0 行\n")
                .contains("共检查 1 个文件：读取 1 行，可计入 1 行，退回 0 行，空行 0 行。未发现需要更正的问题。");

        assertThat(check(wednesday.toString())).isEqualTo(ExitCode.FAILED.code());
        assertThat(output.getOut())
                .contains(wednesday + "：读取 1 行，可计入 0 行，退回 1 行，空行 0 行\n"
                        + "  工作表“第1周”第2行（DLLJD）：周起始日须为星期一（2026-10-07为星期三）\n");

        assertThat(check(corrupt.toString())).isEqualTo(ExitCode.FAILED.code());
        assertThat(output.getOut()).contains(corrupt + "：无法读取，未检查：不是有效的xlsx文件");

        // one file with a problem among clean ones is enough for 1
        assertThat(check(clean.toString(), corrupt.toString())).isEqualTo(ExitCode.FAILED.code());
        assertThat(output.getOut()).contains("共检查 2 个文件：读取 1 行，可计入 1 行，退回 0 行，空行 0 行；1 个文件无法读取或不是报表。");

        assertThat(dir.resolve("db"))
                .as("the configured database is never opened")
                .doesNotExist();
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void checkWithoutAFileIsAUsageError(CapturedOutput output) {
        assertThat(ReformReportApplication.launch("check")).isEqualTo(ExitCode.USAGE_ERROR.code());
        assertThat(output.getErr())
                .contains("reform-report: check needs at least one file: check FILE... (see check --help)");
        assertThat(ReformReportApplication.launch("check", "--config=x")).isEqualTo(ExitCode.USAGE_ERROR.code());
    }

    @Test
    void aBrokenRegistryIsSaidInOneLine(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(
                dir.resolve("job-config"), TestDistrict.UNITS + "CZJD,重复,乡镇街道,,,,,,,,\n", TestDistrict.TASKS);
        assertThat(check(form("周报.xlsx", good()).toString())).isEqualTo(ExitCode.FAILED.code());
        assertThat(output.getErr())
                .contains(
                        "reform-report: 无法检查（" + dir.resolve("job-config") + "）：登记表有误（1处）：units.csv 第6行：单位编码 CZJD 重复");
    }

    /**
     * A liaison's PC: a folder holding only job-config and the form, the jar run there with no
     * option but the file. The office's settings.yml applies (its weekly limit rejects a row), and
     * no database, lock or output appears in the folder.
     */
    @Test
    void itRunsInAFolderWithoutADatabaseAndCreatesNone() throws Exception {
        Path pc = Files.createDirectories(dir.resolve("联络员电脑"));
        TestDistrict.writeConfig(pc.resolve("job-config"));
        Files.writeString(pc.resolve("job-config/settings.yml"), "reform:\n  intake:\n    max-weekly-count: 5\n");
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        List.of(
                                new ArrayList<>(Forms.TALLY_HEADER),
                                good(),
                                Forms.tally(
                                        "FGJ", "2026-10-05", new int[] {6, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "2026-10-12")))
                .write(pc.resolve("周报.xlsx"));
        List<String> before = listing(pc);

        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dsun.stdout.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReformReportApplication.class.getName(),
                        "check",
                        "周报.xlsx")
                .directory(pc.toFile())
                .redirectErrorStream(true);
        command.environment().put("LC_ALL", "C.UTF-8"); // the file's Chinese name, as a liaison's PC passes it
        Process child = command.start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(printed).isEqualTo(ExitCode.FAILED.code());
        assertThat(printed)
                .contains("周报.xlsx：读取 2 行，可计入 1 行，退回 1 行，空行 0 行\n" + "  工作表“第1周”第3行（FGJ）：中央媒体(6)超过单周上限5，请核实\n");
        assertThat(listing(pc)).as("nothing created beside the form").isEqualTo(before);
        assertThat(pc.resolve("data")).doesNotExist();
    }

    private static List<String> listing(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
