package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.cli.ReformReportCommand;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitScore;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Email delivery end to end against a real SMTP server (GreenMail): who receives which
 * attachments, read back from the received messages; SMTP down for a while or for the whole run;
 * re-runs that send nothing, or 更正 only to the recipients whose report changed. Subclasses pick
 * the database.
 */
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
abstract class DeliveryJobScenario {

    static {
        MimeSettings.install();
    }

    static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);
    static final int SMTP_PORT = freePort();
    static final int ATTEMPTS = 3;

    /** DLLJD's liaison is also FGJ's head (one address, two units); SJJ has no address at all. */
    static final String UNITS = """
            单位编码,单位名称,单位类型,上级单位编码,联络员,联络员电话,联络员邮箱,负责人,负责人邮箱,启用月份,停用月份
            CZJD,长征街道,乡镇街道,,张敏,13900000001,czjd@pc.example.cn,王强,czjd-head@pc.example.cn,,
            DLLJD,电力路街道,乡镇街道,,李娜,13900000002,shared@pc.example.cn,赵刚,,,
            FGJ,区发改局,部门单位,,刘洋,13900000003,fgj@pc.example.cn,陈明,Shared@pc.example.cn,,
            SJJ,区市场监管局,部门单位,,周婷,13900000004,,吴军,,2026-01,
            """;

    static final String LEADERS = """
            姓名,职务,邮箱
            王某某,区委书记,wang@pc.example.cn
            李某某,区委改革办主任,li@pc.example.cn
            """;

    static void mail(DynamicPropertyRegistry registry) {
        registry.add("reform.mail.host", () -> "127.0.0.1");
        registry.add("reform.mail.port", () -> SMTP_PORT);
        registry.add("reform.mail.from", () -> "gaigeban@pc.example.cn");
        registry.add("reform.mail.from-name", () -> "平川区委改革办");
        registry.add("reform.mail.reply-to", () -> "reply@pc.example.cn");
        registry.add("reform.mail.attempts", () -> ATTEMPTS);
        registry.add("reform.mail.timeout", () -> "5s");
    }

    /** Pauses between rounds do not sleep (see {@link NoSleepPause}); a test may bring the server up during one. */
    static final AtomicInteger pauses = new AtomicInteger();

    static volatile Runnable onPause = () -> {};

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryRepository summaries;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    MonthDelivery delivery;

    @Autowired
    IntakeRepository intake;

    @Autowired
    RunHistory history;

    @Autowired
    ReformSettings settings;

    @Autowired
    WeeklyLauncher weekly;

    @Autowired
    org.reformreport.weekly.WeeklyRound round;

    @TempDir
    Path dir;

    private GreenMail smtp;

    @BeforeEach
    void cleanAndPlant() throws IOException {
        DatabaseCleaner.clean(jdbc);
        pauses.set(0);
        onPause = () -> {};
        plant(dir);
    }

    /** The registries, leaders.csv and October's tallies of 长征街道, 区发改局 and (every other week) 电力路街道. */
    static void plant(Path dir) throws IOException {
        TestDistrict.writeConfig(dir.resolve("job-config"), UNITS, TestDistrict.TASKS);
        Files.writeString(dir.resolve("job-config/leaders.csv"), LEADERS, StandardCharsets.UTF_8);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        String[] weeks = {"2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"};
        for (int i = 0; i < weeks.length; i++) {
            String due = java.time.LocalDate.parse(weeks[i]).plusDays(7).toString();
            rows.add(Forms.tally("CZJD", weeks[i], new int[] {0, 1, 2, 3 + i, 4, 0, 0, 0, 0, 1}, due));
            rows.add(Forms.tally("FGJ", weeks[i], new int[] {1, 0, 1, 2, 6, 0, 0, 0, 0, 0}, due));
            if (i % 2 == 0) {
                rows.add(Forms.tally("DLLJD", weeks[i], new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, due));
            }
        }
        new Forms.Workbook().sheet("周报", rows).write(dir.resolve("inbox/周报.xlsx"));
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private RunLauncher.Launched run() throws Exception {
        RunLauncher.Launched run =
                launcher.run(OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"));
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    /** One received message, taken apart: recipient, subject, bodies, attachments by decoded name. */
    record Received(
            String to,
            String toName,
            String from,
            String replyTo,
            String subject,
            String text,
            String html,
            Map<String, byte[]> attachments,
            List<String> rawDispositions,
            List<String> rawContentTypes) {}

    private List<Received> received() throws Exception {
        List<Received> all = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            InternetAddress to = (InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0];
            Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
            List<String> raw = new ArrayList<>();
            List<String> rawTypes = new ArrayList<>();
            String[] bodies = new String[2];
            walk(m, attachments, raw, rawTypes, bodies);
            all.add(new Received(
                    to.getAddress(),
                    to.getPersonal(),
                    ((InternetAddress) m.getFrom()[0]).toUnicodeString(),
                    ((InternetAddress) m.getReplyTo()[0]).getAddress(),
                    m.getSubject(),
                    bodies[0],
                    bodies[1],
                    attachments,
                    raw,
                    rawTypes));
        }
        return all;
    }

    private static void walk(
            Part part, Map<String, byte[]> attachments, List<String> raw, List<String> rawTypes, String[] bodies)
            throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                walk(mp.getBodyPart(i), attachments, raw, rawTypes, bodies);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            raw.add(String.join(" ", ((BodyPart) part).getHeader("Content-Disposition")));
            rawTypes.add(String.join(" ", ((BodyPart) part).getHeader("Content-Type")));
            try (InputStream in = part.getInputStream();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                attachments.put(part.getFileName(), out.toByteArray());
            }
        } else if (part.isMimeType("text/plain")) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            bodies[1] = (String) part.getContent();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private Map<String, Integer> statuses(long runId) {
        return outbox.counts(runId).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }

    private static final String DISTRICT = "改革工作月报_2026年10月.pdf";
    private static final String WORKBOOK = "改革工作月报_2026年10月.xlsx";
    private static final String WORD = "改革工作月报_2026年10月.docx";
    /** The ranking notice: the shipped job-config/settings.yml turns it on. */
    private static final String NOTICE = "情况通报_2026年10月.pdf";

    private static final String NOTICE_WORD = "情况通报_2026年10月.docx";

    @Test
    void eachRecipientReceivesExactlyTheirReportsWithTheirChineseNamesIntact() throws Exception {
        smtpUp();
        long runId = run().execution().getJobInstanceId();
        Path month = dir.resolve("output/2026-10");
        Map<String, String> published = MonthPublisher.read(month.resolve("manifest.json")).outputs().stream()
                .collect(Collectors.toMap(Manifest.Output::path, Manifest.Output::sha256));
        List<Received> mail = received();

        Map<String, List<String>> filesByRecipient = new java.util.TreeMap<>();
        mail.stream()
                .filter(r -> !r.to().equals("shared@pc.example.cn"))
                .forEach(r -> filesByRecipient
                        .computeIfAbsent(r.to(), k -> new ArrayList<>())
                        .addAll(r.attachments().keySet()));
        assertThat(filesByRecipient)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "wang@pc.example.cn", List.of(DISTRICT, WORKBOOK, WORD, NOTICE, NOTICE_WORD),
                        "li@pc.example.cn", List.of(DISTRICT, WORKBOOK, WORD, NOTICE, NOTICE_WORD),
                        "czjd@pc.example.cn", List.of("CZJD_长征街道.pdf"),
                        "czjd-head@pc.example.cn", List.of("CZJD_长征街道.pdf"),
                        "fgj@pc.example.cn", List.of("FGJ_区发改局.pdf")));
        // one address, liaison of 电力路街道 and head of 区发改局: two messages, each with its own unit's report only
        List<Received> shared =
                mail.stream().filter(r -> r.to().equals("shared@pc.example.cn")).toList();
        assertThat(shared).hasSize(2);
        assertThat(shared)
                .extracting(r -> r.attachments().keySet())
                .containsExactlyInAnyOrder(java.util.Set.of("DLLJD_电力路街道.pdf"), java.util.Set.of("FGJ_区发改局.pdf"));
        assertThat(mail).hasSize(7);

        Map<String, UnitScore> scores = summaries.scores(runId);
        List<String> unitNames = List.of("长征街道", "电力路街道", "区发改局", "区市场监管局");
        for (Received r : mail) {
            assertThat(r.from()).isEqualTo("\"平川区委改革办\" <gaigeban@pc.example.cn>");
            assertThat(r.replyTo()).isEqualTo("reply@pc.example.cn");
            assertThat(r.html()).contains("<p").contains("2026年10月");
            for (Map.Entry<String, byte[]> a : r.attachments().entrySet()) {
                String path =
                        List.of(DISTRICT, WORKBOOK, WORD, NOTICE, NOTICE_WORD).contains(a.getKey())
                                ? a.getKey()
                                : "单位报告/" + a.getKey();
                assertThat(sha256(a.getValue())).as(a.getKey()).isEqualTo(published.get(path));
            }
            // the names arrive as Thunderbird and Gmail send them: RFC 2047 encoded-words in name= and
            // filename=, and an RFC 2231 filename* in one piece (never filename*0*), folded between them only
            String words = "\"=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]+\\?=(?:\\s+=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]+\\?=)*\"";
            assertThat(r.rawDispositions())
                    .hasSize(r.attachments().size())
                    .allSatisfy(raw -> assertThat(raw)
                            .matches("attachment;\\s+filename=" + words
                                    + ";\\s+filename\\*=UTF-8''[A-Za-z0-9_.%-]*%E[0-9A-F%]+[A-Za-z0-9_.%-]*"));
            List<String> names = new ArrayList<>(r.attachments().keySet());
            for (int i = 0; i < names.size(); i++) {
                String rawType = r.rawContentTypes().get(i);
                String type = names.get(i).endsWith(".xlsx")
                        ? "application/vnd\\.openxmlformats-officedocument\\.spreadsheetml\\.sheet"
                        : names.get(i).endsWith(".docx")
                                ? "application/vnd\\.openxmlformats-officedocument\\.wordprocessingml\\.document"
                                : "application/pdf";
                assertThat(rawType).matches(type + ";\\s+name=" + words);
                String name = new jakarta.mail.internet.ContentType(rawType).getParameter("name");
                assertThat(jakarta.mail.internet.MimeUtility.decodeText(name)).isEqualTo(names.get(i));
            }
            if (r.attachments().size() == 1) {
                String file = r.attachments().keySet().iterator().next();
                String code = file.substring(0, file.indexOf('_'));
                String name = file.substring(file.indexOf('_') + 1, file.length() - 4);
                UnitScore score = scores.get(code);
                assertThat(r.subject()).isEqualTo("平川区2026年10月改革宣传工作情况（" + name + "）");
                assertThat(r.text())
                        .contains("现将" + name + "2026年10月改革宣传工作情况报告发给你单位")
                        .contains("综合得分" + score.total().setScale(2) + "分")
                        .contains("个单位中排名第" + score.rank() + "位");
                unitNames.stream()
                        .filter(other -> !other.equals(name))
                        .forEach(other -> assertThat(r.text()).doesNotContain(other));
            } else {
                assertThat(r.subject()).isEqualTo("平川区2026年10月改革工作月报");
                int articles = summaries.figures(runId).stream()
                        .mapToInt(f -> f.total())
                        .sum();
                assertThat(r.text())
                        .contains("各类媒体刊播稿件" + articles + "篇")
                        .contains("3.改革工作月报_2026年10月.docx（月报Word版，可修改后印发）");
                // the Word document that went is the district report: opened, it says what the PDF says
                assertThat(new String(r.attachments().get(WORD), 0, 2, StandardCharsets.ISO_8859_1))
                        .isEqualTo("PK");
                assertThat(r.toName()).isIn("王某某", "李某某");
            }
        }
        assertThat(statuses(runId)).isEqualTo(Map.of("SENT", 7, "NO_ADDRESS", 1));
        assertThat(outbox.lines(runId))
                .filteredOn(l -> l.status().name().equals("SENT"))
                .allSatisfy(l -> {
                    assertThat(l.attempts()).isEqualTo(1);
                    assertThat(l.sentAt()).isNotNull();
                    assertThat(l.attachmentSha256())
                            .isNotEmpty()
                            .allSatisfy(s -> assertThat(published).containsValue(s));
                });
        assertThat(outbox.lines(runId))
                .filteredOn(l -> l.status().name().equals("NO_ADDRESS"))
                .extracting(OutboxRepository.Line::unitCode)
                .containsExactly("SJJ");
    }

    @Test
    void smtpDownForTheFirstAttemptsThenUpDeliversEachMessageOnce() throws Exception {
        onPause = () -> {
            if (pauses.get() == ATTEMPTS - 1) {
                smtpUp(); // before the last round
            }
        };
        long runId = run().execution().getJobInstanceId();
        assertThat(pauses.get()).isEqualTo(ATTEMPTS - 1);
        List<Received> mail = received();
        assertThat(mail).hasSize(7);
        assertThat(mail.stream().map(r -> r.to() + r.attachments().keySet()).distinct())
                .hasSize(7);
        assertThat(statuses(runId)).isEqualTo(Map.of("SENT", 7, "NO_ADDRESS", 1));
        assertThat(outbox.lines(runId))
                .filteredOn(l -> l.status().name().equals("SENT"))
                .allSatisfy(l -> assertThat(l.attempts()).isEqualTo(ATTEMPTS));
    }

    private int resend(String... options) {
        ReformReportCommand command = new ReformReportCommand(
                launcher, intake, settings, history, summaries, delivery, outbox, weekly, round);
        List<String> args = new ArrayList<>(List.of(
                "resend",
                "--month=2026-10",
                "--output=" + dir.resolve("output"),
                "--config=" + dir.resolve("job-config")));
        args.addAll(List.of(options));
        command.run(new DefaultApplicationArguments(args.toArray(new String[0])));
        return command.getExitCode();
    }

    @Test
    void smtpDownForTheWholeRunPublishesTheMonthAndResendDeliversEachMessageOnce() throws Exception {
        long runId = run().execution().getJobInstanceId();
        assertThat(dir.resolve("output/2026-10/manifest.json")).exists();
        assertThat(statuses(runId)).isEqualTo(Map.of("FAILED", 7, "NO_ADDRESS", 1));
        assertThat(outbox.lines(runId))
                .filteredOn(l -> l.status().name().equals("FAILED"))
                .allSatisfy(l -> {
                    assertThat(l.attempts()).isEqualTo(ATTEMPTS);
                    assertThat(l.lastError()).containsIgnoringCase("connect");
                });

        smtpUp();
        assertThat(resend()).isZero();
        List<Received> mail = received();
        assertThat(mail).hasSize(7);
        assertThat(mail.stream().map(r -> r.to() + r.attachments().keySet()).distinct())
                .hasSize(7);
        assertThat(statuses(runId)).isEqualTo(Map.of("SENT", 7, "NO_ADDRESS", 1));

        assertThat(resend()).isZero(); // nothing owed: nothing sent twice
        assertThat(smtp.getReceivedMessages()).hasSize(7);
        assertThat(resend("--all")).isZero(); // the whole month again, on request
        assertThat(smtp.getReceivedMessages()).hasSize(14);
    }

    @Test
    void aReRunSendsNothingUnchangedAndACorrectionOnlyToThoseItConcerns() throws Exception {
        smtpUp();
        run();
        assertThat(smtp.getReceivedMessages()).hasSize(7);

        long second = run().execution().getJobInstanceId(); // nothing new in the inbox
        assertThat(smtp.getReceivedMessages()).hasSize(7);
        assertThat(statuses(second)).isEqualTo(Map.of("UNCHANGED", 7, "NO_ADDRESS", 1));

        // 长征街道 corrects one week's 社会宣传 (not part of any score): its report and the district's change
        new Forms.Workbook()
                .sheet(
                        "更正",
                        List.of(
                                new ArrayList<>(Forms.TALLY_HEADER),
                                Forms.tally(
                                        "CZJD", "2026-10-12", new int[] {0, 1, 2, 5, 4, 0, 0, 0, 0, 7}, "2026-10-20")))
                .write(dir.resolve("inbox/长征街道更正.xlsx"));
        smtp.reset();
        long third = run().execution().getJobInstanceId();
        List<Received> corrections = received();
        assertThat(corrections)
                .extracting(Received::to)
                .containsExactlyInAnyOrder(
                        "wang@pc.example.cn", "li@pc.example.cn", "czjd@pc.example.cn", "czjd-head@pc.example.cn");
        assertThat(corrections).allSatisfy(r -> {
            assertThat(r.subject()).startsWith("【更正】平川区2026年10月");
            assertThat(r.text()).contains("本邮件为更正件");
        });
        assertThat(statuses(third)).isEqualTo(Map.of("SENT", 4, "UNCHANGED", 3, "NO_ADDRESS", 1));
    }

    @Test
    void aDryRunListsWhoWouldGetWhatAndSendsNothing(CapturedOutput output) throws Exception {
        smtpUp();
        RunLauncher.Launched run = launcher.run(
                OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"), EmailMode.DRY_RUN);
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(outbox.planned(run.execution().getJobInstanceId())).isFalse();
        assertThat(output.getOut())
                .contains("email dry run: 7 messages would be sent, 0 already received unchanged,"
                        + " 1 units without address")
                .contains("send       王某某 <wang@pc.example.cn> [leader]: 改革工作月报_2026年10月.pdf, 改革工作月报_2026年10月.xlsx,"
                        + " 改革工作月报_2026年10月.docx")
                .contains("send       陈明 <shared@pc.example.cn> [FGJ]: FGJ_区发改局.pdf")
                .contains("no address SJJ 区市场监管局");
        // the month can still be sent later, as planned now
        assertThat(resend()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(7);
    }

    @Autowired
    org.reformreport.registry.RegistrySnapshotStore snapshots;

    @Autowired
    org.reformreport.publish.ReportOutputRepository reportOutputs;

    @Autowired
    org.reformreport.delivery.SmtpConnection smtpConnection;

    @Autowired
    org.reformreport.delivery.Delivery outboxDelivery;

    /** reform.word.attach-to-leaders: false: the leaders get the PDF and the workbook, no Word document. */
    @Test
    void withoutTheSettingLeadersGetNoWordDocument() throws Exception {
        smtpUp();
        long runId = runWithoutEmail();
        assertThat(dir.resolve("output/2026-10").resolve(WORD)).exists();
        MonthDelivery noWord = new MonthDelivery(
                snapshots,
                summaries,
                reportOutputs,
                outbox,
                new MonthDelivery.Wording(Path.of(settings.templatesDir()), settings.region(), settings.authority()),
                smtpConnection,
                outboxDelivery,
                false);
        noWord.send(
                new org.reformreport.publish.OutputLayout(dir.resolve("output"), OCTOBER, runId),
                1,
                dir.resolve("job-config"),
                MonthDelivery.Again.NONE);
        List<Received> toLeaders = received().stream()
                .filter(r -> r.attachments().containsKey(DISTRICT))
                .toList();
        assertThat(toLeaders).hasSize(2).allSatisfy(r -> {
            // the ranking notice (on in the shipped settings) still goes, as PDF only
            assertThat(r.attachments().keySet()).containsExactly(DISTRICT, WORKBOOK, NOTICE);
            assertThat(r.text())
                    .contains("2.改革工作月报_2026年10月.xlsx（数据工作簿）；3.情况通报_2026年10月.pdf。")
                    .doesNotContain(".docx");
        });
    }

    /** leaders.csv as an office might edit it after a run: 王某某 gone, 赵某某 new. */
    static final String NEW_LEADERS = """
            姓名,职务,邮箱
            李某某,区委改革办主任,li@pc.example.cn
            赵某某,区长,zhao@pc.example.cn
            """;

    private long runWithoutEmail() throws Exception {
        RunLauncher.Launched run = launcher.run(
                OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"), EmailMode.OFF);
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run.execution().getJobInstanceId();
    }

    private List<String> leaderRecipients() throws Exception {
        return received().stream()
                .filter(r -> r.attachments().containsKey(DISTRICT))
                .map(Received::to)
                .sorted()
                .toList();
    }

    @Test
    void aResendReachesTheLeadersOfTheRunItSendsWhateverLeadersCsvSaysNow(CapturedOutput output) throws Exception {
        smtpUp();
        runWithoutEmail(); // nothing planned yet: the resend plans the run's messages
        Files.writeString(dir.resolve("job-config/leaders.csv"), NEW_LEADERS, StandardCharsets.UTF_8);
        assertThat(resend()).isZero();
        assertThat(leaderRecipients()).containsExactly("li@pc.example.cn", "wang@pc.example.cn");
        assertThat(received()).hasSize(7);

        // a leaders.csv broken since does not stop the run's mail from going again
        Files.writeString(dir.resolve("job-config/leaders.csv"), "姓名,邮箱\n赵某某,zhao@pc\n", StandardCharsets.UTF_8);
        smtp.reset();
        assertThat(resend("--all")).isZero();
        assertThat(leaderRecipients()).containsExactly("li@pc.example.cn", "wang@pc.example.cn");
        assertThat(output.getAll()).doesNotContain("stored before its leaders were kept");

        // the next run reads leaders.csv afresh: its leaders are the new ones, 李某某 already has the month
        Files.writeString(dir.resolve("job-config/leaders.csv"), NEW_LEADERS, StandardCharsets.UTF_8);
        smtp.reset();
        run();
        assertThat(leaderRecipients()).containsExactly("zhao@pc.example.cn");
    }

    @Test
    void aRunStoredBeforeLeadersWereSnapshottedIsSentToLeadersCsvWithAWarning(CapturedOutput output) throws Exception {
        smtpUp();
        long runId = runWithoutEmail();
        // what a run stored by a version before V7 looks like: units and tasks, no leaders
        jdbc.update("DELETE FROM registry_leader WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM registry_snapshot WHERE run_id = ?", runId);
        Files.writeString(dir.resolve("job-config/leaders.csv"), NEW_LEADERS, StandardCharsets.UTF_8);
        assertThat(resend()).isZero();
        assertThat(leaderRecipients()).containsExactly("li@pc.example.cn", "zhao@pc.example.cn");
        assertThat(output.getAll())
                .contains("WARN")
                .contains("Run " + runId + " was stored before its leaders were kept with its registries: its leaders"
                        + " are read from " + dir.resolve("job-config/leaders.csv") + " as it is now");
    }

    @Test
    void aRunWithoutLeadersKeepsHavingNone() throws Exception {
        smtpUp();
        Files.delete(dir.resolve("job-config/leaders.csv"));
        long runId = runWithoutEmail();
        Files.writeString(dir.resolve("job-config/leaders.csv"), NEW_LEADERS, StandardCharsets.UTF_8);
        assertThat(resend()).isZero();
        assertThat(leaderRecipients()).isEmpty();
        assertThat(statuses(runId)).isEqualTo(Map.of("SENT", 5, "NO_ADDRESS", 1));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
