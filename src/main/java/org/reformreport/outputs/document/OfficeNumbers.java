package org.reformreport.outputs.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Numbers and dates the way an office writes them. */
public final class OfficeNumbers {

    private OfficeNumbers() {}

    /** Whole numbers with thousands separators from 10,000 on (1,234 reads oddly in running Chinese text). */
    public static String count(long n) {
        return Math.abs(n) >= 10_000 ? String.format("%,d", n) : Long.toString(n);
    }

    /** A rate as a percentage with one decimal: 0.125 → 12.5%. */
    public static String percent(BigDecimal rate) {
        return rate.abs()
                        .multiply(BigDecimal.valueOf(100))
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }

    public static String percent(double rate) {
        return percent(BigDecimal.valueOf(rate));
    }

    /** 2026年11月3日: Arabic numerals, no leading zeros. */
    public static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** A week as offices write it, from its Monday to its Sunday: 10.5—10.11. */
    public static String weekSpan(LocalDate monday) {
        LocalDate end = org.reformreport.calendar.Weeks.weekEnd(monday);
        return monday.getMonthValue() + "." + monday.getDayOfMonth() + "—" + end.getMonthValue() + "."
                + end.getDayOfMonth();
    }

    /** Units listed the Chinese way: 甲、乙、丙. */
    public static String list(List<String> names) {
        return String.join("、", names);
    }
}
