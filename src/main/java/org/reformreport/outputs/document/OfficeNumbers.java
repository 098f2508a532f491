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

    /** A score as the ranking shows it: two decimals, rounded half-up (98.5 → 98.50). */
    public static String score(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Units listed the Chinese way: 甲、乙、丙. */
    public static String list(List<String> names) {
        return String.join("、", names);
    }

    /** Chinese numerals for heading numbers, 1 to 99: 一, 十, 十二, 二十三 (as in （十二）). */
    public static String chinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("heading number out of range: " + n);
        }
        String digits = "一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(digits.charAt(tens - 1))) + "十";
        return t + (ones == 0 ? "" : String.valueOf(digits.charAt(ones - 1)));
    }
}
