package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.reformreport.weekly.WeeklyRound;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly round as a careless office and a hostile liaison try it, end to end against GreenMail:
 * a file of 5,000 rejected rows with long reasons, names full of line breaks, HTML, bidi overrides
 * and emoji, addresses that are no addresses, unit codes in full width, a unit added after its
 * rows were refused, SMTP down or the run failing between recording and sending, and a district of
 * 3,000 units. Read back from the mail received and the outbox. Subclasses pick the database;
 * the settings are {@link WeeklyRoundScenario#mail}'s (2 attempts, office address set).
 */
abstract class WeeklyHostileScenario {

    static {
        MimeSettings.install();
    }

    static final String OFFICE_EMAIL = WeeklyRoundScenario.OFFICE_EMAIL;
    private static final int TEXT_COLUMN = 65_535;

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
        startSmtp();
        on("2026-11-18T10:00");
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        DeliveryJobScenario.onPause = () -> {};
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(WeeklyRoundScenario.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    // ---- 1. one unit, 5,000 rejected rows with long reasons ----

    @Test
    void fiveThousandRejectedRowsWithLongReasonsMakeOneReceiptThatListsAFewAndFitsTheOutbox() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", "2026-11-02", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-09"));
        java.util.Random words = new java.util.Random(13);
        for (int i = 0; i < 5_000; i++) {
            // a week start pasted as a paragraph: the intake quotes it whole in the reason (varied
            // text: the same sentence 5,000 times packs so well that the reader takes it for a zip bomb)
            StringBuilder paragraph = new StringBuilder("2026年11月第" + i + "周&<宣传报道情况说明>");
            for (int c = 0; c < 600; c++) {
                paragraph.appendCodePoint(0x4E00 + words.nextInt(0x5000));
            }
            String cell = paragraph.toString();
            rows.add(Forms.tally("CZJD", cell, new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, "2026-11-16"));
        }
        new Forms.Workbook().sheet("11月", rows).write(inbox.resolve("长征街道周报.xlsx"));

        WeeklyLauncher.Launched run = receive();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Integer rejected = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row", Integer.class);
        assertThat(rejected).isEqualTo(5_000);

        List<Received> mail = received();
        assertThat(mail).extracting(Received::to).containsExactly("czjd@pc.example.cn");
        Received receipt = mail.get(0);
        assertThat(receipt.subject()).isEqualTo("【回执】长征街道报送的“长征街道周报.xlsx”已收到，其中5000行未通过校验，请更正后重报");
        int listed = (int)
                receipt.text().lines().filter(l -> l.startsWith("　　工作表“11月”第")).count();
        Matcher more = Pattern.compile("……另有(\\d+)条未列出").matcher(receipt.text());
        assertThat(more.find()).isTrue();
        assertThat(listed).isPositive().isLessThanOrEqualTo(100); // reform.weekly.listed-rows
        assertThat(listed + Integer.parseInt(more.group(1))).isEqualTo(5_000);
        assertThat(receipt.text()).contains("已计入1行，未通过校验退回5000行", "下一个报送截止日为");
        // what the outbox kept is what was sent, whole, and within MySQL's TEXT
        Map<String, Object> stored = jdbc.queryForMap("SELECT body_text, body_html, status FROM mail_outbox");
        assertThat(value(stored, "status")).isEqualTo("SENT");
        String text = (String) value(stored, "body_text");
        String html = (String) value(stored, "body_html");
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TEXT_COLUMN);
        assertThat(receipt.text().replace("\r\n", "\n").strip()).isEqualTo(text.strip());
        assertThat(receipt.html()).contains("&amp;&lt;宣传报道情况说明&gt;").doesNotContain("<宣传报道情况说明>");
    }

    // ---- 2. names with line breaks, HTML, bidi overrides, emoji, 200 characters ----

    @Test
    void hostileNamesArriveIntactEscapedAndTheSubjectOnOneLine() throws Exception {
        String unitName = pad("长征\n街道<script>alert('x')</script>&amp;\u202Eexe.xlsx🎉", 200);
        // and a liaison whose name would end the To header and start one of its own
        TestDistrict.writeConfig(
                config,
                TestDistrict.UNITS
                        .replace("CZJD,长征街道,", "CZJD,\"" + unitName + "\",")
                        .replace("张敏,", "\"Zhang Min\r\nBcc: evil@example.com\","),
                TestDistrict.TASKS);
        String sheet = "11月\n<i>&\u202E🎉";
        String file = "周报\n<img src=x onerror=alert(1)>&\u202Excod.exe🎉{退回明细}.xlsx";
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", "2026-11-02", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-09"));
        rows.add(Forms.tally("CZJD", "2026-11-11", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        new Forms.Workbook().sheet(sheet, rows).write(inbox.resolve(file));

        assertThat(receive().execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Received> mail = received();
        assertThat(mail).extracting(Received::to).containsExactly("czjd@pc.example.cn");
        Received r = mail.get(0);
        String flatUnit = unitName.replace('\n', ' ');
        String flatFile = file.replace('\n', ' ');
        String flatSheet = sheet.replace('\n', ' ');
        // folded, perhaps, but no line of its own: nothing after a line break that is not a fold
        assertThat(r.rawSubject()).doesNotContainPattern("[\r\n](?![ \t\r\n])");
        assertThat(r.rawTo()).doesNotContainPattern("[\r\n](?![ \t\r\n])").contains("Zhang Min");
        assertThat(r.bcc()).isNull();
        assertThat(r.subject()).doesNotContain("\n", "\r").startsWith("【回执】").contains(flatFile);
        assertThat(r.text())
                .contains("\u2068" + flatUnit + "\u2069的数据共2行")
                .contains("收到“\u2068" + flatFile + "\u2069”")
                .contains("工作表“\u2068" + flatSheet + "\u2069”第3行：周起始日须为星期一")
                .contains("{退回明细}");
        assertThat(r.html())
                .contains("街道&lt;script&gt;alert('x')&lt;/script&gt;&amp;amp;\u202Eexe.xlsx🎉")
                .contains("周报 &lt;img src=x onerror=alert(1)&gt;&amp;\u202Excod.exe🎉")
                .contains("11月 &lt;i&gt;&amp;\u202E🎉")
                .doesNotContain("<script>", "<img", "<i>");

        // the reminder and the office's list of the week carry the same name, as safely
        on("2026-11-24T09:00");
        remind("2026-11-16");
        List<Received> reminders =
                received().stream().filter(m -> m.subject().startsWith("【催报")).toList();
        Received list = only(reminders, OFFICE_EMAIL);
        assertThat(list.text()).contains("\u2068" + flatUnit + "\u2069（CZJD）");
        assertThat(list.html()).contains("&lt;script&gt;").doesNotContain("<script>");
        Received reminder = only(reminders, "czjd@pc.example.cn");
        assertThat(reminder.subject()).doesNotContain("\n");
        assertThat(reminder.text()).contains("\u2068" + flatUnit + "\u2069");
    }

    // ---- 3. addresses that are no addresses ----

    @Test
    void aUnitWithAMalformedOrBlankAddressIsRecordedWithoutOneAndNothingCrashes() throws Exception {
        TestDistrict.writeConfig(
                config,
                TestDistrict.UNITS
                        .replace("czjd@pc.example.cn,王强", "czjd at pc.example.cn,王强")
                        .replace("dlljd@pc.example.cn", " "),
                TestDistrict.TASKS);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("DLLJD", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("FGJ", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        new Forms.Workbook().sheet("周报", rows).write(inbox.resolve("周报.xlsx"));

        WeeklyLauncher.Launched run = receive();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(received()).extracting(Received::to).containsExactly("fgj@pc.example.cn");
        assertThat(statuses(run.runId()))
                .isEqualTo(Map.of("RECEIPT CZJD NO_ADDRESS", 1, "RECEIPT DLLJD NO_ADDRESS", 1, "RECEIPT FGJ SENT", 1));
        // told once: the next receive does not try them again
        assertThat(outbox.lines(receive().runId())).isEmpty();
    }

    @Test
    void emailOffRecordsNothingAndNobodyIsToldLater() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        new Forms.Workbook().sheet("周报", rows).write(inbox.resolve("周报.xlsx"));
        Files.writeString(inbox.resolve("坏.xlsx"), "not a workbook");

        WeeklyLauncher.Launched off = weekly.receive(inbox, output, config, EmailMode.OFF);
        assertThat(off.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tally_row", Integer.class))
                .isEqualTo(1);
        receive();
        // the workbook was taken in without email: nobody hears of it; the broken file, read again, does
        assertThat(received()).extracting(Received::subject).containsExactly("【收件提醒】“坏.xlsx”无法导入");
    }

    // ---- 4. unit codes in full width and lower case ----

    @Test
    void aUnitsCodeInFullWidthOrLowerCaseIsStillOneUnitWithOneReceipt() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("ｃｚｊｄ", "2026-11-02", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-09"));
        rows.add(Forms.tally("czjd", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally(" CZJD ", "2026-11-11", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("ＣＺＪＤ", "2026-11-16", new int[] {-1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "2026-11-16"));
        new Forms.Workbook().sheet("周报", rows).write(inbox.resolve("周报.xlsx"));

        receive();
        List<Received> mail = received();
        assertThat(mail).extracting(Received::to).containsExactly("czjd@pc.example.cn");
        assertThat(mail.get(0).text())
                .contains("长征街道的数据共4行：已计入2行，未通过校验退回2行")
                .contains("工作表“周报”第4行：周起始日须为星期一")
                .contains("已报送2周（按时2周、迟报0周），无缺报");
        assertThat(jdbc.queryForList("SELECT DISTINCT unit_code FROM tally_row", String.class))
                .containsExactly("CZJD");
    }

    // ---- 5. a unit added after its rows were refused ----

    @Test
    void aUnitAddedAfterItsRowsWereRefusedGetsItsReceiptAndNobodyElseIsToldAgain() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("X99", "2026-11-09", new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("FGJ", "2026-11-09", new int[] {0, 0, 1, 1, 0, 0, 0, 0, 0, 0}, "2026-11-16"));
        new Forms.Workbook().sheet("周报", rows).write(inbox.resolve("联合周报.xlsx"));
        receive();
        assertThat(received())
                .extracting(Received::to)
                .containsExactlyInAnyOrder("czjd@pc.example.cn", "fgj@pc.example.cn", OFFICE_EMAIL);

        on("2026-11-18T14:00");
        TestDistrict.writeConfig(
                config,
                TestDistrict.UNITS + "X99,新区管委会,部门单位,,钱坤,13900000099,x99@pc.example.cn,,,,\n",
                TestDistrict.TASKS);
        WeeklyLauncher.Launched again = receive();
        // read again under the new registry, the same file: its row of X99 now counts
        assertThat(again.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tally_row WHERE unit_code = 'X99'", Integer.class))
                .isEqualTo(1);
        List<Received> mail = received();
        assertThat(mail).extracting(Received::to).containsExactly("x99@pc.example.cn");
        assertThat(mail.get(0).subject()).isEqualTo("【回执】新区管委会报送的“联合周报.xlsx”已收到");
        assertThat(mail.get(0).text()).contains("钱坤同志", "新区管委会的数据共1行：已计入1行").doesNotContain("长征街道", "FGJ");
        assertThat(statuses(again.runId())).isEqualTo(Map.of("RECEIPT X99 SENT", 1));
        assertThat(outbox.lines(receive().runId())).isEmpty();
    }

    // ---- 6. sending cut short after the receipts were recorded ----

    @Test
    void receiptsLeftUndeliveredBySmtpDownReachEachUnitOnceThroughResend() throws Exception {
        threeUnitsSend("周报.xlsx");
        smtp.stop(); // nothing listens: both attempts fail
        WeeklyLauncher.Launched down = receive();
        assertThat(down.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statuses(down.runId()))
                .isEqualTo(Map.of("RECEIPT CZJD FAILED", 1, "RECEIPT DLLJD FAILED", 1, "RECEIPT FGJ FAILED", 1));

        startSmtp();
        WeeklyLauncher.Launched next = receive();
        assertThat(outbox.lines(next.runId())).isEmpty(); // a receive does not tell the same file again
        assertThat(received()).isEmpty();
        WeeklyRound.ResentWeekly resent = round.resendUndelivered();
        assertThat(resent.result().sent()).isEqualTo(3);
        assertThat(round.resendUndelivered().result().sent()).isZero();
        receive();
        assertThat(received())
                .extracting(Received::to)
                .containsExactlyInAnyOrder("czjd@pc.example.cn", "dlljd@pc.example.cn", "fgj@pc.example.cn");
    }

    @Test
    void aReceiveThatFailedAfterRecordingIsResumedAndSendsEachReceiptOnce() throws Exception {
        threeUnitsSend("周报.xlsx");
        smtp.stop();
        // the first attempt fails (SMTP down); the run then dies before the second, its receipts recorded
        DeliveryJobScenario.onPause = () -> {
            throw new IllegalStateException("killed between rounds");
        };
        WeeklyLauncher.Launched failed = receive();
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(statuses(failed.runId()))
                .isEqualTo(Map.of("RECEIPT CZJD PENDING", 1, "RECEIPT DLLJD PENDING", 1, "RECEIPT FGJ PENDING", 1));

        DeliveryJobScenario.onPause = () -> {};
        startSmtp();
        threeUnitsSend("第二份周报.xlsx", "2026-11-02"); // dropped meanwhile: the resumed run leaves it to the next receive
        WeeklyLauncher.Launched resumed = receive();
        assertThat(resumed.restart()).isTrue();
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(resumed.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(received())
                .extracting(Received::subject)
                .containsExactlyInAnyOrder(
                        "【回执】长征街道报送的“周报.xlsx”已收到", "【回执】电力路街道报送的“周报.xlsx”已收到", "【回执】区发改局报送的“周报.xlsx”已收到");
        assertThat(statuses(failed.runId()))
                .isEqualTo(Map.of("RECEIPT CZJD SENT", 1, "RECEIPT DLLJD SENT", 1, "RECEIPT FGJ SENT", 1));

        receive();
        assertThat(received())
                .extracting(Received::subject)
                .containsExactlyInAnyOrder(
                        "【回执】长征街道报送的“第二份周报.xlsx”已收到", "【回执】电力路街道报送的“第二份周报.xlsx”已收到", "【回执】区发改局报送的“第二份周报.xlsx”已收到");
        assertThat(round.resendUndelivered().result().sent()).isZero();
        receive();
        assertThat(received()).isEmpty();
    }

    // ---- 7. a district of 3,000 units and one shared workbook ----

    @Test
    void aSharedWorkbookOfThreeThousandUnitsSendsThreeThousandReceipts() throws Exception {
        int units = 3_000;
        StringBuilder registry =
                new StringBuilder(TestDistrict.UNITS.lines().findFirst().orElseThrow() + "\n");
        List<List<Object>> first = new ArrayList<>();
        List<List<Object>> fix = new ArrayList<>();
        first.add(new ArrayList<>(Forms.TALLY_HEADER));
        fix.add(new ArrayList<>(Forms.TALLY_HEADER));
        for (int i = 1; i <= units; i++) {
            String code = String.format("U%04d", i);
            registry.append(code)
                    .append(",第")
                    .append(i)
                    .append("单位,乡镇街道,,联络员")
                    .append(i)
                    .append(",139")
                    .append(String.format("%08d", i))
                    .append(',')
                    .append(code.toLowerCase(java.util.Locale.ROOT))
                    .append("@pc.example.cn,,,,\n");
            first.add(Forms.tally(code, "2026-11-09", new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-15"));
            fix.add(Forms.tally(code, "2026-11-09", new int[] {0, 0, 2, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        }
        TestDistrict.writeConfig(config, registry.toString(), "任务编号,任务名称,领衔领导,牵头单位编码,配合单位编码,开始月份,计划完成月份,类别\n");
        new Forms.Workbook().sheet("周报", first).write(inbox.resolve("全区周报.xlsx"));

        WeeklyLauncher.Launched run = receive();
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        report("3,000 units, first workbook", run);
        assertThat(smtp.getReceivedMessages()).hasSize(units);

        // the whole district corrects its week: 3,000 receipts, each naming the row it replaced
        new Forms.Workbook().sheet("更正", fix).write(inbox.resolve("全区周报_更正.xlsx"));
        WeeklyLauncher.Launched correction = receive();
        report("3,000 units, correcting workbook", correction);
        assertThat(smtp.getReceivedMessages()).hasSize(2 * units);
        assertThat(statuses(correction.runId()).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(units);
        String anyReceipt = (String) jdbc.queryForObject(
                "SELECT body_text FROM mail_outbox WHERE run_id = ? AND unit_code = 'U1234'",
                String.class,
                correction.runId());
        assertThat(anyReceipt).contains("“全区周报.xlsx”工作表“周报”第1235行（周起始日2026-11-09）→ 本文件工作表“更正”第1235行");
    }

    @Test
    void aCorrectedProgressRowIsNamedInTheReceiptOfTheFileThatCorrectedIt() throws Exception {
        Forms.csv(
                inbox.resolve("进展.csv"),
                StandardCharsets.UTF_8,
                true,
                List.of(
                        Forms.PROGRESS_HEADER,
                        List.of(
                                "GG-01",
                                "FGJ",
                                "2026-11",
                                "按期推进",
                                "40",
                                "推进",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "刘洋",
                                "2026-11-16")));
        receive();
        assertThat(received()).extracting(Received::to).containsExactly("fgj@pc.example.cn");

        on("2026-11-19T09:00");
        Forms.csv(
                inbox.resolve("进展_更正.csv"),
                StandardCharsets.UTF_8,
                true,
                List.of(
                        Forms.PROGRESS_HEADER,
                        List.of("GG-01", "CZJD", "2026-11", "按期推进", "30", "配合", "", "", "", "", "", "张敏", "2026-11-18"),
                        List.of(
                                "GG-01",
                                "FGJ",
                                "2026-11",
                                "按期推进",
                                "50",
                                "推进",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "刘洋",
                                "2026-11-18")));
        receive();
        List<Received> mail = received();
        assertThat(mail).extracting(Received::to).containsExactlyInAnyOrder("fgj@pc.example.cn", "czjd@pc.example.cn");
        assertThat(only(mail, "fgj@pc.example.cn").text())
                .contains("本文件更正了此前报送的以下数据", "“进展.csv”第2行（任务GG-01 2026-11）→ 本文件第3行");
        assertThat(only(mail, "czjd@pc.example.cn").text()).doesNotContain("本文件更正了此前报送的以下数据");
    }

    /** The steps' times, for the log: how the receipts scale is measured here, not asserted. */
    private static void report(String what, WeeklyLauncher.Launched run) {
        StringBuilder line = new StringBuilder("TIMING " + what + ":");
        for (StepExecution s : run.execution().getStepExecutions()) {
            long ms =
                    java.time.Duration.between(s.getStartTime(), s.getEndTime()).toMillis();
            line.append(' ').append(s.getStepName()).append('=').append(ms).append("ms");
        }
        System.out.println(line);
    }

    // ---- helpers ----

    private void threeUnitsSend(String file) throws IOException {
        threeUnitsSend(file, "2026-11-09");
    }

    private void threeUnitsSend(String file, String week) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally("CZJD", week, new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("DLLJD", week, new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        rows.add(Forms.tally("FGJ", week, new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, "2026-11-16"));
        new Forms.Workbook().sheet("周报", rows).write(inbox.resolve(file));
    }

    private WeeklyLauncher.Launched receive() throws Exception {
        return weekly.receive(inbox, output, config, EmailMode.SEND);
    }

    private WeeklyLauncher.Launched remind(String week) throws Exception {
        return weekly.remind(java.time.LocalDate.parse(week), inbox, output, config, EmailMode.SEND);
    }

    private void on(String time) {
        clock.set(ZonedDateTime.of(LocalDateTime.parse(time), WeeklyRoundScenario.OFFICE));
    }

    /** "RECEIPT CZJD SENT" → how many of the run's messages stand so. */
    private Map<String, Integer> statuses(long runId) {
        Map<String, Integer> counts = new TreeMap<>();
        outbox.lines(runId)
                .forEach(l -> counts.merge(l.kind() + " " + l.unitCode() + " " + l.status(), 1, Integer::sum));
        return counts;
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }

    private static String pad(String s, int length) {
        StringBuilder out = new StringBuilder(s);
        while (out.length() < length) {
            out.append('名');
        }
        return out.toString();
    }

    private static Received only(List<Received> mail, String to) {
        List<Received> of = mail.stream().filter(m -> m.to().equals(to)).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    /** One message received: to whom, its subject (decoded and as sent), its plain text and HTML. */
    record Received(
            String id,
            String to,
            String subject,
            String rawSubject,
            String rawTo,
            String[] bcc,
            String text,
            String html) {}

    private final Set<String> seen = new HashSet<>();

    /** The messages received since the last call. */
    private List<Received> received() throws Exception {
        List<Received> fresh = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (!seen.add(m.getMessageID())) {
                continue;
            }
            String[] parts = new String[2];
            walk(m, parts);
            fresh.add(new Received(
                    m.getMessageID(),
                    ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress(),
                    m.getSubject(),
                    m.getHeader("Subject", null),
                    m.getHeader("To", null),
                    m.getHeader("Bcc"),
                    parts[0],
                    parts[1]));
        }
        return fresh;
    }

    private static void walk(Part part, String[] parts) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), parts);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        } else if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = (String) part.getContent();
        }
    }
}
