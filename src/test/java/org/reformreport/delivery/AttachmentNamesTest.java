package org.reformreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.outputs.document.FileNames;
import org.reformreport.support.FileHashes;
import org.springframework.boot.mail.autoconfigure.MailProperties;

/**
 * Attachment names as the clients offices use will read them: the message SmtpMailer composes is
 * written to bytes, its raw header lines checked (RFC 2047 name= and filename=, an unsplit RFC 2231
 * filename*, no line over 998 octets), and every name decoded by two MIME parsers that share no
 * code, Jakarta Mail and Apache James mime4j.
 */
class AttachmentNamesTest {

    static {
        MimeSettings.install();
    }

    /** A unit name of 200 characters, as long as units.csv allows. */
    static final String LONG_UNIT = longUnitName();

    private static String longUnitName() {
        StringBuilder sb = new StringBuilder("平川区长征街道");
        while (sb.codePointCount(0, sb.length()) < 200) {
            sb.append("综合改革试点工作领导小组办公室（联络组）");
        }
        return sb.substring(0, sb.offsetByCodePoints(0, 200));
    }

    /** Names the job sends, and names an office could give a form in templates/. */
    static final List<String> NAMES = List.of(
            "改革工作月报_2026年10月.pdf",
            "改革工作月报_2026年10月.xlsx",
            "CZJD_长征街道.pdf",
            FileNames.unitReport("CZJD", LONG_UNIT),
            "CZJD_长征 街道 月报 final.pdf",
            "CZJD_\"长征\"街道.pdf",
            "CZJD_长征;街道.pdf",
            "CZJD_长征街道😀.pdf",
            "CZJD_长征街道（试点）《月报》.pdf",
            "=?UTF-8?B?not-a-word?=.pdf",
            "monthly report 2026-10.pdf",
            "CZJD \"quoted\"; name.xlsx");

    @TempDir
    Path dir;

    @Test
    void everyNameArrivesIntactThroughBothParsersAndTheRawHeadersCarryBothEncodings() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<PlannedMessage.Attachment> attachments = new ArrayList<>();
        for (String name : NAMES) {
            byte[] content = ("%PDF-1.7 " + name).getBytes(StandardCharsets.UTF_8);
            Files.write(Files.createDirectories(dir.resolve("单位报告")).resolve(name), content);
            attachments.add(new PlannedMessage.Attachment(
                    "单位报告/" + name, FileHashes.sha256(dir.resolve("单位报告").resolve(name))));
            files.put(name, content);
        }
        byte[] raw = compose(attachments, dir);

