package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.intake.read.HostileFiles;
import org.reformreport.registry.RegistryCsvLoader;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.reformreport.weekly.WeeklyRound;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The weekly round end to end against a real SMTP server (GreenMail): receipts with exactly each
 * unit's own rows, once per file and unit; the office told of what nobody else can be; reminders to
 * exactly the units missing the week, once, and the office's list of them. Read back from the
 * messages received and the outbox. Subclasses pick the database.
 */
abstract class WeeklyRoundScenario {

    static {
        MimeSettings.install();
    }

    static final int SMTP_PORT = freePort();
    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static final String OFFICE_EMAIL = "office@pc.example.cn";

    static void mail(DynamicPropertyRegistry registry) {
        registry.add("reform.mail.host", () -> "127.0.0.1");
        registry.add("reform.mail.port", () -> SMTP_PORT);
        registry.add("reform.mail.from", () -> "gaigeban@pc.example.cn");
        registry.add("reform.mail.attempts", () -> 2);
        registry.add("reform.mail.timeout", () -> "5s");
        registry.add("reform.weekly.office-email", () -> OFFICE_EMAIL);
    }

    @Autowired
    WeeklyLauncher weekly;

    @Autowired
    WeeklyRound round;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    Path inbox;
    Path config;
    Path output;
    private GreenMail smtp;

