package org.reformreport.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.reformreport.support.FingerprintName;

/** A report month ({@code YYYY-MM}) and the weeks that belong to it. */
@FingerprintName("org.reformreport.calendar.ReportMonth")
public record ReportMonth(YearMonth value) implements Comparable<ReportMonth> {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    public ReportMonth {
        if (value == null) {
            throw new IllegalArgumentException("month is required");
        }
    }

    public static ReportMonth of(int year, int month) {
        return new ReportMonth(YearMonth.of(year, month));
    }

    /** Parses the canonical {@code YYYY-MM}; the spellings liaisons write are handled by the intake. */
    public static ReportMonth parse(String text) {
        try {
            return new ReportMonth(YearMonth.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a month in the form YYYY-MM: " + text, e);
        }
    }

    /** The default month of a run: the calendar month before "today" in the office's time zone. */
    public static ReportMonth previousTo(LocalDate today) {
        return new ReportMonth(YearMonth.from(today).minusMonths(1));
    }

    public static ReportMonth containing(LocalDate day) {
        return new ReportMonth(YearMonth.from(day));
    }

    public ReportMonth previous() {
        return new ReportMonth(value.minusMonths(1));
    }

    public ReportMonth sameMonthLastYear() {
        return new ReportMonth(value.minusYears(1));
    }

    public ReportMonth plusMonths(long months) {
        return new ReportMonth(value.plusMonths(months));
    }

    /** January of this month's year up to and including this month: the 年度累计 range. */
    public List<ReportMonth> yearToDate() {
        List<ReportMonth> months = new ArrayList<>();
        for (int m = 1; m <= value.getMonthValue(); m++) {
            months.add(of(value.getYear(), m));
        }
        return months;
    }

    /** The weeks (by their Mondays) that belong to this month under the Thursday rule. */
    public List<LocalDate> weeks() {
        return Weeks.of(this);
    }

    public boolean isAfter(ReportMonth other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(ReportMonth other) {
        return compareTo(other) < 0;
    }

    public int year() {
        return value.getYear();
    }

    public int monthValue() {
        return value.getMonthValue();
    }

    @Override
    public int compareTo(ReportMonth other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
