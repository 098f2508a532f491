package org.reformreport.calendar;

import java.time.LocalDate;

/**
 * When a week's tally is due: by default the Monday after the week ends (the week's Sunday plus one
 * day), inclusive. Offices may allow more days.
 */
public record SubmissionDeadline(int daysAfterWeekEnd) {

    public static final SubmissionDeadline DEFAULT = new SubmissionDeadline(1);

    public SubmissionDeadline {
        if (daysAfterWeekEnd < 0) {
            throw new IllegalArgumentException("days after week end must be >= 0, was " + daysAfterWeekEnd);
        }
    }

    public LocalDate dueDate(LocalDate weekStart) {
        return Weeks.weekEnd(weekStart).plusDays(daysAfterWeekEnd);
    }

    public boolean isLate(LocalDate weekStart, LocalDate filledDate) {
        return filledDate.isAfter(dueDate(weekStart));
    }
}