    @BeforeEach
    void freshOffice() throws IOException {
        DatabaseCleaner.clean(jdbc);
        inbox = Files.createDirectories(dir.resolve("inbox"));
        output = dir.resolve("output");
        config = TestDistrict.writeConfig(dir.resolve("job-config"));
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    /** One received message: to whom, its subject, its plain text, its attachments' names. */
    record Received(String id, String to, String subject, String text, List<String> attachments) {}

    /** Message-IDs already looked at by {@link #fresh} (GreenMail lists messages by mailbox, not by time). */
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    /** The messages received since the last call. */
    List<Received> fresh() throws Exception {
        List<Received> fresh = new ArrayList<>();
        for (Received r : received()) {
            if (seen.add(r.id())) {
                fresh.add(r);
            }
        }
        return fresh;
    }

    @Test
    void eachUnitGetsAReceiptWithItsOwnRowsOnceAndTheOfficeHearsOfWhatNobodyElseCan() throws Exception {
        on("2026-11-18T10:00");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", "2026-11-02", new int[] {0, 1, 2, 3, 4, 0, 0, 0, 0, 1}, "2026-11-09")); // row 2
        rows.add(Forms.tally("CZJD", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16")); // row 3
        rows.add(Forms.tally("DLLJD", "2026-11-02", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-09")); // 4
        rows.add(Forms.tally("DLLJD", "2026-11-11", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16")); // 5
        rows.add(Forms.tally("FGJ", "2026-11-02", new int[] {0, 0, 1, 1, 0, 5, 0, 0, 0, 0}, "2026-11-09")); // 6
        rows.add(Forms.tally("FGJ", "2026-11-09", new int[] {1, 0, 1, 2, 6, 0, 0, 0, 0, 0}, "2026-11-16")); // 7
        rows.add(Forms.tally("X99", "2026-11-09", new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "2026-11-16")); // 8
        new Forms.Workbook().sheet("11月", rows).write(inbox.resolve("周报.xlsx"));
        HostileFiles.randomBytes(inbox.resolve("坏文件.xlsx"));

        assertThat(receive().execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Received> mail = fresh();
        assertThat(mail)
                .extracting(Received::to)
                .containsExactlyInAnyOrder(
                        "czjd@pc.example.cn", "dlljd@pc.example.cn", "fgj@pc.example.cn", OFFICE_EMAIL, OFFICE_EMAIL);

        Received czjd = to(mail, "czjd@pc.example.cn").get(0);
        assertThat(czjd.subject()).isEqualTo("【回执】长征街道报送的“周报.xlsx”已收到");
        assertThat(czjd.text())
                .contains("张敏同志", "长征街道的数据共2行：已计入2行，未通过校验退回0行")
                .contains("2026年11月已结束的2周中，你单位已报送2周（按时2周、迟报0周），无缺报")
                .contains("下一个报送截止日为2026年11月23日，届时请报送11月第3周（11.16—11.22）周报表。")
                .doesNotContain("DLLJD", "电力路街道", "X99", "周起始日须为星期一", "专栏稿件");

        Received dlljd = to(mail, "dlljd@pc.example.cn").get(0);
        assertThat(dlljd.subject()).isEqualTo("【回执】电力路街道报送的“周报.xlsx”已收到，其中1行未通过校验，请更正后重报");
        assertThat(dlljd.text())
                .contains("已计入1行，未通过校验退回1行")
                .contains("工作表“11月”第5行：周起始日须为星期一")
                .contains("尚缺第2周（11.9—11.15），请尽快补报")
                .doesNotContain("第6行", "第8行", "X99", "长征街道", "专栏稿件");

        Received fgj = to(mail, "fgj@pc.example.cn").get(0);
        assertThat(fgj.text())
                .containsPattern("工作表“11月”第6行：专栏稿件\\(5\\)大于媒体合计\\(2\\)")
                .doesNotContain("第5行", "周起始日须为星期一", "X99");

        List<Received> office = to(mail, OFFICE_EMAIL);
        assertThat(office)
                .extracting(Received::subject)
                .containsExactlyInAnyOrder("【收件提醒】“坏文件.xlsx”无法导入", "【收件提醒】“周报.xlsx”中有1行无法对应到已知单位");
        assertThat(office.stream().map(Received::text).collect(Collectors.joining()))
                .contains("工作表“11月”第8行：未知单位编码 X99", "不是有效的xlsx文件");

        // the same inbox again: nothing new, nobody told twice
        WeeklyLauncher.Launched again = receive();
        assertThat(fresh()).isEmpty();
        assertThat(outbox.lines(again.runId())).isEmpty();

        // DLLJD corrects its week; its receipt says which earlier row the correction replaced
        on("2026-11-19T09:00");
        List<List<Object>> fix = new ArrayList<>();
        fix.add(new ArrayList<>(Forms.TALLY_HEADER));
        fix.add(Forms.tally("DLLJD", "2026-11-02", new int[] {0, 0, 2, 2, 2, 0, 0, 0, 0, 0}, "2026-11-18"));
        fix.add(Forms.tally("DLLJD", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-18"));
        new Forms.Workbook().sheet("更正", fix).write(inbox.resolve("电力路街道_更正.xlsx"));
        receive();
        List<Received> after = fresh();
        assertThat(after).hasSize(1);
        Received correction = after.get(0);
        assertThat(correction.to()).isEqualTo("dlljd@pc.example.cn");
        assertThat(correction.text())
                .contains("已计入2行")
                .contains("“周报.xlsx”工作表“11月”第4行（周起始日2026-11-02）→ 本文件工作表“更正”第2行")
                // the correction of 11-02 is dated 11-18: that week now counts as 迟报
                .contains("2026年11月已结束的2周中，你单位已报送2周（按时0周、迟报2周），无缺报");
    }

    @Test
    void aReminderGoesOnceToEachUnitMissingTheWeekAndTheOfficeGetsTheList() throws Exception {
        // the week of 11-09 is due 11-16; CZJD and FGJ send theirs, DLLJD and SJJ (no address) do not
        on("2026-11-16T18:00");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("FGJ", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        new Forms.Workbook().sheet("周报", rows).write(inbox.resolve("周报.xlsx"));
        receive();
        assertThat(fresh()).hasSize(2);

        on("2026-11-17T09:00");
        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        round.dryRunReminders(
                new RegistryCsvLoader().load(config).registry(),
                LocalDate.parse("2026-11-09"),
                LocalDate.parse("2026-11-17"),
                new PrintStream(listing, true, StandardCharsets.UTF_8));
        assertThat(listing.toString(StandardCharsets.UTF_8))
                .contains("2 units would be reminded", "DLLJD", "dlljd@pc.example.cn", "SJJ", "no address")
                .doesNotContain("CZJD", "FGJ");
        assertThat(fresh()).isEmpty(); // a dry run sends nothing

        WeeklyLauncher.Launched first = remind("2026-11-09");
        assertThat(first.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Received> mail = fresh();
        assertThat(mail).extracting(Received::to).containsExactlyInAnyOrder("dlljd@pc.example.cn", OFFICE_EMAIL);
        Received reminder = to(mail, "dlljd@pc.example.cn").get(0);
        assertThat(reminder.subject()).isEqualTo("【催报】请报送2026年11月第2周（11.9—11.15）宣传报道周报表");
        assertThat(reminder.text())
                .contains("李娜同志", "应于2026年11月16日前报送", "截至2026年11月17日尚未收到", "空白报表见附件“宣传报道周报表（模板）.xlsx”");
        assertThat(reminder.attachments()).containsExactly("宣传报道周报表（模板）.xlsx");
        Received list = to(mail, OFFICE_EMAIL).get(0);
        assertThat(list.subject()).isEqualTo("【催报名单】2026年11月第2周（11.9—11.15）周报表未报送单位2个");
        assertThat(list.text())
                .contains("1. 电力路街道（DLLJD），联络员李娜 13900000002，催报已发至dlljd@pc.example.cn")
                .contains("2. 区市场监管局（SJJ），联络员周婷 13900000004，无可用邮箱，未能发送催报，请电话催报")
                .doesNotContain("长征街道", "区发改局");
        assertThat(statuses(first.runId()))
                .isEqualTo(Map.of("REMINDER SENT", 1, "REMINDER NO_ADDRESS", 1, "OFFICE SENT", 1));

        // a second remind for the week tells nobody again
        WeeklyLauncher.Launched second = remind("2026-11-09");
        assertThat(fresh()).isEmpty();
        assertThat(outbox.lines(second.runId())).isEmpty();

        // DLLJD sends its week late; the next remind gives it a receipt and no second reminder
        on("2026-11-18T09:00");
        List<List<Object>> late = new ArrayList<>();
        late.add(new ArrayList<>(Forms.TALLY_HEADER));
        late.add(Forms.tally("DLLJD", "2026-11-09", new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, "2026-11-18"));
        new Forms.Workbook().sheet("周报", late).write(inbox.resolve("电力路街道.xlsx"));
        remind("2026-11-09");
        List<Received> third = fresh();
        assertThat(third).extracting(Received::to).containsExactly("dlljd@pc.example.cn");
        assertThat(third.get(0).subject()).startsWith("【回执】");
        assertThat(third.get(0).text())
                .contains("已报送1周（按时0周、迟报1周），尚缺第1周（11.2—11.8），请尽快补报")
                .doesNotContain("第2周（11.9");

        // the next week: only DLLJD has sent, so only CZJD and FGJ are reminded
        on("2026-11-24T09:00");
        List<List<Object>> next = new ArrayList<>();
        next.add(new ArrayList<>(Forms.TALLY_HEADER));
        next.add(Forms.tally("DLLJD", "2026-11-16", new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, "2026-11-23"));
        new Forms.Workbook().sheet("周报", next).write(inbox.resolve("电力路街道_第3周.xlsx"));
        remind("2026-11-16");
        List<Received> week3 = fresh();
        assertThat(week3.stream().filter(r -> r.subject().startsWith("【催报】")).map(Received::to))
                .containsExactlyInAnyOrder("czjd@pc.example.cn", "fgj@pc.example.cn");
        assertThat(week3.stream().filter(r -> r.subject().startsWith("【催报名单】")))
                .singleElement()
                .satisfies(r -> assertThat(r.subject()).endsWith("未报送单位3个"));
    }

    @Test
    void aProgressFormGetsItsReceiptToo() throws Exception {
        on("2026-11-18T10:00");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.PROGRESS_HEADER));
        rows.add(new ArrayList<>(
                List.of("GG-01", "FGJ", "2026-11", "按期推进", 60, "推进中", "", "", "", "", "", "刘洋", "2026-11-17")));
        rows.add(new ArrayList<>(
                List.of("GG-99", "FGJ", "2026-11", "按期推进", 60, "推进中", "", "", "", "", "", "刘洋", "2026-11-17")));
        new Forms.Workbook().sheet("进展", rows).write(inbox.resolve("区发改局_改革任务进展表.xlsx"));
        receive();
        List<Received> mail = fresh();
        assertThat(mail).extracting(Received::to).containsExactly("fgj@pc.example.cn");
        assertThat(mail.get(0).text()).contains("区发改局的数据共2行：已计入1行，未通过校验退回1行").contains("工作表“进展”第3行：未知任务编号 GG-99");
    }

    private WeeklyLauncher.Launched receive() throws Exception {
        return weekly.receive(inbox, output, config, EmailMode.SEND);
    }

    private WeeklyLauncher.Launched remind(String week) throws Exception {
        return weekly.remind(LocalDate.parse(week), inbox, output, config, EmailMode.SEND);
    }

    private void on(String time) {
        clock.set(ZonedDateTime.of(java.time.LocalDateTime.parse(time), OFFICE));
    }

    private Map<String, Integer> statuses(long runId) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        outbox.lines(runId).forEach(l -> counts.merge(l.kind() + " " + l.status(), 1, Integer::sum));
        return counts;
    }

    private static List<Received> to(List<Received> mail, String address) {
        return mail.stream().filter(r -> r.to().equals(address)).toList();
    }

    List<Received> received() throws Exception {
        List<Received> all = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String[] text = new String[1];
            List<String> attachments = new ArrayList<>();
            walk(m, text, attachments);
            all.add(new Received(
                    m.getMessageID(),
                    ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress(),
                    m.getSubject(),
                    text[0],
                    attachments));
        }
        return all;
    }

    private static void walk(Part part, String[] text, List<String> attachments) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), text, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part.getFileName());
            // the name as Outlook, Foxmail and Coremail read it (RFC 2047) and as RFC 2231 has it
            assertThat(part.getHeader("Content-Type")[0]).contains("name=\"=?UTF-8?B?");
            assertThat(part.getHeader("Content-Disposition")[0])
                    .contains("filename=\"=?UTF-8?B?", "filename*=UTF-8''")
                    .doesNotContain("filename*0");
        } else if (part.isMimeType("text/plain") && text[0] == null) {
            text[0] = (String) part.getContent();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
