package org.reformreport.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * A contiguous range of unit codes, both ends included, in Java's String order (never a database
 * collation's: MySQL's would fold case and order '-' and '_' differently): the work of one
 * partition of the unit reports. Stored in the partition's context, so a restart redoes exactly
 * the ranges that had not finished.
 */
public record UnitRange(String first, String last) {

    /** Every code there can be: "" sorts before any code, U+FFFF after any. */
    public static final UnitRange ALL = new UnitRange("", "\uFFFF");

    public boolean contains(String code) {
        return code.compareTo(first) >= 0 && code.compareTo(last) <= 0;
    }

    /**
     * Splits the codes into ranges of at most {@code maxSize} codes, and at least {@code minParts}
     * ranges when there are that many codes, as even as can be.
     */
    public static List<UnitRange> split(List<String> codes, int minParts, int maxSize) {
        List<String> sorted = codes.stream().sorted().distinct().toList();
        List<UnitRange> ranges = new ArrayList<>();
        if (sorted.isEmpty()) {
            return ranges;
        }
        int parts = Math.min(sorted.size(), Math.max(minParts, (sorted.size() + maxSize - 1) / maxSize));
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) sorted.size() * p / parts);
            int to = (int) ((long) sorted.size() * (p + 1) / parts) - 1;
            ranges.add(new UnitRange(sorted.get(from), sorted.get(to)));
        }
        return ranges;
    }
}
