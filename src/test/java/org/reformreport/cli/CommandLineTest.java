package org.reformreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.read.HostileFiles;
import org.reformreport.job.EmailMode;
import org.reformreport.job.RunLock;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The jar as cron and administrators use it: options, exit codes, the one-line summary. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private static CommandLineOptions parse(String... args) {
        return CommandLineOptions.parse(new DefaultApplicationArguments(args), SHANGHAI, LocalDate.of(2026, 11, 22));
    }

    @Test
    void docNumberGivesTheNoticesNumberAndMustBeAWholeNumberFromOne() {
        assertThat(parse("--month=2026-10").docNumber()).isNull();
        assertThat(parse("--month=2026-10", "--doc-number=12").docNumber()).isEqualTo(12);
        assertThat(parse("--doc-number= 7 ").docNumber()).isEqualTo(7);
        for (String bad : List.of("0", "-3", "12号", "〔2026〕12", "1.5")) {
            assertThatThrownBy(() -> parse("--doc-number=" + bad))
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("--doc-number must be a whole number from 1");
        }
    }

    @Test
    void defaultsAreThePreviousMonthAndTheFoldersBesideTheJob() {
        CommandLineOptions o = parse();
        assertThat(o.command()).isEqualTo("run");
        assertThat(o.month()).isEqualTo(ReportMonth.of(2026, 10));
        assertThat(o.inbox()).isEqualTo(Path.of("./inbox"));
        assertThat(o.output()).isEqualTo(Path.of("./output"));
        assertThat(o.config()).isEqualTo(Path.of("./job-config"));
        assertThat(o.email()).isEqualTo(EmailMode.SEND);
        CommandLineOptions given = parse("--month=2025-12", "--inbox=/in", "--no-email");
        assertThat(given.month()).isEqualTo(ReportMonth.of(2025, 12));
        assertThat(given.inbox()).isEqualTo(Path.of("/in"));
        assertThat(given.email()).isEqualTo(EmailMode.OFF);
        assertThat(parse("--email-dry-run").email()).isEqualTo(EmailMode.DRY_RUN);
        CommandLineOptions resend = parse("resend", "--all");
        assertThat(resend.command()).isEqualTo("resend");
        assertThat(resend.all()).isTrue();
        assertThatThrownBy(() -> parse("--no-email", "--email-dry-run")).hasMessageContaining("exclude each other");
    }

    @Test
    void mistakesInTheCommandAreRefusedNotIgnored() {
        assertThatThrownBy(() -> parse("--moth=2026-10")).hasMessageContaining("unknown option --moth");
        assertThatThrownBy(() -> parse("--month=2026/10")).hasMessageContaining("--month must be YYYY-MM");
        assertThatThrownBy(() -> parse("report")).hasMessageContaining("unknown command 'report'");
        assertThat(parse("--spring.datasource.url=jdbc:h2:mem:x").command()).isEqualTo("run");
    }

    private int runJar(String... args) {
        return ReformReportApplication.launch(args);
    }

    private String[] args(String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "--month=2026-10",
                "--inbox=" + dir.resolve("inbox"),
                "--output=" + dir.resolve("output"),
                "--config=" + dir.resolve("job-config"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE"));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    @Test
    void aSuccessfulRunExitsZeroWithOneSummaryLine(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        new Forms.Workbook()
                .sheet(
                        "第1周",
                        List.of(
                                Forms.TALLY_HEADER.stream().map(h -> (Object) h).toList(),
                                Forms.tally(
                                        "CZJD", "2026-10-05", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12"),
                                Forms.tally(
                                        "X99", "2026-10-05", new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, "2026-10-12")))
                .write(dir.resolve("inbox/周报.xlsx"));
        assertThat(runJar(args("--no-email"))).isZero();
        assertThat(output.getOut())
                .contains("reform-report: 2026-10 revision 1 completed with data problems"
                        + " (1 rows rejected, 19 weekly tallies missing; see 数据问题 in the workbook): 1 inbox files (1 new,"
                        + " 0 unreadable or not a form); rows counted 1, superseded 0, rejected 1; email off (--no-email); report in "
                        + dir.resolve("output/2026-10"));
        assertThat(dir.resolve("output/2026-10/改革工作月报_2026年10月.xlsx")).exists();
    }

    @Test
    void historyListsTheRunsAndShowTellsOneRunsSteps(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        Files.createDirectories(dir.resolve("inbox"));
        HostileFiles.randomBytes(dir.resolve("inbox/坏文件.xlsx"));
        assertThat(runJar(args())).isZero();
        assertThat(runJar(args())).isZero();
        String db = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE";
        assertThat(runJar("history", db)).isZero();
        List<String> lines = output.getOut()
                .lines()
                .filter(l -> l.matches("\\d+\\s+2026-10 .*"))
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsPattern("2026-10\\s+2\\s+\\d+\\s+COMPLETED");
        assertThat(lines.get(1)).containsPattern("2026-10\\s+1\\s+\\d+\\s+COMPLETED");
        String run = lines.get(1).split("\\s+")[0];
        assertThat(runJar("show", "--run=" + run, db)).isZero();
        assertThat(output.getOut()).contains("revision 1", "intake", "COMPLETED", "not read: 坏文件.xlsx: 不是有效的xlsx文件");
        assertThat(runJar("show", "--run=999", db)).isEqualTo(ReformReportCommand.USAGE_ERROR);
    }

    @Test
    void mailThatCannotBeDeliveredLeavesTheMonthPublishedAndExitsFour(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        Files.createDirectories(dir.resolve("inbox"));
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort(); // nothing listens there once the socket is closed
        }
        assertThat(runJar(args(
                        "--reform.mail.host=127.0.0.1",
                        "--reform.mail.port=" + closedPort,
                        "--reform.mail.from=gaigeban@pc.example.cn",
                        "--reform.mail.attempts=1")))
                .isEqualTo(ReformReportCommand.DELIVERY_FAILURES);
        // the test district: CZJD's head and liaison, DLLJD's liaison, FGJ's head and liaison; SJJ has no address
        assertThat(output.getOut())
                .containsPattern("reform-report: 2026-10 revision 1 completed with data problems"
                        + " \\(.*\\), delivered with failures: .*; email 0 sent, 1 units without address, 5 NOT DELIVERED"
                        + " \\(show --run=\\d+ says why; resend --month=2026-10 sends them once the cause is fixed\\);"
                        + " report in ");
        assertThat(dir.resolve("output/2026-10/manifest.json")).exists();
    }

    @Test
    void aSecondRunWhileOneHoldsTheLockRefusesAtOnce(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        Files.createDirectories(dir.resolve("inbox"));
        try (var held =
                RunLock.tryAcquire(dir.resolve("output"), "run of 2026-10").orElseThrow()) {
            long start = System.nanoTime();
            assertThat(runJar(args())).isEqualTo(ReformReportCommand.REFUSED);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
            assertThat(output.getErr())
                    .contains("reform-report: REFUSED 2026-10: another run is in progress (run of" + " 2026-10, pid "
                            + ProcessHandle.current().pid());
        }
        assertThat(runJar(args())).isZero(); // released: the next run goes ahead
    }

    @Test
    void aFailedRunExitsNonZeroNamingTheStepAndTheCause(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(
                dir.resolve("job-config"), TestDistrict.UNITS + "CZJD,重复,乡镇街道,,,,,,,,\n", TestDistrict.TASKS);
        Files.createDirectories(dir.resolve("inbox"));
        assertThat(runJar(args())).isEqualTo(ReformReportCommand.FAILED);
        assertThat(output.getErr())
                .contains("reform-report: FAILED 2026-10 revision 1 at step registries:"
                        + " 登记表有误（1处）：units.csv 第6行：单位编码 CZJD 重复（第2行已有）");
    }

    @Test
    void aFailedMonthIsAbandonedFromTheCommandLineAndTheNextRunIsANewRevision(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(
                dir.resolve("job-config"), TestDistrict.UNITS + "CZJD,重复,乡镇街道,,,,,,,,\n", TestDistrict.TASKS);
        Files.createDirectories(dir.resolve("inbox"));
        assertThat(runJar(args())).isEqualTo(ReformReportCommand.FAILED);
        assertThat(output.getErr())
                .contains("(fix the cause and run the same command again to resume at that step,"
                        + " or `abandon --month=2026-10` to start the month afresh)");
        assertThatThrownBy(() -> parse("abandon")).hasMessageContaining("abandon needs --month=YYYY-MM");

        String[] abandon = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("abandon"), java.util.Arrays.stream(args()))
                .toArray(String[]::new);
        assertThat(runJar(abandon)).isZero();
        assertThat(output.getOut())
                .contains("reform-report: ABANDONED 2026-10 revision 1 (run ")
                .contains("the next run starts revision 2 from the registries and reads the inbox again");
        assertThat(runJar(abandon)).isZero();
        assertThat(output.getOut())
                .contains("reform-report: nothing to abandon for 2026-10: revision 1 was abandoned"
                        + " already; the next run makes revision 2");

        TestDistrict.writeConfig(dir.resolve("job-config"));
        assertThat(runJar(args())).isZero();
        assertThat(output.getOut()).contains("reform-report: 2026-10 revision 2 completed");
        assertThat(runJar(abandon)).isZero();
        assertThat(output.getOut()).contains("nothing to abandon for 2026-10: revision 2 completed");
    }

    @Test
    void aMissingInboxIsOneClearLine(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        assertThat(runJar(args())).isEqualTo(ReformReportCommand.FAILED);
        assertThat(output.getErr()).contains("at step intake: inbox folder does not exist: " + dir.resolve("inbox"));
    }
}
