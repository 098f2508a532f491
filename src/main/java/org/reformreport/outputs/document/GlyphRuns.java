package org.reformreport.outputs.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Splits text into runs per face of a fallback chain, so that every character is drawn by a face
 * that has its glyph: the first face of the chain that covers a character (with its combining marks)
 * draws it. A character no face covers is drawn as {@link #PLACEHOLDER} □, the sign Chinese editors
 * use for a missing character, and reported by {@link #undrawable}. PDF/A forbids referencing a glyph
 * an embedded font does not define, so nothing uncovered may reach a face.
 *
 * <p>Faces are given as "has a glyph for this code point" tests, so the rule is the same for the PDF
 * faces and the chart's AWT fonts.
 */
public final class GlyphRuns {

    /** Drawn where no face has the character. */
    public static final int PLACEHOLDER = '□';
    /** Drawn where no face has even the placeholder. */
    static final int LAST_RESORT = '?';

    /** A piece of text and the index of the face in the chain that draws it. */
    public record Run(int face, String text) {}

    private final List<? extends IntPredicate> faces;

    /** @param faces the chain, preferred face first; not empty */
    public GlyphRuns(List<? extends IntPredicate> faces) {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("a fallback chain needs at least one face");
        }
        this.faces = List.copyOf(faces);
    }

    /**
     * The text as runs: line breaks ("\n") kept, tabs as spaces, other control characters left out,
     * invisible format characters (zero-width joiners, bidi marks, variation selectors) kept only
     * where the face drawing their character has them.
     */
    public List<Run> split(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFace = -1;
        for (int[] cluster : clusters(clean(text))) {
            int face;
            String drawn;
            if (cluster[0] == '\n') {
                face = currentFace < 0 ? 0 : currentFace;
                drawn = "\n";
            } else {
                face = faceFor(cluster, currentFace);
                if (face >= 0) {
                    drawn = drawable(cluster, face);
                    if (drawn.isEmpty()) {
                        continue; // only invisible characters the face lacks
                    }
                } else {
                    // No face has the whole cluster: each character on its own, the missing ones as □.
                    for (int cp : cluster) {
                        if (isInvisible(cp)) {
                            continue;
                        }
                        int single = first(cp);
                        String piece;
                        if (single < 0) {
                            single = placeholderFace();
                            piece = single < 0 ? "" : Character.toString(placeholderIn(single));
                        } else {
                            piece = Character.toString(cp);
                        }
                        if (single < 0) {
                            continue; // not even a placeholder can be drawn
                        }
                        if (single != currentFace && !current.isEmpty()) {
                            runs.add(new Run(currentFace, current.toString()));
                            current.setLength(0);
                        }
                        currentFace = single;
                        current.append(piece);
                    }
                    continue;
                }
            }
            if (face != currentFace && !current.isEmpty()) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.append(drawn);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }

    /** The text as one string, drawn by the first face alone: what it lacks becomes □ (for single-font labels). */
    public String inFirstFace(String text) {
        StringBuilder sb = new StringBuilder();
        for (int[] cluster : clusters(clean(text))) {
            for (int cp : cluster) {
                if (cp == '\n' || faces.get(0).test(cp)) {
                    sb.appendCodePoint(cp);
                } else if (!isInvisible(cp)) {
                    sb.appendCodePoint(faces.get(0).test(PLACEHOLDER) ? PLACEHOLDER : LAST_RESORT);
                }
            }
        }
        return sb.toString();
    }

    /** The characters of the text that no face of the chain can draw, each once, in order of appearance. */
    public Set<Integer> undrawable(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        clean(text)
                .codePoints()
                .filter(cp -> cp != '\n' && !isInvisible(cp) && first(cp) < 0)
                .forEach(missing::add);
        return missing;
    }

    /** Whether some face of the chain draws this character. */
    public boolean drawable(int codePoint) {
        return isInvisible(codePoint) || first(codePoint) >= 0;
    }

    /**
     * Text as it can be laid out: composed (NFC: "e" + U+0301 becomes "é", which faces have as one
     * glyph; iText without its typography module cannot place a separate accent), CR LF, CR and the
     * Unicode line separators become "\n", tabs and form feeds spaces, other C0/C1 control
     * characters are dropped (they have no visible form).
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                sb.append('\n');
            } else if (c == '\t' || c == '\u000B' || c == '\f') {
                sb.append(' ');
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "U+E000 PRIVATE USE AREA-E000"-style name of a character, for logs. */
    public static String describe(int codePoint) {
        String name = Character.isValidCodePoint(codePoint) ? Character.getName(codePoint) : null;
        return String.format("U+%04X", codePoint) + (name == null ? " (unassigned)" : " (" + name + ")");
    }

    private int faceFor(int[] cluster, int currentFace) {
        // Punctuation and spaces stay with the face before them, so a run does not break before "，".
        if (currentFace >= 0 && isNeutral(cluster[0]) && covers(currentFace, cluster)) {
            return currentFace;
        }
        for (int f = 0; f < faces.size(); f++) {
            if (covers(f, cluster)) {
                return f;
            }
        }
        return -1;
    }

    private boolean covers(int face, int[] cluster) {
        IntPredicate has = faces.get(face);
        for (int cp : cluster) {
            if (!isInvisible(cp) && !has.test(cp)) {
                return false;
            }
        }
        return true;
    }

    private String drawable(int[] cluster, int face) {
        StringBuilder sb = new StringBuilder();
        for (int cp : cluster) {
            if (!isInvisible(cp) || faces.get(face).test(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private int first(int cp) {
        for (int f = 0; f < faces.size(); f++) {
            if (faces.get(f).test(cp)) {
                return f;
            }
        }
        return -1;
    }

    private int placeholderFace() {
        int f = first(PLACEHOLDER);
        return f >= 0 ? f : first(LAST_RESORT);
    }

    private int placeholderIn(int face) {
        return faces.get(face).test(PLACEHOLDER) ? PLACEHOLDER : LAST_RESORT;
    }

    /**
     * Grapheme-like clusters: a character with the combining marks, variation selectors, emoji
     * modifiers and zero-width-joined characters that follow it. A lone surrogate is a cluster of its
     * own (and no face has it).
     */
    static List<int[]> clusters(String text) {
        List<int[]> clusters = new ArrayList<>();
        List<Integer> cluster = new ArrayList<>();
        boolean joinNext = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean attaches = !cluster.isEmpty() && cluster.get(0) != '\n' && cp != '\n' && (joinNext || isMark(cp));
            if (!attaches && !cluster.isEmpty()) {
                clusters.add(cluster.stream().mapToInt(Integer::intValue).toArray());
                cluster.clear();
            }
            cluster.add(cp);
            joinNext = cp == 0x200D;
        }
        if (!cluster.isEmpty()) {
            clusters.add(cluster.stream().mapToInt(Integer::intValue).toArray());
        }
        return clusters;
    }

    /** Belongs to the character before it. */
    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || isInvisible(cp)
                || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    /**
     * Default-ignorable characters: zero-width and bidi format characters, the byte order mark, soft
     * hyphen, variation selectors. They draw nothing, so where a face lacks one it is left out.
     */
    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF
                || cp == 0x034F
                || cp >= 0x180B && cp <= 0x180F;
    }

    private static boolean isNeutral(int cp) {
        return switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
