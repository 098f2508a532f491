package org.reformreport.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import org.reformreport.calendar.Weeks;

/**
 * What a form row may hold beyond each field's own spelling: no count above a weekly limit (a
 * typo or a hostile 2147483647 would otherwise outweigh a district's real work, or wrap), and no
 * date that has not come yet (a 填报日期 of 2099 would beat every later correction). "Today" is the
 * run's date in the office's time zone; a liaison's date may be one day ahead of it (another
 * clock, another time zone), no more.
 */
public record IntakeLimits(int maxWeeklyCount, LocalDate today) {

    public static final int DEFAULT_MAX_WEEKLY_COUNT = 100_000;
    /**
     * The highest limit settings may set. Every figure of a unit is a sum of at most 53 weeks of
     * five such counts, which keeps it far inside the INT columns and Java ints that hold it.
     */
    public static final int HIGHEST_MAX_WEEKLY_COUNT = 1_000_000;
    /** How many days after today a written date may lie. */
    public static final int FUTURE_SLACK_DAYS = 1;

    public IntakeLimits {
        if (maxWeeklyCount < 1 || maxWeeklyCount > HIGHEST_MAX_WEEKLY_COUNT) {
            throw new IllegalArgumentException(
                    "the weekly count limit must be 1.." + HIGHEST_MAX_WEEKLY_COUNT + ", was " + maxWeeklyCount);
        }
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
    }

    /** The latest 填报日期 a row may have. */
    public LocalDate latestDate() {
        return today.plusDays(FUTURE_SLACK_DAYS);
    }

    /** The Monday of the latest week a tally may be for: one that has begun. */
    public LocalDate latestWeekStart() {
        return Weeks.weekStartOf(latestDate());
    }

    /** The latest 报送月份 a progress row may be for: one that has begun. */
    public YearMonth latestMonth() {
        return YearMonth.from(latestDate());
    }
}
