package org.reformreport.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The weekly round's dates as they stand on one day: which week a reminder is for, which month a
 * receipt reports on, and a unit's next deadline.
 */
public record RoundDates(LocalDate today, SubmissionDeadline deadline) {

    /** The latest week whose deadline has passed (its due day is before today): what `remind` is for by default. */
    public LocalDate lastOverdueWeek() {
        return Weeks.weekStartOf(today.minusDays(7L + deadline.daysAfterWeekEnd()));
    }

    /** Whether the week's deadline has passed (the due day itself is still on time). */
    public boolean overdue(LocalDate weekStart) {
        return deadline.dueDate(weekStart).isBefore(today);
    }

    /**
     * The month a receipt reports on: that of the latest week that has ended. In the first days of
     * a month this is still the month just closed, whose last tallies are being sent.
     */
    public ReportMonth currentMonth() {
        return Weeks.monthOf(Weeks.weekStartOf(today).minusWeeks(1));
    }

    /** The weeks of {@link #currentMonth} that have ended by today, in order. */
    public List<LocalDate> endedWeeks() {
        return currentMonth().weeks().stream()
                .filter(w -> Weeks.weekEnd(w).isBefore(today))
                .toList();
    }

    /**
     * The first week still owed whose deadline has not passed, given the weeks the unit has sent:
     * the week ended lately if its due day is today or later, else the week under way, else the
     * next one.
     */
    public LocalDate nextOwedWeek(Set<LocalDate> sent) {
        LocalDate week = firstWeekConsidered();
        while (overdue(week) || sent.contains(week)) {
            week = week.plusWeeks(1);
        }
        return week;
    }

    /** The earliest Monday {@link #nextOwedWeek} may look at, for reading the weeks sent. */
    public LocalDate firstWeekConsidered() {
        return Weeks.weekStartOf(today.minusDays(6L + deadline.daysAfterWeekEnd()));
    }
}
