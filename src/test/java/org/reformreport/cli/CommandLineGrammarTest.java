package org.reformreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.delivery.OutboxStatus;
import org.reformreport.job.EmailMode;
import org.reformreport.publish.Manifest;

/** The grammar picocli parses, the help it writes, and the line of a completed run, without a database. */
class CommandLineGrammarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static String help(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReformReportCli.parse(args)
                .printHelp(ZoneId.of("Europe/Berlin"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLockAndTheCommandReadTheSameMonthFromOneParse() {
        ParsedCommandLine line = ReformReportCli.parse("--month=2026-09", "--output=/srv/out");
        assertThat(line.takesRunLock()).isTrue();
        assertThat(line.monthForLock()).isEqualTo("2026-09");
        assertThat(line.output()).isEqualTo(Path.of("/srv/out"));
        assertThat(line.options(TODAY).month()).isEqualTo(ReportMonth.of(2026, 9));
        // a second --month is refused before the lock is taken, wherever it stands
        assertThatThrownBy(() -> ReformReportCli.parse("--month=2026-09", "--month=2026-10"))
                .hasMessage("--month given more than once");
        assertThatThrownBy(() -> ReformReportCli.parse("--month=2026-09", "history", "--month=2026-10"))
                .hasMessage("--month given more than once");
        assertThat(ReformReportCli.parse("history").takesRunLock()).isFalse();
        assertThat(ReformReportCli.parse("abandon", "--month=2026-10").takesRunLock())
                .isTrue();
        assertThat(ReformReportCli.parse("resend").takesRunLock()).isTrue();
        assertThat(ReformReportCli.parse("run", "--help").takesRunLock()).isFalse();
    }

    @Test
    void optionsAreReadAsSpringReadsThem() {
        // a value only after '=', as Spring reads it: otherwise the value is a word of its own
        assertThatThrownBy(() -> ReformReportCli.parse("--month", "2026-10"))
                .hasMessage("unknown command '2026-10' (see --help)");
        assertThatThrownBy(() -> ReformReportCli.parse("history", "show"))
                .hasMessage("one command at a time, got [history, show]");
        // options before the command count for it; every command takes every option
        assertThat(ReformReportCli.parse("--month=2026-10", "history").options(TODAY))
                .satisfies(o -> {
                    assertThat(o.command()).isEqualTo("history");
                    assertThat(o.monthGiven()).isTrue();
                });
        assertThat(ReformReportCli.parse("abandon", "--month=2026-10", "--inbox=/in", "--no-email")
                        .options(TODAY)
                        .inbox())
                .isEqualTo(Path.of("/in"));
        assertThat(ReformReportCli.parse("--all", "--all").options(TODAY).all()).isTrue();
        assertThat(ReformReportCli.parse("--inbox=").options(TODAY).inbox()).isEqualTo(Path.of("./inbox"));
        assertThat(ReformReportCli.parse("--reform.mail.host=x", "--spring.datasource.url=jdbc:h2:mem:x")
                        .options(TODAY)
                        .command())
                .isEqualTo("run");
        // no @file expansion: a word like any other
        assertThatThrownBy(() -> ReformReportCli.parse("@args.txt"))
                .hasMessage("unknown command '@args.txt' (see --help)");
    }

    @Test
    void refusalsSayWhatToWrite() {
        assertThatThrownBy(() -> ReformReportCli.parse("show"))
                .hasMessage("show needs --run=ID (the run column of history)");
        assertThatThrownBy(() -> ReformReportCli.parse("show", "--run=x")).hasMessageContaining("show needs --run=ID");
        assertThat(ReformReportCli.parse("show", "--run=12").options(TODAY).runId())
                .isEqualTo(12L);
        assertThatThrownBy(() -> ReformReportCli.parse("help", "report"))
                .hasMessage("unknown command 'report' (see --help)");
        assertThatThrownBy(() -> ReformReportCli.parse("resend", "--no-email", "--dry-run"))
                .hasMessage("--no-email and a dry run exclude each other");
    }

    @Test
    void checkTakesFilesAndNeitherDatabaseNorLock() {
        ParsedCommandLine line = ReformReportCli.parse("check", "周报表/a.xlsx", "--config=/cfg", "b.csv");
        assertThat(line.usesDatabase()).isFalse();
        assertThat(line.takesRunLock()).isFalse();
        CommandLineOptions options = line.options(TODAY);
        assertThat(options.command()).isEqualTo("check");
        assertThat(options.files()).containsExactly(Path.of("周报表/a.xlsx"), Path.of("b.csv"));
        assertThat(options.config()).isEqualTo(Path.of("/cfg"));
        // a file named like a command is a file
        assertThat(ReformReportCli.parse("check", "history").options(TODAY).files())
                .containsExactly(Path.of("history"));
        assertThatThrownBy(() -> ReformReportCli.parse("check"))
                .hasMessage("check needs at least one file: check FILE... (see check --help)");
        assertThatThrownBy(() -> ReformReportCli.parse("check", "--moth=1", "a.xlsx"))
                .hasMessage("unknown option --moth (see --help)");
        // the other commands take no words, as before
        assertThatThrownBy(() -> ReformReportCli.parse("history", "a.xlsx"))
                .hasMessage("one command at a time, got [history, a.xlsx]");
        assertThat(ReformReportCli.parse("history").options(TODAY).files()).isEmpty();
        assertThat(ReformReportCli.parse("history").usesDatabase()).isTrue();
        assertThat(ReformReportCli.parse().usesDatabase()).isTrue();
        // help needs only the office's time zone; a file before --help is no command to look up
        assertThat(ReformReportCli.parse("check", "a.xlsx", "--help").helpRequested())
                .isTrue();
        assertThat(ReformReportCli.parse("help", "check").usesDatabase()).isFalse();
        assertThat(help("help", "check"))
                .contains("check [--config=DIR] [--help] FILE...")
                .contains("FILE...", "a form (.xlsx, .csv), or a folder")
                .doesNotContain("--month", "--inbox");
        assertThat(help("--help")).containsPattern("(?m)^  check\\s+check forms before they are sent");
    }

    @Test
    void theHelpIsWrittenFromTheDefinitionsWithTheOfficesTimeZone() {
        assertThat(ReformReportCli.parse("--help", "--moth=1").helpRequested()).isTrue();
        String all = help("--help");
        assertThat(all)
                .contains("--month=YYYY-MM   report month, default: the month before today (Europe/Berlin)")
                .contains("--inbox=DIR       folder of submitted forms (.xlsx, .csv), default ./inbox")
                .contains("history", "show", "resend", "abandon", "worker")
                .doesNotContain("generate-demo", "--run=ID");
        for (ExitCode code : ExitCode.values()) {
            assertThat(all)
                    .containsPattern(
                            "(?m)^\\s+" + code.code() + "\\s+" + java.util.regex.Pattern.quote(code.meaning()));
        }
        assertThat(help("help", "abandon"))
                .contains("abandon [--month=YYYY-MM] [--output=DIR] [--config=DIR] [--help]")
                .contains("the month whose failed run to give up (required)")
                .doesNotContain("--inbox");
        assertThat(help("show", "--help")).contains("--run=ID").doesNotContain("--month");
    }

    @Test
    void theLineOfACompletedRunIsMadeFromItsManifest() {
        Manifest manifest = new Manifest(
                "2026-10",
                7,
                2,
                "2026-11-02T06:00+08:00",
                "2026-11-02",
                List.of(
                        new Manifest.Input("a.xlsx", "s1", "IMPORTED", "IMPORTED", 5, 3, 1, 1, 0, null),
                        new Manifest.Input("b.xlsx", "s1", "DUPLICATE", "DUPLICATE", 0, 0, 0, 0, 0, null),
                        new Manifest.Input("c.csv", "s2", "IMPORTED", "ALREADY_IMPORTED", 2, 2, 0, 0, 0, null),
                        new Manifest.Input("d.xlsx", null, "UNREADABLE", "UNREADABLE", 0, 0, 0, 0, 0, "坏")),
                List.of(),
                new Manifest.Totals(4, 1, 7, 5, 1, 1, 0, 3, 40, 5, 3));
        CompletedRunLine line = new CompletedRunLine(
                "2026-10 revision 2",
                manifest,
                EmailMode.SEND,
                true,
                Map.of(OutboxStatus.SENT, 4, OutboxStatus.FAILED, 1),
                Path.of("/out/2026-10"));
        assertThat(line.text())
                .isEqualTo("reform-report: 2026-10 revision 2 completed with data problems (1 rows rejected,"
                        + " 1 files unreadable, 3 weekly tallies missing; see 数据问题 in the workbook), delivered with"
                        + " failures: 4 inbox files (1 new, 1 unreadable or not a form, 1 copies of another file,"
                        + " counted once); rows counted 5, superseded 1, rejected 1; email 4 sent, 1 NOT DELIVERED"
                        + " (show --run=7 says why; resend --month=2026-10 sends them once the cause is fixed);"
                        + " report in " + Path.of("/out/2026-10"));
        assertThat(line.deliveryFailed()).isTrue();
    }
}
