package org.reformreport.intake;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * When and where a row was submitted, which decides between two accepted rows for the same key
 * (spec §4.3): the later 填报日期 counts; on equal dates the one read later counts, files being read
 * in name order (Unicode code points) and rows in order. Two files of the same name (a corrected
 * file dropped under the old name) are read in the order they were imported.
 */
public record Submission(LocalDate filledDate, SourcePosition source) implements Comparable<Submission> {

    private static final Comparator<Submission> READ_LATER = Comparator.comparing(Submission::filledDate)
            .thenComparing(s -> s.source().fileName(), Submission::compareCodePoints)
            .thenComparingLong(s -> s.source().fileId())
            .thenComparingInt(s -> s.source().sheetIndex())
            .thenComparingInt(s -> s.source().rowNumber());

    /** Whether this submission replaces the other one. */
    public boolean supersedes(Submission other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Submission other) {
        return READ_LATER.compare(this, other);
    }

    /** Unicode code-point order (String.compareTo compares UTF-16 units, which differs beyond the BMP). */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
