package org.reformreport.outputs.document;

/**
 * Breaks a long title into lines of sensible length (GB/T 9704 7.3.1): two balanced lines, broken
 * after a natural boundary (…月 / …区 / 关于…) near the middle rather than leaving "告" alone.
 */
public final class TitleLines {

    /** 二号 characters that fit the 156 mm block. */
    static final int MAX_PER_LINE = 20;

    private static final String BREAK_AFTER = "月区县市的于与和及、";

    private TitleLines() {}

    public static String split(String title) {
        int length = title.codePointCount(0, title.length());
        if (length <= MAX_PER_LINE) {
            return title;
        }
        int middle = title.length() / 2;
        int best = -1;
        for (int i = title.length() / 3; i <= 2 * title.length() / 3; i++) {
            if (BREAK_AFTER.indexOf(title.charAt(i - 1)) >= 0
                    && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        int at = best > 0 ? best : middle;
        // Never inside a number or a Latin word ("202" / "6年"): break before it instead.
        while (at > 1 && isWordChar(title.charAt(at - 1)) && isWordChar(title.charAt(at))) {
            at--;
        }
        // Never between the halves of a surrogate pair (an emoji) nor before a combining mark.
        while (at < title.length()
                && (Character.isLowSurrogate(title.charAt(at))
                        || Character.getType(title.codePointAt(at)) == Character.NON_SPACING_MARK)) {
            at++;
        }
        if (at >= title.length()) {
            return title;
        }
        return title.substring(0, at) + "\n" + title.substring(at);
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
