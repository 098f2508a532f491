package org.reformreport.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The time rules of spec §2 as the demo needs them. Kept inside the demo package so the generator
 * does not move when the job's own calendar code changes.
 */
final class DemoCalendar {

    /** The month the demo is built around. */
    static final YearMonth REPORT_MONTH = YearMonth.of(2026, 10);
    /** A year of history: the same month last year up to the report month. */
    static final YearMonth FIRST_MONTH = REPORT_MONTH.minusMonths(12);

    private static final String WEEKDAYS = "一二三四五六日";

    private DemoCalendar() {}

    static List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FIRST_MONTH; !m.isAfter(REPORT_MONTH); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Mondays of the weeks whose Thursday falls in the month. */
    static List<LocalDate> weeks(YearMonth month) {
        List<LocalDate> mondays = new ArrayList<>();
        LocalDate thursday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        for (; YearMonth.from(thursday).equals(month); thursday = thursday.plusWeeks(1)) {
            mondays.add(thursday.minusDays(3));
        }
        return mondays;
    }

    /** Last on-time day: the Monday after the week. */
    static LocalDate due(LocalDate monday) {
        return monday.plusDays(7);
    }

    /** Sheet name such as 第1周(9.28-10.4). */
    static String weekSheetName(int ordinal, LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        return "第" + ordinal + "周(" + monday.getMonthValue() + "." + monday.getDayOfMonth() + "-"
                + sunday.getMonthValue() + "." + sunday.getDayOfMonth() + ")";
    }

    static String monthText(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    static String weekday(LocalDate day) {
        return String.valueOf(WEEKDAYS.charAt(day.getDayOfWeek().getValue() - 1));
    }
}
