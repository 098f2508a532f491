package org.reformreport.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundDatesTest {

    private static RoundDates on(String day) {
        return new RoundDates(LocalDate.parse(day), SubmissionDeadline.DEFAULT);
    }

    @Test
    void remindIsForTheLatestWeekWhoseDueDayHasPassed() {
        // week of 11-23 is due Monday 11-30: on that Monday it is still on time
        assertThat(on("2026-11-30").lastOverdueWeek()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(on("2026-12-01").lastOverdueWeek()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(on("2026-12-06").lastOverdueWeek()).isEqualTo(LocalDate.parse("2026-11-23"));
        // two days' grace: the week of 11-23 is due Tuesday 12-01
        assertThat(new RoundDates(LocalDate.parse("2026-12-01"), new SubmissionDeadline(2)).lastOverdueWeek())
                .isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(new RoundDates(LocalDate.parse("2026-12-02"), new SubmissionDeadline(2)).lastOverdueWeek())
                .isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void aReceiptInTheFirstDaysOfAMonthStillReportsOnTheMonthJustClosed() {
        assertThat(on("2026-12-01").currentMonth()).isEqualTo(ReportMonth.of(2026, 11));
        assertThat(on("2026-12-06").currentMonth()).isEqualTo(ReportMonth.of(2026, 11));
        // the week of 11-30 belongs to December (its Thursday is 12-03) and has ended on 12-07
        assertThat(on("2026-12-07").currentMonth()).isEqualTo(ReportMonth.of(2026, 12));
        assertThat(on("2026-12-01").endedWeeks())
                .containsExactly(
                        LocalDate.parse("2026-11-02"),
                        LocalDate.parse("2026-11-09"),
                        LocalDate.parse("2026-11-16"),
                        LocalDate.parse("2026-11-23"));
        assertThat(on("2026-11-18").endedWeeks())
                .containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"));
    }

    @Test
    void theNextDeadlineIsTheFirstWeekStillOwedAndNotYetOverdue() {
        // Monday 11-30: the week of 11-23 is due today
        assertThat(on("2026-11-30").nextOwedWeek(Set.of())).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(on("2026-11-30").nextOwedWeek(Set.of(LocalDate.parse("2026-11-23"))))
                .isEqualTo(LocalDate.parse("2026-11-30"));
        // Tuesday: 11-23 is overdue, the week under way is next
        assertThat(on("2026-12-01").nextOwedWeek(Set.of())).isEqualTo(LocalDate.parse("2026-11-30"));
        // sent early for the week under way: the one after
        assertThat(on("2026-12-04").nextOwedWeek(Set.of(LocalDate.parse("2026-11-30"))))
                .isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(on("2026-12-01").firstWeekConsidered()).isEqualTo(LocalDate.parse("2026-11-23"));
    }
}