        List<Headers> headers = attachmentHeaders(raw);
        assertThat(headers).hasSize(NAMES.size());
        assertRawLines(raw);
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            Headers h = headers.get(i);
            String type = name.endsWith(".xlsx") ? Attachments.XLSX : "application/pdf";
            if (plainAscii(name)) {
                String quoted = "\"" + name.replace("\"", "\\\"") + "\"";
                assertThat(h.contentType()).as(name).isEqualTo(type + "; name=" + quoted);
                assertThat(h.disposition()).as(name).isEqualTo("attachment; filename=" + quoted);
            } else {
                assertBothEncodings(h, type, name);
            }
        }

        assertThat(jakartaNames(raw)).containsExactlyElementsOf(NAMES);
        assertThat(jakartaContent(raw)).containsExactlyElementsOf(files.values());
        assertThat(mime4jNames(raw)).containsExactlyElementsOf(NAMES);
        assertThat(mime4jTypeNames(raw)).containsExactlyElementsOf(NAMES);

        // each encoding decodes on its own, for a client that reads only one of them
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        byte[] rfc2047Only =
                text.replaceAll(";\r\n filename\\*=UTF-8''[^\r\n]+", "").getBytes(StandardCharsets.ISO_8859_1);
        byte[] rfc2231Only =
                text.replaceAll("\r\n filename=\"=\\?UTF-8[^\"]*\";", "").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new String(rfc2047Only, StandardCharsets.ISO_8859_1)).doesNotContain("filename*");
        assertThat(new String(rfc2231Only, StandardCharsets.ISO_8859_1)).doesNotContain("filename=\"=?");
        List<String> decoded = new ArrayList<>();
        for (MimeBodyPart part : jakartaAttachments(rfc2047Only)) {
            decoded.add(MimeUtility.decodeText(part.getFileName()));
        }
        assertThat(decoded).containsExactlyElementsOf(NAMES);
        // (mime4j's getFilename decodes filename= twice: a name that itself reads "=?UTF-8?B?…?=" comes out
        // garbled from it, as from any client that does the same; sent with filename* beside it, it is intact)
        assertThat(withoutWordLikeNames(mime4jNames(rfc2047Only)))
                .containsExactlyElementsOf(withoutWordLikeNames(NAMES));
        assertThat(jakartaNames(rfc2231Only)).containsExactlyElementsOf(NAMES);
        assertThat(mime4jNames(rfc2231Only)).containsExactlyElementsOf(NAMES);
        assertThat(mime4jTypeNames(rfc2231Only)).containsExactlyElementsOf(NAMES);
    }

    @Test
    void aNameTooLongForAHeaderLineKeepsItsUnitCodeAndExtensionAndIsCutWithAnEllipsis() throws Exception {
        // 200 Chinese characters are 600 bytes: no Linux file system holds that name, a zip does
        String name = "CZJD_" + LONG_UNIT + ".pdf";
        try (FileSystem zip = FileSystems.newFileSystem(
                URI.create("jar:" + dir.resolve("month.zip").toUri()), Map.of("create", "true"))) {
            Path folder = zip.getPath("/");
            Files.createDirectories(folder.resolve("单位报告"));
            Files.writeString(folder.resolve("单位报告").resolve(name), "%PDF-1.7");
            byte[] raw = compose(
                    List.of(new PlannedMessage.Attachment(
                            "单位报告/" + name,
                            FileHashes.sha256(folder.resolve("单位报告").resolve(name)))),
                    folder);

            assertRawLines(raw);
            String shown = jakartaNames(raw).get(0);
            assertThat(mime4jNames(raw)).containsExactly(shown);
            assertThat(mime4jTypeNames(raw)).containsExactly(shown);
            assertThat(shown).startsWith("CZJD_平川区长征街道").endsWith("….pdf");
            String kept = shown.substring("CZJD_".length(), shown.length() - "….pdf".length());
            assertThat(LONG_UNIT).startsWith(kept);
            assertThat(kept.codePointCount(0, kept.length())).isBetween(60, 199);
            assertBothEncodings(attachmentHeaders(raw).get(0), "application/pdf", shown);
        }
    }

    @Test
    void theTypeIsChosenByExtensionInOnePlace() {
        assertThat(Attachments.contentType("CZJD_长征街道.pdf")).isEqualTo("application/pdf");
        assertThat(Attachments.contentType("改革工作月报_2026年10月.XLSX"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Attachments.contentType("改革工作月报_2026年10月.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Attachments.contentType("说明.txt")).isEqualTo("application/octet-stream");
    }

    @Test
    void encodedWordsNeverSplitACharacterAndStayWithin75() {
        for (String text : List.of(LONG_UNIT, "😀".repeat(40), "a😀".repeat(30), "中", "")) {
            List<String> words = Attachments.encodedWords(text);
            StringBuilder joined = new StringBuilder();
            for (String word : words) {
                assertThat(word.length()).isLessThanOrEqualTo(75);
                joined.append(strictUtf8(word));
            }
            assertThat(joined.toString()).isEqualTo(text);
        }
    }

    @Test
    void thePomsSurefirePropertiesMirrorMimeSettings() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher block = Pattern.compile("(?s)<systemPropertyVariables>(.*?)</systemPropertyVariables>")
                .matcher(pom);
        assertThat(block.find()).isTrue();
        Map<String, String> inPom = new LinkedHashMap<>();
        Matcher p = Pattern.compile("<(mail\\.mime\\.[\\w.]+)>([^<]*)</\\1>").matcher(block.group(1));
        while (p.find()) {
            inPom.put(p.group(1), p.group(2));
        }
        assertThat(inPom).containsExactlyEntriesOf(MimeSettings.properties());
        assertThat(MimeSettings.properties()).containsEntry("mail.mime.splitlongparameters", "false");
    }

    // --- composing and taking apart ---

    private static byte[] compose(List<PlannedMessage.Attachment> attachments, Path folder) throws Exception {
        MailSettings settings = new MailSettings(
                "",
                null,
                null,
                "",
                "gaigeban@pc.example.cn",
                "平川区委改革办",
                "",
                50,
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        MailProperties spring = new MailProperties();
        spring.setHost("127.0.0.1");
        SmtpMailer mailer = new SmtpMailer(settings, SmtpConnection.resolve(spring, false, settings, null, null));
        OutboxMessage message = new OutboxMessage(
                1,
                1,
                new MessageKey("czjd@pc.example.cn", MessageKey.Kind.UNIT, "CZJD"),
                "张敏",
                "平川区2026年10月改革宣传工作情况（长征街道）",
                false,
                attachments,
                0,
                null);
        MimeMessage mime =
                mailer.compose(new SmtpMailer.Outgoing(message, new MailText.Body("正文", "<p>正文</p>")), folder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mime.writeTo(out);
        return out.toByteArray();
    }

    /** An attachment's two headers as received, unfolded (CRLF removed, the white space after it kept). */
    record Headers(String contentType, String disposition, List<String> lines) {}

    /** Each attachment part's header block, taken from the raw bytes by hand. */
    private static List<Headers> attachmentHeaders(byte[] raw) {
        String text = new String(raw, StandardCharsets.US_ASCII);
        List<Headers> found = new ArrayList<>();
        Matcher block =
                Pattern.compile("(?m)^--[^\r\n]+\r\n((?:[^\r\n]+\r\n)+)\r\n").matcher(text);
        while (block.find()) {
            String headers = block.group(1);
            if (!headers.contains("Content-Disposition: attachment")) {
                continue;
            }
            String unfolded = headers.replace("\r\n ", " ").replace("\r\n\t", "\t");
            found.add(new Headers(
                    field(unfolded, "Content-Type"),
                    field(unfolded, "Content-Disposition"),
                    List.of(headers.split("\r\n"))));
        }
        return found;
    }

    private static String field(String unfoldedHeaders, String name) {
        for (String line : unfoldedHeaders.split("\r\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        throw new AssertionError("no " + name + " in " + unfoldedHeaders);
    }

    private static final String WORDS =
            "(=\\?UTF-8\\?B\\?[A-Za-z0-9+/]+=*\\?=(?: =\\?UTF-8\\?B\\?[A-Za-z0-9+/]+=*\\?=)*)";

    /** RFC 2047 in name= and filename=, one RFC 2231 filename* in one piece, folded only between them. */
    private static void assertBothEncodings(Headers h, String type, String name) {
        Matcher ct = Pattern.compile(Pattern.quote(type) + "; name=\"" + WORDS + "\"")
                .matcher(h.contentType());
        assertThat(ct.matches())
                .as("Content-Type of %s: %s", name, h.contentType())
                .isTrue();
        assertThat(decodeWords(ct.group(1))).as(name).isEqualTo(name);

        Matcher cd = Pattern.compile("attachment; filename=\"" + WORDS + "\"; filename\\*=UTF-8''([^\\s;\"]+)")
                .matcher(h.disposition());
        assertThat(cd.matches())
                .as("Content-Disposition of %s: %s", name, h.disposition())
                .isTrue();
        assertThat(decodeWords(cd.group(1))).as(name).isEqualTo(name);
        // exactly the percent-encoded UTF-8 of the name: only RFC 5987 attr-chars left as they are
        String value = cd.group(2);
        assertThat(value).matches("(?:[A-Za-z0-9!#$&+\\-.^_`|~]|%[0-9A-F]{2})+");
        assertThat(percentDecode(value)).as(name).isEqualTo(name.getBytes(StandardCharsets.UTF_8));

        // folded only before a parameter or between encoded-words
        h.lines().stream()
                .filter(l -> l.startsWith(" ") || l.startsWith("\t"))
                .forEach(l -> assertThat(l).matches(" (name=\"|filename=\"|filename\\*=UTF-8''|=\\?UTF-8\\?B\\?).*"));
    }

    private static void assertRawLines(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        // no numbered continuations, and no RFC 2231 name* (only filename* is sent)
        assertThat(text).doesNotContain("filename*0").doesNotContainPattern("(?<![a-z])name\\*");
        for (String line : text.split("\r\n", -1)) {
            assertThat(line.length())
                    .as("line of %d octets: %.60s…", line.length(), line)
                    .isLessThanOrEqualTo(998);
        }
    }

    private static String decodeWords(String words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words.split(" ")) {
            assertThat(word.length()).isLessThanOrEqualTo(75);
            sb.append(strictUtf8(word));
        }
        return sb.toString();
    }

    /** One encoded-word's text; fails if its bytes are not whole UTF-8 characters. */
    private static String strictUtf8(String word) {
        assertThat(word).startsWith("=?UTF-8?B?").endsWith("?=");
        byte[] bytes = Base64.getDecoder().decode(word.substring(10, word.length() - 2));
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError(word + " splits a UTF-8 character", e);
        }
    }

    private static byte[] percentDecode(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static List<String> withoutWordLikeNames(List<String> names) {
        List<String> kept = new ArrayList<>(names);
        int i = NAMES.indexOf("=?UTF-8?B?not-a-word?=.pdf");
        kept.remove(i);
        return kept;
    }

    private static boolean plainAscii(String name) {
        return name.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && !name.contains("=?");
    }

    // --- parser 1: Jakarta Mail, default decode settings (mail.mime.decodefilename=false) ---

    private static List<MimeBodyPart> jakartaAttachments(byte[] raw) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        Multipart mixed = (Multipart) m.getContent();
        List<MimeBodyPart> parts = new ArrayList<>();
        for (int i = 1; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            assertThat(part.getDisposition()).isEqualTo("attachment");
            parts.add((MimeBodyPart) part);
        }
        return parts;
    }

    /** getFileName, and the name= parameter through MimeUtility.decodeText: both must agree. */
    private static List<String> jakartaNames(byte[] raw) throws Exception {
        List<String> names = new ArrayList<>();
        for (MimeBodyPart part : jakartaAttachments(raw)) {
            String fileName = part.getFileName();
            String name = MimeUtility.decodeText(new ContentType(part.getContentType()).getParameter("name"));
            assertThat(name).as("Content-Type name of %s", fileName).isEqualTo(fileName);
            names.add(fileName);
        }
        return names;
    }

    private static List<byte[]> jakartaContent(byte[] raw) throws Exception {
        List<byte[]> contents = new ArrayList<>();
        for (MimeBodyPart part : jakartaAttachments(raw)) {
            try (InputStream in = part.getInputStream()) {
                contents.add(in.readAllBytes());
            }
        }
        return contents;
    }

    // --- parser 2: Apache James mime4j ---

    /** The body parts' filenames (Content-Disposition), as mime4j reads them. */
    private static List<String> mime4jNames(byte[] raw) throws Exception {
        return mime4jAttachments(raw).stream().map(Entity::getFilename).toList();
    }

    /** The name= of the body parts' Content-Type (mime4j decodes a parameter's encoded-words itself). */
    private static List<String> mime4jTypeNames(byte[] raw) throws Exception {
        return mime4jAttachments(raw).stream()
                .map(part -> ((ContentTypeField) part.getHeader().getField("Content-Type")).getParameter("name"))
                .toList();
    }

    private static List<Entity> mime4jAttachments(byte[] raw) throws Exception {
        Message m = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(raw));
        org.apache.james.mime4j.dom.Multipart mixed = (org.apache.james.mime4j.dom.Multipart) m.getBody();
        List<Entity> parts =
                mixed.getBodyParts().subList(1, mixed.getBodyParts().size());
        assertThat(parts).allSatisfy(p -> assertThat(p.getDispositionType()).isEqualTo("attachment"));
        return parts;
    }
}
