package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.cli.ReformReportCommand;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.delivery.SmtpConnection;
import org.reformreport.testing.DatabaseCleaner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spring Boot's own spring.mail.* drive delivery, as in every Boot application: only
 * spring.mail.host and spring.mail.port are set (and the sender, reform.mail.from), no reform.mail
 * alias, and the month's mail reaches GreenMail. A spring.mail value and its reform.mail alias
 * set two different ways stop the job before it starts, in one line.
 */
@SpringBootTest(properties = "reform.command-line.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class H2SpringMailDeliveryJobTest {

    static {
        MimeSettings.install();
    }

    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-spring-mail-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db.resolve("reform") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("reform.mail.from", () -> "gaigeban@pc.example.cn");
    }

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    SmtpConnection connection;

    @TempDir
    Path dir;

    @Test
    void springMailHostAndPortAloneDeliverTheMonth() throws Exception {
        assertThat(connection.host()).isEqualTo("127.0.0.1");
        assertThat(connection.port()).isEqualTo(SMTP_PORT);
        DatabaseCleaner.clean(jdbc);
        DeliveryJobScenario.plant(dir);
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            RunLauncher.Launched run = launcher.run(
                    DeliveryJobScenario.OCTOBER,
                    dir.resolve("inbox"),
                    dir.resolve("output"),
                    dir.resolve("job-config"));
            assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

            Map<String, List<String>> files = new TreeMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("gaigeban@pc.example.cn");
                String to = ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
                files.computeIfAbsent(to, k -> new ArrayList<>()).addAll(attachmentNames(m));
            }
            assertThat(smtp.getReceivedMessages()).hasSize(7);
            files.values().forEach(java.util.Collections::sort);
            assertThat(files)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "wang@pc.example.cn",
                            List.of(
                                    "情况通报_2026年10月.docx",
                                    "情况通报_2026年10月.pdf",
                                    "改革工作月报_2026年10月.docx",
                                    "改革工作月报_2026年10月.pdf",
                                    "改革工作月报_2026年10月.xlsx"),
                            "li@pc.example.cn",
                            List.of(
                                    "情况通报_2026年10月.docx",
                                    "情况通报_2026年10月.pdf",
                                    "改革工作月报_2026年10月.docx",
                                    "改革工作月报_2026年10月.pdf",
                                    "改革工作月报_2026年10月.xlsx"),
                            "czjd@pc.example.cn",
                            List.of("CZJD_长征街道.pdf"),
                            "czjd-head@pc.example.cn",
                            List.of("CZJD_长征街道.pdf"),
                            "fgj@pc.example.cn",
                            List.of("FGJ_区发改局.pdf"),
                            "shared@pc.example.cn",
                            List.of("DLLJD_电力路街道.pdf", "FGJ_区发改局.pdf")));
            long runId = run.execution().getJobInstanceId();
            assertThat(outbox.counts(runId).entrySet().stream()
                            .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)))
                    .isEqualTo(Map.of("SENT", 7, "NO_ADDRESS", 1));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aSpringMailValueAndItsAliasSetTwoWaysStopTheJobAtStartUpInOneLine(CapturedOutput output) throws Exception {
        Files.createDirectories(dir.resolve("inbox"));
        int status = ReformReportApplication.launch(
                "--month=2026-10",
                "--inbox=" + dir.resolve("inbox"),
                "--output=" + dir.resolve("output"),
                "--config=" + dir.resolve("job-config"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.mail.host=smtp.pingchuan.example.cn",
                "--reform.mail.host=relay.pingchuan.example.cn",
                "--reform.mail.from=gaigeban@pc.example.cn");
        assertThat(status).isEqualTo(ReformReportCommand.FAILED);
        assertThat(output.getErr().lines().filter(l -> l.startsWith("reform-report:")))
                .containsExactly("reform-report: FAILED to start: spring.mail.host (smtp.pingchuan.example.cn) and its"
                        + " alias reform.mail.host (relay.pingchuan.example.cn) are both set and differ: set only"
                        + " spring.mail.host");
        assertThat(dir.resolve("output/2026-10")).doesNotExist();
    }

    private static List<String> attachmentNames(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                names.addAll(attachmentNames(mp.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            names.add(part.getFileName());
        }
        return names;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
