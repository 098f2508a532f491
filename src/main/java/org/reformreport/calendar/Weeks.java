package org.reformreport.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Weeks run Monday to Sunday and are named by their Monday. A week belongs to the month that holds
 * its Thursday (the ISO-8601 rule), so every week belongs to exactly one month.
 */
public final class Weeks {

    private Weeks() {}

    public static boolean isWeekStart(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.MONDAY;
    }

    public static LocalDate weekStartOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate weekEnd(LocalDate weekStart) {
        requireMonday(weekStart);
        return weekStart.plusDays(6);
    }

    public static ReportMonth monthOf(LocalDate weekStart) {
        requireMonday(weekStart);
        return ReportMonth.containing(weekStart.plusDays(3));
    }

    public static List<LocalDate> of(ReportMonth month) {
        LocalDate firstThursday = month.value().atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        List<LocalDate> mondays = new ArrayList<>(5);
        for (LocalDate thursday = firstThursday;
                thursday.getMonthValue() == month.monthValue();
                thursday = thursday.plusWeeks(1)) {
            mondays.add(thursday.minusDays(3));
        }
        return mondays;
    }

    /** 1-based position of the week within its month (第N周). */
    public static int ordinalInMonth(LocalDate weekStart) {
        return monthOf(weekStart).weeks().indexOf(weekStart) + 1;
    }

    private static void requireMonday(LocalDate weekStart) {
        if (!isWeekStart(weekStart)) {
            throw new IllegalArgumentException("a week is named by its Monday, not " + weekStart);
        }
    }
}
