package org.reformreport.outputs.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * File names made from unit names (单位报告/<单位编码>_<单位名称>.pdf, also the e-mail attachment's
 * name): an ordinary name is kept exactly; characters file systems or mail clients refuse become
 * "_"; a name too long for a file system is shortened, marked with "…"; and two units never get the
 * same file, even where one unit's code and name read like another's ("A" + "1_乙" and "A_1" + "乙").
 */
public final class FileNames {

    /**
     * Longest file name, in UTF-8 bytes. ext4, XFS, Btrfs and APFS allow 255 bytes per name (85
     * Chinese characters); this leaves room for what copies, downloads and archivers append.
     */
    public static final int MAX_BYTES = 200;
    /** Marks a shortened name. */
    public static final String SHORTENED = "…";

    private FileNames() {}

    /** The unit report's file name, on its own (without looking at other units' names). */
    public static String unitReport(String unitCode, String unitName) {
        return withSuffix(unitCode, unitName, "");
    }

    /**
     * The unit reports' file names by unit code, all different even on a case-insensitive file
     * system. Where two units' names would coincide, each of them gets its code again in brackets:
     * "A_1_乙（A）.pdf", "A_1_乙（A_1）.pdf". The result depends only on the units given, so every
     * partition of a run computes the same names.
     */
    public static Map<String, String> unitReports(Map<String, String> namesByCode) {
        Map<String, String> sorted = new TreeMap<>(namesByCode);
        Map<String, List<String>> codesByKey = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        sorted.forEach((code, name) -> {
            String file = unitReport(code, name);
            names.put(code, file);
            codesByKey
                    .computeIfAbsent(key(file), k -> new java.util.ArrayList<>())
                    .add(code);
        });
        Set<String> taken = new HashSet<>();
        names.forEach((code, file) -> {
            if (codesByKey.get(key(file)).size() == 1) {
                taken.add(key(file));
            }
        });
        names.replaceAll((code, file) -> {
            if (codesByKey.get(key(file)).size() == 1) {
                return file;
            }
            String candidate = withSuffix(code, sorted.get(code), "（" + code + "）");
            for (int n = 2; taken.contains(key(candidate)); n++) {
                candidate = withSuffix(code, sorted.get(code), "（" + code + "-" + n + "）");
            }
            taken.add(key(candidate));
            return candidate;
        });
        return names;
    }

    /**
     * The name with what no file name may hold replaced by "_": path separators and the characters
     * Windows refuses ({@code \ / : * ? " < > |}), white space other than the ideographic space,
     * control and invisible format characters (bidi overrides could disguise a name), unpaired
     * surrogates and non-characters.
     */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> sb.appendCodePoint(refused(cp) ? '_' : cp));
        return sb.toString();
    }

    private static boolean refused(int cp) {
        if ("\\/:*?\"<>|".indexOf(cp) >= 0 || cp <= 0x20 || cp >= 0x7F && cp < 0xA0) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.CONTROL
                || (cp & 0xFFFE) == 0xFFFE
                || cp >= 0xFDD0 && cp <= 0xFDEF;
    }

    /** <code>_<name><suffix>.pdf, the name shortened (marked …) so the whole fits {@link #MAX_BYTES}. */
    private static String withSuffix(String unitCode, String unitName, String suffix) {
        String head = unitCode + "_";
        String tail = suffix + ".pdf";
        String name = safe(unitName);
        int room = MAX_BYTES - bytes(head) - bytes(tail);
        if (bytes(name) > room) {
            name = shorten(name, room - bytes(SHORTENED)) + SHORTENED;
        }
        return head + name + tail;
    }

    /**
     * The longest start of the text within so many UTF-8 bytes that ends between two characters as
     * a reader sees them: not inside a surrogate pair, not before a combining mark or variation
     * selector, not after a zero-width joiner. (Delivery cuts the names it shows the same way.)
     */
    public static String shorten(String text, int maxBytes) {
        int end = 0;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            used += bytes(Character.toString(cp));
            if (used > maxBytes) {
                break;
            }
            if (next >= text.length() || startsCharacter(text, next)) {
                end = next;
            }
            i = next;
        }
        return text.substring(0, end);
    }

    private static boolean startsCharacter(String text, int at) {
        int cp = text.codePointAt(at);
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF;
        return !mark && text.codePointBefore(at) != 0x200D;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** What two names are compared by: case-insensitive and normalisation-insensitive file systems. */
    private static String key(String fileName) {
        return Normalizer.normalize(fileName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
