package org.reformreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * receive and remind as a careless office runs them: no mail server set up, --no-email, no office
 * address, a liaison's address that is no address. Nothing crashes; without mail nothing is
 * recorded (and nobody is told later); with mail and no office address the office's notices are
 * recorded NO_ADDRESS, as are the receipts of a unit without a usable address.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeeklyCarelessOfficeCommandLineTest {

    static {
        MimeSettings.install();
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate DUE_WEEK = new RoundDates(TODAY, SubmissionDeadline.DEFAULT).lastOverdueWeek();

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The command's arguments, without an office address unless {@code more} gives one. */
    private String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(
                command,
                "--inbox=" + dir.resolve("inbox"),
                "--output=" + dir.resolve("output"),
                "--config=" + dir.resolve("job-config"),
                "--spring.datasource.url=" + db(),
                "--reform.mail.from=gaigeban@pc.example.cn",
                "--reform.mail.attempts=1"));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    /** "OFFICE  NO_ADDRESS" → how many messages of every run stand so. */
    private Map<String, Integer> outbox() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db(), "sa", "");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT kind, unit_code, status, recipient FROM mail_outbox")) {
            while (rs.next()) {
                counts.merge(
                        rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " <" + rs.getString(4) + ">",
                        1,
                        Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void withoutMailNothingIsRecordedAndWithoutAnOfficeAddressItsNoticesAreRecordedWithoutOne(CapturedOutput output)
            throws Exception {
        TestDistrict.writeConfig(
                dir.resolve("job-config"),
                TestDistrict.UNITS.replace("czjd@pc.example.cn,王强", "czjd@@pc,王强"),
                TestDistrict.TASKS);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Forms.TALLY_HEADER.stream().map(h -> (Object) h).toList());
        rows.add(Forms.tally(
                "CZJD",
                DUE_WEEK.toString(),
                new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0},
                DUE_WEEK.plusDays(7).toString()));
        rows.add(Forms.tally(
                "FGJ",
                DUE_WEEK.toString(),
                new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0},
                DUE_WEEK.plusDays(7).toString()));
        new Forms.Workbook().sheet("周报", rows).write(dir.resolve("inbox/周报.xlsx"));
        Files.writeString(dir.resolve("inbox/坏文件.xlsx"), "not a workbook");

        // no mail server set up: the inbox is taken in, nothing recorded
        assertThat(ReformReportApplication.launch(args("receive"))).isZero();
        assertThat(output.getOut()).contains("1 new files imported", "email not configured, nobody told");
        assertThat(outbox()).isEmpty();
        assertThat(ReformReportApplication.launch(args("remind"))).isZero();
        assertThat(outbox()).isEmpty();

        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String host = "--reform.mail.host=127.0.0.1";
            String port = "--reform.mail.port=" + smtp.getSmtp().getPort();
            // --no-email with a server: the same
            assertThat(ReformReportApplication.launch(args("receive", host, port, "--no-email")))
                    .isZero();
            assertThat(outbox()).isEmpty();

            // mail, but no office address: the broken file (read again each time) is noted, not sent;
            // the workbook taken in without mail tells nobody now
            assertThat(ReformReportApplication.launch(args("receive", host, port)))
                    .isZero();
            assertThat(output.getOut())
                    .contains("receipts none, reminders none, to the office 0 sent, 1 without address");
            assertThat(outbox()).isEqualTo(Map.of("OFFICE  NO_ADDRESS <>", 1));
            assertThat(smtp.getReceivedMessages()).isEmpty();

            // a week's reminders: DLLJD by mail; CZJD (czjd@@pc) and SJJ (blank) without address; the list to nobody
            List<List<Object>> late = new ArrayList<>();
            late.add(Forms.TALLY_HEADER.stream().map(h -> (Object) h).toList());
            late.add(Forms.tally(
                    "CZJD",
                    DUE_WEEK.minusWeeks(1).toString(),
                    new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0, 0},
                    TODAY.toString()));
            new Forms.Workbook().sheet("周报", late).write(dir.resolve("inbox/长征街道补报.xlsx"));
            assertThat(ReformReportApplication.launch(args("remind", host, port, "--week=" + DUE_WEEK.minusWeeks(1))))
                    .isZero();
            assertThat(outbox())
                    .containsEntry("RECEIPT CZJD NO_ADDRESS <>", 1)
                    .containsEntry("REMINDER DLLJD SENT <dlljd@pc.example.cn>", 1)
                    .containsEntry("REMINDER FGJ SENT <fgj@pc.example.cn>", 1)
                    .containsEntry("REMINDER SJJ NO_ADDRESS <>", 1)
                    .containsEntry("OFFICE  NO_ADDRESS <>", 2)
                    .doesNotContainKey("REMINDER CZJD NO_ADDRESS <>");
            List<String> to = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                to.add(((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
            }
            assertThat(to).containsExactlyInAnyOrder("dlljd@pc.example.cn", "fgj@pc.example.cn");
        } finally {
            smtp.stop();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
