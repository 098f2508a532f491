package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.delivery.Delivery;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.outputs.document.PdfText;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.publish.OutputLayout;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One issue date per run: a run that fails after intake and is restarted the next day dates its
 * district report, its unit reports and its mail with its first day, and so does a resend weeks
 * later. Read back from the PDFs' text and the messages received, on an H2 file database.
 */
@SpringBootTest(properties = "reform.command-line.enabled=false")
@Import({NoSleepPause.class, MovableClock.Config.class})
class H2IssueDateTest {

    static {
        MimeSettings.install();
    }

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);
    private static final int SMTP_PORT = freePort();
    private static final String FIRST_DAY = "2026年11月20日";
    private static final String NEXT_DAY = "2026年11月21日";

    @DynamicPropertySource
    static void h2FileAndMail(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-issued-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db.resolve("reform") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("reform.mail.host", () -> "127.0.0.1");
        registry.add("reform.mail.port", () -> SMTP_PORT);
        registry.add("reform.mail.from", () -> "gaigeban@pc.example.cn");
        registry.add("reform.mail.attempts", () -> 1);
        registry.add("reform.mail.timeout", () -> "5s");
    }

    @Autowired
    RunLauncher launcher;

    @Autowired
    MovableClock clock;

    @Autowired
    MonthDelivery delivery;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aRunRestartedTheNextDayDatesEveryDocumentAndMessageWithItsFirstDay() throws Exception {
        DatabaseCleaner.clean(jdbc);
        plantDistrict();
        Path output = dir.resolve("output");
        Files.createDirectories(output);
        Files.writeString(output.resolve(".staging"), "not a folder"); // the run fails at the workbook step

        clock.set(ZonedDateTime.of(2026, 11, 20, 23, 50, 0, 0, OFFICE));
        RunLauncher.Launched failed = run();
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.execution().getStepExecutions())
                .filteredOn(s -> s.getStatus() == BatchStatus.COMPLETED)
                .extracting(s -> s.getStepName())
                .contains("registries", "intake", "scoring");

        Files.delete(output.resolve(".staging"));
        clock.set(ZonedDateTime.of(2026, 11, 21, 8, 30, 0, 0, OFFICE)); // the next morning
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        RunLauncher.Launched restarted = run();
        assertThat(restarted.restart()).isTrue();
        assertThat(restarted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path month = output.resolve("2026-10");
        assertThat(text(month.resolve("改革工作月报_2026年10月.pdf")))
                .contains(FIRST_DAY)
                .doesNotContain(NEXT_DAY);
        List<Path> unitReports;
        try (Stream<Path> files = Files.list(month.resolve("单位报告"))) {
            unitReports = files.toList();
        }
        assertThat(unitReports).hasSize(4);
        for (Path report : unitReports) {
            assertThat(text(report)).as(report.toString()).contains(FIRST_DAY).doesNotContain(NEXT_DAY);
        }
        List<String> mail = bodies();
        assertThat(mail).hasSize(7); // two leaders, five unit addresses
        assertThat(mail).allSatisfy(body -> assertThat(body).contains(FIRST_DAY).doesNotContain(NEXT_DAY));

        // A resend weeks later (every message again) dates its messages like the published run.
        clock.set(ZonedDateTime.of(2026, 12, 15, 9, 0, 0, 0, OFFICE));
        smtp.reset();
        var manifest = MonthPublisher.read(month.resolve(OutputLayout.MANIFEST));
        Delivery.Run published = delivery.run(new OutputLayout(output, OCTOBER, manifest.runId()), manifest.revision());
        delivery.plan(published, dir.resolve("job-config"), true);
        outbox.requeue(manifest.runId(), true);
        assertThat(delivery.drain(published).sent()).isEqualTo(7);
        assertThat(bodies()).hasSize(7).allSatisfy(body -> assertThat(body).contains(FIRST_DAY));
    }

    private RunLauncher.Launched run() throws Exception {
        return launcher.run(OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"));
    }

    private void plantDistrict() throws IOException {
        TestDistrict.writeConfig(dir.resolve("job-config"));
        Files.writeString(
                dir.resolve("job-config/leaders.csv"),
                "姓名,职务,邮箱\n王某某,区委书记,wang@pc.example.cn\n李某某,区委改革办主任,li@pc.example.cn\n",
                StandardCharsets.UTF_8);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        for (String week : List.of("2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26")) {
            String due = java.time.LocalDate.parse(week).plusDays(6).toString();
            rows.add(Forms.tally("CZJD", week, new int[] {0, 1, 2, 3, 4, 0, 0, 0, 0, 1}, due));
            rows.add(Forms.tally("FGJ", week, new int[] {1, 0, 1, 2, 6, 0, 0, 0, 0, 0}, due));
        }
        new Forms.Workbook().sheet("周报", rows).write(dir.resolve("inbox/周报.xlsx"));
    }

    /** What a PDF shows, white space and page numbers left out (a line may break inside a date). */
    private static String text(Path pdf) throws IOException {
        return String.join("", PdfText.pages(pdf)).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    /** The plain-text bodies of the messages received. */
    private List<String> bodies() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            bodies.add(plainText(m));
        }
        return bodies;
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String text = plainText(mp.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
