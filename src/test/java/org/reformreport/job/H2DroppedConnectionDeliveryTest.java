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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.delivery.OutboxRepository;
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
 * A server that hangs up after a message's DATA instead of answering is an outage, not a refusal:
 * the message is tried again in the next round, and the messages after it in the same connection
 * batch go out over a new connection in the same round. Runs the whole month on H2 against
 * GreenMail behind {@link DroppingSmtpProxy}.
 */
@SpringBootTest(properties = "reform.command-line.enabled=false")
@Import(NoSleepPause.class)
class H2DroppedConnectionDeliveryTest {

    static {
        MimeSettings.install();
    }

    private static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);
    private static final int PROXY_PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final int ATTEMPTS = 3;
    /** Messages with an address in DeliveryJobScenario's district: 2 leaders, 5 unit addresses. */
    private static final int MESSAGES = 7;

    @DynamicPropertySource
    static void h2FileAndMail(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-dropped-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db.resolve("reform") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("reform.mail.host", () -> "127.0.0.1");
        registry.add("reform.mail.port", () -> PROXY_PORT);
        registry.add("reform.mail.from", () -> "gaigeban@pc.example.cn");
        registry.add("reform.mail.attempts", () -> ATTEMPTS);
        registry.add("reform.mail.timeout", () -> "5s");
    }

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxRepository outbox;

    @TempDir
    Path dir;

    private GreenMail smtp;
    private DroppingSmtpProxy proxy;

    @BeforeEach
    void plantMonthAndStartServer() throws IOException {
        DatabaseCleaner.clean(jdbc);
        DeliveryJobScenario.pauses.set(0);
        DeliveryJobScenario.onPause = () -> {};
        TestDistrict.writeConfig(dir.resolve("job-config"), DeliveryJobScenario.UNITS, TestDistrict.TASKS);
        Files.writeString(dir.resolve("job-config/leaders.csv"), DeliveryJobScenario.LEADERS, StandardCharsets.UTF_8);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        for (String week : List.of("2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26")) {
            String due = java.time.LocalDate.parse(week).plusDays(7).toString();
            rows.add(Forms.tally("CZJD", week, new int[] {0, 1, 2, 3, 4, 0, 0, 0, 0, 1}, due));
            rows.add(Forms.tally("FGJ", week, new int[] {1, 0, 1, 2, 6, 0, 0, 0, 0, 0}, due));
        }
        new Forms.Workbook().sheet("周报", rows).write(dir.resolve("inbox/周报.xlsx"));
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        smtp.stop();
    }

    private long run() throws Exception {
        RunLauncher.Launched run =
                launcher.run(OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"));
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run.execution().getJobInstanceId();
    }

    /** How often each message (recipient and attachment names) arrived. */
    private Map<String, Long> arrivals() throws Exception {
        Map<String, Long> seen = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String to = ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            List<String> names = new ArrayList<>();
            Multipart mixed = (Multipart) m.getContent();
            for (int i = 0; i < mixed.getCount(); i++) {
                if (Part.ATTACHMENT.equalsIgnoreCase(mixed.getBodyPart(i).getDisposition())) {
                    names.add(mixed.getBodyPart(i).getFileName());
                }
            }
            seen.merge(to + " " + names, 1L, Long::sum);
        }
        return seen;
    }

    private List<OutboxRepository.Line> sent(long runId) {
        return outbox.lines(runId).stream()
                .filter(l -> l.status().name().equals("SENT"))
                .toList();
    }

    @Test
    void messagesTheServerHungUpOnBeforeAcceptingAreRetriedAndEveryoneGetsEachMessageOnce() throws Exception {
        proxy = new DroppingSmtpProxy(PROXY_PORT, SMTP_PORT, DroppingSmtpProxy.Drop.BEFORE_ACCEPT, 2);
        long runId = run();

        assertThat(proxy.dropped).hasValue(2);
        Map<String, Long> arrivals = arrivals();
        assertThat(arrivals)
                .hasSize(MESSAGES)
                .allSatisfy((message, times) -> assertThat(times).as(message).isEqualTo(1));
        assertThat(outbox.counts(runId))
                .containsEntry(org.reformreport.delivery.OutboxStatus.SENT, MESSAGES)
                .doesNotContainKey(org.reformreport.delivery.OutboxStatus.FAILED);
        // the two dropped went out in the second round; the five after them in the first, over new connections
        Map<Integer, Long> byAttempts = sent(runId).stream()
                .collect(Collectors.groupingBy(OutboxRepository.Line::attempts, Collectors.counting()));
        assertThat(byAttempts).isEqualTo(Map.of(1, 5L, 2, 2L));
        assertThat(DeliveryJobScenario.pauses).hasValue(1);
        assertThat(proxy.connections.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void messagesWhoseAcceptanceWasLostWithTheConnectionAreSentAgainAtLeastOnce() throws Exception {
        proxy = new DroppingSmtpProxy(PROXY_PORT, SMTP_PORT, DroppingSmtpProxy.Drop.AFTER_ACCEPT, 2);
        long runId = run();

        assertThat(proxy.dropped).hasValue(2);
        Map<String, Long> arrivals = arrivals();
        // nobody misses a message; the two whose 250 was lost arrive twice (delivery is at least once)
        assertThat(arrivals).hasSize(MESSAGES);
        assertThat(arrivals.values().stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .isEqualTo(Map.of(1L, 5L, 2L, 2L));
        List<OutboxRepository.Line> sent = sent(runId);
        assertThat(sent).hasSize(MESSAGES);
        assertThat(sent)
                .filteredOn(l -> l.attempts() == 2)
                .hasSize(2)
                .allSatisfy(l -> assertThat(arrivals.entrySet().stream()
                                .filter(e -> e.getKey().startsWith(l.recipient() + " "))
                                .mapToLong(Map.Entry::getValue)
                                .sum())
                        .isGreaterThanOrEqualTo(2));
    }

    @Test
    void aServerThatHangsUpOnEveryMessageHasEachOneTriedEveryRoundThenLeftForResend() throws Exception {
        proxy = new DroppingSmtpProxy(PROXY_PORT, SMTP_PORT, DroppingSmtpProxy.Drop.BEFORE_ACCEPT, Integer.MAX_VALUE);
        long runId = run();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(proxy.dropped).hasValue(MESSAGES * ATTEMPTS);
        assertThat(outbox.lines(runId))
                .filteredOn(l -> l.status().name().equals("FAILED"))
                .hasSize(MESSAGES)
                .allSatisfy(l -> {
                    assertThat(l.attempts()).isEqualTo(ATTEMPTS);
                    assertThat(l.lastError()).contains("[EOF]");
                });
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
