package org.reformreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.calendar.RoundDates;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * receive, remind and resend --weekly as cron runs them: exit codes, the one line (or none, when
 * an hourly receive finds nothing), what history and show list. Today is the real today here, so
 * the weeks are worked out from it.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeeklyCommandLineTest {

    static {
        MimeSettings.install();
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** The latest week whose deadline has passed: what remind is for by default. */
    private static final LocalDate DUE_WEEK = new RoundDates(TODAY, SubmissionDeadline.DEFAULT).lastOverdueWeek();

    @TempDir
    Path dir;

    private String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(
                command,
                "--inbox=" + dir.resolve("inbox"),
                "--output=" + dir.resolve("output"),
                "--config=" + dir.resolve("job-config"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--reform.mail.from=gaigeban@pc.example.cn",
                "--reform.mail.attempts=1",
                "--reform.weekly.office-email=office@pc.example.cn"));
        all.addAll(Arrays.asList(more));
        return all.toArray(new String[0]);
    }

    private static String[] mailAt(int port) {
        return new String[] {"--reform.mail.host=127.0.0.1", "--reform.mail.port=" + port};
    }

    private void czjdSendsTheDueWeek(String file) throws Exception {
        new Forms.Workbook()
                .sheet(
                        "周报",
                        List.of(
                                Forms.TALLY_HEADER.stream().map(h -> (Object) h).toList(),
                                Forms.tally(
                                        "CZJD",
                                        DUE_WEEK.toString(),
                                        new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0},
                                        DUE_WEEK.plusDays(7).toString())))
                .write(dir.resolve("inbox").resolve(file));
    }

    @Test
    void anHourlyReceivePrintsALineOnlyWhenSomethingCameAndARemindNamesWhoWasReminded(CapturedOutput output)
            throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        czjdSendsTheDueWeek("周报.xlsx");
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String[] mail = mailAt(smtp.getSmtp().getPort());
            assertThat(ReformReportApplication.launch(args("receive", mail))).isZero();
            assertThat(output.getOut())
                    .containsPattern("reform-report: receive run \\d+: 1 new files imported, rows counted 1,"
                            + " superseded 0, rejected 0; receipts 1 sent, reminders none, to the office none");
            assertThat(smtp.getReceivedMessages()).hasSize(1);

            int before = output.getOut().length();
            assertThat(ReformReportApplication.launch(args("receive", mail))).isZero();
            assertThat(output.getOut().substring(before)).doesNotContain("reform-report:"); // quiet for cron

            assertThat(ReformReportApplication.launch(args("remind", concat(mail, "--dry-run"))))
                    .isZero();
            assertThat(output.getOut().substring(before))
                    .contains("remind dry run: week " + DUE_WEEK)
                    .contains("DLLJD", "FGJ", "SJJ")
                    .doesNotContain("  CZJD");
            assertThat(smtp.getReceivedMessages()).hasSize(1);

            assertThat(ReformReportApplication.launch(args("remind", mail))).isZero();
            assertThat(output.getOut())
                    .containsPattern("reform-report: remind run \\d+ week " + DUE_WEEK
                            + ": no new files; receipts none, reminders 2 sent, 1 without address,"
                            + " to the office 1 sent");
            List<String> to = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                to.add(((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
            }
            assertThat(to)
                    .containsExactlyInAnyOrder(
                            "czjd@pc.example.cn", "dlljd@pc.example.cn", "fgj@pc.example.cn", "office@pc.example.cn");

            String db = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE";
            assertThat(ReformReportApplication.launch("history", db)).isZero();
            List<String> runs = output.getOut()
                    .lines()
                    .filter(l -> l.matches("\\d+\\s+(receive|remind) .*"))
                    .toList();
            assertThat(runs).hasSize(3);
            assertThat(runs.get(0)).containsPattern("remind " + DUE_WEEK + "\\s+-\\s+\\d+\\s+COMPLETED");
            String remindRun = runs.get(0).split("\\s+")[0];
            assertThat(ReformReportApplication.launch("show", "--run=" + remindRun, db))
                    .isZero();
            assertThat(output.getOut())
                    .contains("weekly remind " + DUE_WEEK)
                    .containsPattern("SENT\\s+REMINDER\\s+DLLJD\\s+\\[week:" + DUE_WEEK + "] 李娜 <dlljd@pc.example.cn>")
                    .containsPattern("NO_ADDRESS\\s+REMINDER\\s+SJJ");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void receiptsThatCannotBeDeliveredExitFourAndResendWeeklySendsThemLater(CapturedOutput output) throws Exception {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        czjdSendsTheDueWeek("周报.xlsx");
        int port = freePort(); // nothing listens there yet
        assertThat(ReformReportApplication.launch(args("receive", mailAt(port))))
                .isEqualTo(ReformReportCommand.DELIVERY_FAILURES);
        assertThat(output.getOut()).contains("receipts 0 sent, 1 failed (resend --weekly)");

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertThat(ReformReportApplication.launch(args("resend", concat(mailAt(port), "--weekly"))))
                    .isZero();
            assertThat(output.getOut()).contains("reform-report: resend --weekly: 1 sent");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("【回执】长征街道报送的“周报.xlsx”已收到");
            assertThat(ReformReportApplication.launch(args("resend", concat(mailAt(port), "--weekly"))))
                    .isZero();
            assertThat(output.getOut()).contains("resend --weekly: 0 sent (nothing was owed)");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aWeekMustBeAMondayWhoseDeadlineHasPassed(CapturedOutput output) throws Exception {
        assertThat(ReformReportApplication.launch(args("remind", "--week=2026-11-11")))
                .isEqualTo(ReformReportCommand.USAGE_ERROR);
        assertThat(output.getErr()).contains("--week must be a Monday");
        assertThat(ReformReportApplication.launch(args("remind", "--week=23.11.2026")))
                .isEqualTo(ReformReportCommand.USAGE_ERROR);
        assertThat(output.getErr()).contains("--week must be YYYY-MM-DD");
        TestDistrict.writeConfig(dir.resolve("job-config"));
        LocalDate thisWeek = org.reformreport.calendar.Weeks.weekStartOf(TODAY);
        assertThat(ReformReportApplication.launch(args("remind", "--week=" + thisWeek)))
                .isEqualTo(ReformReportCommand.USAGE_ERROR);
        assertThat(output.getErr()).contains("has not passed yet");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
