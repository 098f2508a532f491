package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.delivery.MimeSettings;
import org.reformreport.outputs.document.FileNames;
import org.reformreport.outputs.document.PdfText;
import org.reformreport.outputs.document.ReportFonts;
import org.reformreport.outputs.document.VeraPdf;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.support.FileHashes;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A month whose registry and forms hold what an office's data really holds: a name character
 * outside GB2312 (喆), a unit name too long for a file name, a name with "/", names that would
 * make the same file, a leader with a rare character, progress texts with •, m², an emoji, control
 * characters and a character no font has. The month completes, every unit report is there, valid
 * PDF/A-2b, showing the characters themselves (□ only for the one no face has), and mailed under
 * the name it was published with.
 */
@SpringBootTest(properties = "reform.command-line.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class H2OddCharactersJobTest {

    static {
        MimeSettings.install();
    }

    static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);
    static final int SMTP_PORT = freePort();

    /** 86 characters, 258 bytes in UTF-8: more than ext4 allows for a file name. */
    static final String LONG_NAME =
            "平川区人民政府办公室（区人民政府研究室、区大数据管理局、区政务服务中心）".repeat(3).substring(0, 86);
    /** Unassigned in Unicode: no font can have it. */
    static final String UNCOVERED = "\u0378";

    static final String UNITS = """
            单位编码,单位名称,单位类型,上级单位编码,联络员,联络员电话,联络员邮箱,负责人,负责人邮箱,启用月份,停用月份
            WZ,王喆街道,乡镇街道,,张敏,13900000001,wz@pc.example.cn,,,,
            LONG,%s,部门单位,,李娜,13900000002,long@pc.example.cn,,,,
            SL,甲/乙联合办公室,部门单位,,刘洋,13900000003,sl@pc.example.cn,,,,
            A,1_乙局,部门单位,,周婷,13900000004,a@pc.example.cn,,,,
            A_1,乙局,部门单位,,吴军,13900000005,a1@pc.example.cn,,,,
            """.formatted(LONG_NAME);
    static final String TASKS = """
            任务编号,任务名称,领衔领导,牵头单位编码,配合单位编码,开始月份,计划完成月份,类别
            T1,老旧小区•改造,李堃,WZ,,2026-01,2026-12,重点改革
            T2,数据共享改革,王某,LONG,,2026-01,2026-12,一般改革
            T3,联合办公改革,赵某,SL,,2026-01,2026-12,一般改革
            """;
    static final String T1_PROGRESS = "完成•改造面积1200m²，群众点赞👍，另有" + UNCOVERED + "待核";
    static final String T3_ACHIEVEMENTS = "惠及•居民2000户，新增绿地300m²";

    @DynamicPropertySource
    static void h2FileAndMail(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-odd-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db.resolve("reform") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("reform.mail.host", () -> "127.0.0.1");
        registry.add("reform.mail.port", () -> SMTP_PORT);
        registry.add("reform.mail.from", () -> "gaigeban@pc.example.cn");
        registry.add("reform.mail.timeout", () -> "5s");
    }

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private GreenMail smtp;

    @BeforeEach
    void plant() throws IOException {
        DatabaseCleaner.clean(jdbc);
        TestDistrict.writeConfig(dir.resolve("job-config"), UNITS, TASKS);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        String[] weeks = {"2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"};
        for (int i = 0; i < weeks.length; i++) {
            String due = LocalDate.parse(weeks[i]).plusDays(7).toString();
            rows.add(Forms.tally("WZ", weeks[i], new int[] {0, 1, 2, 3 + i, 4, 0, 0, 0, 0, 1}, due));
            rows.add(Forms.tally("LONG", weeks[i], new int[] {1, 0, 1, 2, 6, 0, 0, 0, 0, 0}, due));
            rows.add(Forms.tally("A_1", weeks[i], new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0}, due));
        }
        new Forms.Workbook().sheet("周报", rows).write(dir.resolve("inbox/周报.xlsx"));
        Forms.csv(
                dir.resolve("inbox/进展.csv"),
                StandardCharsets.UTF_8,
                true,
                List.of(
                        Forms.PROGRESS_HEADER,
                        List.of(
                                "T1",
                                "WZ",
                                "2026-10",
                                "滞后",
                                "40",
                                T1_PROGRESS,
                                "",
                                "资金•到位慢",
                                "",
                                "",
                                "",
                                "张敏",
                                "2026-11-02"),
                        List.of(
                                "T2",
                                "LONG",
                                "2026-10",
                                "按期推进",
                                "60",
                                "接口\u0001联调\t完成e\u0301\u200B，🚀上线",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "李娜",
                                "2026-11-02"),
                        List.of(
                                "T3",
                                "SL",
                                "2026-10",
                                "按期推进",
                                "",
                                "\uE000专项推进",
                                T3_ACHIEVEMENTS,
                                "",
                                "",
                                "",
                                "",
                                "刘洋",
                                "2026-11-02")));
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theMonthCompletesWithEveryCharacterDrawnAndEveryUnitReportPublishedAndMailed(CapturedOutput output)
            throws Exception {
        RunLauncher.Launched run =
                launcher.run(OCTOBER, dir.resolve("inbox"), dir.resolve("output"), dir.resolve("job-config"));
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path month = dir.resolve("output/2026-10");

        // Every unit's report, under a name the file system took: ordinary names as they are.
        Set<String> files = new TreeSet<>();
        try (Stream<Path> reports = Files.list(month.resolve("单位报告"))) {
            reports.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertThat(files).hasSize(5).contains("WZ_王喆街道.pdf", "SL_甲_乙联合办公室.pdf", "A_1_乙局（A）.pdf", "A_1_乙局（A_1）.pdf");
        String longFile =
                files.stream().filter(f -> f.startsWith("LONG_")).findFirst().orElseThrow();
        assertThat(longFile).startsWith("LONG_" + LONG_NAME.substring(0, 40)).endsWith("….pdf");
        assertThat(longFile.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(LONG_NAME).startsWith(longFile.substring("LONG_".length(), longFile.length() - "….pdf".length()));
        // The manifest and the stored outputs name the same files.
        Manifest manifest = MonthPublisher.read(month.resolve("manifest.json"));
        assertThat(manifest.outputs())
                .extracting(Manifest.Output::path)
                .filteredOn(p -> p.startsWith("单位报告/"))
                .containsExactlyInAnyOrderElementsOf(
                        files.stream().map(f -> "单位报告/" + f).toList());
        assertThat(jdbc.queryForObject(
                        "SELECT path FROM report_output WHERE run_id = ? AND unit_code = 'LONG'",
                        String.class,
                        run.execution().getJobInstanceId()))
                .isEqualTo("单位报告/" + longFile);

        // Each unit's mail carries its report under the published name, byte for byte.
        Map<String, Map<String, byte[]>> mail = received();
        assertThat(mail.get("long@pc.example.cn")).containsOnlyKeys(longFile);
        assertThat(sha256(mail.get("long@pc.example.cn").get(longFile)))
                .isEqualTo(FileHashes.sha256(month.resolve("单位报告/" + longFile)));
        assertThat(mail.get("sl@pc.example.cn")).containsOnlyKeys("SL_甲_乙联合办公室.pdf");
        assertThat(mail.get("a@pc.example.cn")).containsOnlyKeys("A_1_乙局（A）.pdf");
        assertThat(mail.get("a1@pc.example.cn")).containsOnlyKeys("A_1_乙局（A_1）.pdf");
        assertThat(new String(mail.get("a1@pc.example.cn").get("A_1_乙局（A_1）.pdf"), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");

        // The character no font has is told once, with where to correct it.
        List<String> told =
                output.getErr().lines().filter(l -> l.contains("U+0378")).toList();
        assertThat(told).hasSize(1);
        assertThat(told.get(0)).contains("WARN", "unit WZ", "task T1", "field 本月进展");
        assertThat(output.getErr().lines().filter(l -> l.contains("U+E000")).count())
                .isEqualTo(1);

        ReportFonts fonts = ReportFonts.load(Map.of());
        Assumptions.assumeTrue(fonts.allEmbedded(), "no CJK font files on this machine: PDF checks skipped");
        Path district = month.resolve("改革工作月报_2026年10月.pdf");
        assertThat(VeraPdf.failures(district)).as("district report").isEmpty();
        for (String f : files) {
            assertThat(VeraPdf.failures(month.resolve("单位报告/" + f))).as(f).isEmpty();
        }

        String wz = text(month.resolve("单位报告/WZ_王喆街道.pdf"));
        assertThat(wz)
                .contains("王喆街道2026年10月", "老旧小区•改造（滞后）", "完成•改造面积1200m²，群众点赞", "另有□待核")
                .doesNotContain(UNCOVERED);
        boolean symbola = symbolaInstalled();
        assertThat(wz).contains(symbola ? "群众点赞👍，另有" : "群众点赞□，另有");
        // 喆, • and ² come from the full CJK face, not the GB2312 body face; the emoji from Symbola.
        Set<String> faces = baseFonts(month.resolve("单位报告/WZ_王喆街道.pdf"));
        assertThat(faces).anyMatch(f -> f.contains("NotoSerifCJKsc-Regular"));
        if (symbola) {
            assertThat(faces).anyMatch(f -> f.contains("Symbola"));
        }
        assertThat(text(month.resolve("单位报告/" + longFile))).contains(LONG_NAME + "2026年10月", "接口联调完成é，");
        assertThat(text(month.resolve("单位报告/SL_甲_乙联合办公室.pdf"))).contains("甲/乙联合办公室", "□专项推进");

        String districtText = text(district);
        assertThat(districtText).contains("领衔领导：李堃", "惠及•居民2000户，新增绿地300m²", "王喆街道");
    }

    /** Whether fonts-symbola is installed (looked up on disk, not through the code under test). */
    private static boolean symbolaInstalled() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("/usr/share/fonts"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("Symbola"));
        }
    }

    private static String text(Path pdf) throws IOException {
        // Page numbers left out: they may fall inside a sentence that runs onto the next page.
        return String.join("", PdfText.pages(pdf)).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    private static Set<String> baseFonts(Path pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PdfDictionary fonts = doc.getPage(i).getResources().getResource(PdfName.Font);
                if (fonts != null) {
                    fonts.keySet()
                            .forEach(k -> names.add(fonts.getAsDictionary(k)
                                    .getAsName(PdfName.BaseFont)
                                    .getValue()));
                }
            }
        }
        return names;
    }

    /** Attachments by decoded file name, by recipient. */
    private Map<String, Map<String, byte[]>> received() throws Exception {
        Map<String, Map<String, byte[]>> byRecipient = new LinkedHashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String to = ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            Map<String, byte[]> attachments = byRecipient.computeIfAbsent(to, k -> new LinkedHashMap<>());
            collect(m, attachments);
        }
        return byRecipient;
    }

    private static void collect(Part part, Map<String, byte[]> attachments) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                attachments.put(part.getFileName(), out.toByteArray());
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
