package org.reformreport.delivery;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.reformreport.outputs.document.FileNames;

/**
 * A file attached to a message, named the way Thunderbird and Gmail name theirs. Outlook over
 * IMAP/POP, Foxmail, QQ Mail and Coremail webmail show {@code ATT00001.bin} or {@code tcmime.*.bin}
 * for a Chinese name sent only as an RFC 2231 {@code filename*}; they read the RFC 2047
 * encoded-words of {@code name=} and {@code filename=}, while clients that follow RFC 2231 read the
 * {@code filename*} sent beside them:
 *
 * <pre>
 * Content-Type: application/pdf;
 *  name="=?UTF-8?B?5pS56Z2p5bel5L2c5pyI5oqlXzIwMjblubQxMOaciC5wZGY=?="
 * Content-Disposition: attachment;
 *  filename="=?UTF-8?B?5pS56Z2p5bel5L2c5pyI5oqlXzIwMjblubQxMOaciC5wZGY=?=";
 *  filename*=UTF-8''%E6%94%B9%E9%9D%A9...
 * </pre>
 *
 * A name is never split into {@code filename*0*} continuations (many of those clients do not join
 * them); headers are folded only between parameters and between encoded-words. An ASCII name goes
 * as a plain quoted string. Every attachment the job sends (the month's reports, the forms the
 * weekly mail carries) is made here, so its type and its name are written one way.
 */
public final class Attachments {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String OTHER = "application/octet-stream";

    /** RFC 5322: no header line longer than this, in octets, CRLF excluded. */
    static final int MAX_LINE = 998;

    /**
     * The longest name shown, in UTF-8 bytes. Percent-encoded (3 octets a byte at most) on its own
     * line after {@code filename*=UTF-8''}, or quoted with every character escaped, it stays well
     * within {@link #MAX_LINE}; the month's files (at most 200 bytes) are never cut.
     */
    static final int MAX_NAME_BYTES = 320;

    /** Bytes of UTF-8 per encoded-word: 60 base64 characters, a word of 72 (RFC 2047 allows 75). */
    private static final int WORD_BYTES = 45;

    private static final String FOLD = "\r\n ";
    /** RFC 5987 attr-char: what RFC 2231 values may hold unencoded. */
    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private Attachments() {}

    /**
     * The type a file is sent as, by its extension: the job sends PDF reports, the district report's
     * Word document, and xlsx workbooks and forms.
     */
    public static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        return OTHER;
    }

    /**
     * The body part for {@code file}, shown to the recipient as {@code name} (shortened if it is
     * longer than {@link #MAX_NAME_BYTES}), its type by the file's extension, its bytes in base64.
     */
    public static MimeBodyPart part(Path file, String name) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        String type = contentType(file.getFileName().toString());
        part.setDataHandler(new DataHandler(new PathSource(file, type)));
        // set after the data handler, which drops them; saveChanges keeps headers set by hand
        String shown = shown(name);
        part.setHeader("Content-Type", contentTypeHeader(type, shown));
        part.setHeader("Content-Disposition", dispositionHeader(shown));
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /**
     * The name as the mail shows it: cut at the end of its stem (so a unit report keeps its unit
     * code at the start) and marked with …, the extension kept, when it is over {@link #MAX_NAME_BYTES}.
     */
    static String shown(String name) {
        if (bytes(name) <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        return FileNames.shorten(stem, MAX_NAME_BYTES - bytes(extension) - bytes(FileNames.SHORTENED))
                + FileNames.SHORTENED
                + extension;
    }

    /** {@code type; name="…"}: the header's value, folded. */
    static String contentTypeHeader(String type, String name) {
        return type + ";" + FOLD + "name=" + quoted(name);
    }

    /** {@code attachment; filename="…"} and, for a name not in plain ASCII, {@code filename*=UTF-8''…}. */
    static String dispositionHeader(String name) {
        String header = "attachment;" + FOLD + "filename=" + quoted(name);
        // filename* last: Jakarta Mail (and so GreenMail) keeps the last of two values of one parameter
        return plain(name) ? header : header + ";" + FOLD + "filename*=" + rfc2231(name);
    }

    /** The quoted value: the name itself if plain ASCII, else its encoded-words, one a line. */
    private static String quoted(String name) {
        if (plain(name)) {
            return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return "\"" + String.join(FOLD, encodedWords(name)) + "\"";
    }

    /**
     * Printable ASCII that no client could take for an encoded-word: sent as it is. (A name holding
     * "=?" is encoded, or a client would decode what only looks like an encoded-word.)
     */
    static boolean plain(String name) {
        return name.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && !name.contains("=?");
    }

    /** RFC 2047 B encoded-words of at most {@value #WORD_BYTES} bytes each, never splitting a character. */
    static List<String> encodedWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int chunkBytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String character = Character.toString(cp);
            int size = bytes(character);
            if (chunkBytes + size > WORD_BYTES) {
                words.add(word(chunk.toString()));
                chunk.setLength(0);
                chunkBytes = 0;
            }
            chunk.append(character);
            chunkBytes += size;
            i += Character.charCount(cp);
        }
        if (chunkBytes > 0 || words.isEmpty()) {
            words.add(word(chunk.toString()));
        }
        return words;
    }

    private static String word(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** RFC 2231 {@code UTF-8''…}: the UTF-8 bytes, percent-encoded except the attr-chars, in one piece. */
    static String rfc2231(String text) {
        StringBuilder sb = new StringBuilder("UTF-8''");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c < 0x7F && ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                sb.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The file's bytes, read when the message is written (any file system, unlike a FileDataSource). */
    private record PathSource(Path file, String type) implements DataSource {

        @Override
        public InputStream getInputStream() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            throw new IOException("an attachment is only read");
        }

        @Override
        public String getContentType() {
            return type;
        }

        @Override
        public String getName() {
            return file.getFileName().toString();
        }
    }
}
