package org.reformreport.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeksTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void october2026HasFiveWeeksStartingOnTheMondayBeforeItsFirstThursday() {
        assertThat(ReportMonth.of(2026, 10).weeks())
                .containsExactly(d("2026-09-28"), d("2026-10-05"), d("2026-10-12"), d("2026-10-19"), d("2026-10-26"));
    }

    @Test
    void november2026HasFourWeeks() {
        assertThat(ReportMonth.of(2026, 11).weeks())
                .containsExactly(d("2026-11-02"), d("2026-11-09"), d("2026-11-16"), d("2026-11-23"));
    }

    @Test
    void weekStraddlingTheYearBelongsToTheYearOfItsThursday() {
        assertThat(Weeks.monthOf(d("2025-12-29"))).isEqualTo(ReportMonth.of(2026, 1));
        assertThat(ReportMonth.of(2026, 1).weeks()).first().isEqualTo(d("2025-12-29"));
        assertThat(ReportMonth.of(2025, 12).weeks()).last().isEqualTo(d("2025-12-22"));
    }

    @Test
    void weekStraddlingTwoMonthsBelongsToExactlyOne() {
        // 2026-09-28 (Mon) .. 2026-10-04 (Sun): Thursday is 2026-10-01.
        assertThat(Weeks.monthOf(d("2026-09-28"))).isEqualTo(ReportMonth.of(2026, 10));
        assertThat(ReportMonth.of(2026, 9).weeks()).doesNotContain(d("2026-09-28"));
        // 2026-08-31 (Mon): Thursday 2026-09-03 → September.
        assertThat(Weeks.monthOf(d("2026-08-31"))).isEqualTo(ReportMonth.of(2026, 9));
    }

    @Test
    void consecutiveMonthsTileTheWeeksWithoutGapOrOverlap() {
        java.util.List<LocalDate> all = new java.util.ArrayList<>();
        for (int m = 0; m < 36; m++) {
            all.addAll(ReportMonth.of(2024, 1).plusMonths(m).weeks());
        }
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i)).isEqualTo(all.get(i - 1).plusWeeks(1));
        }
        assertThat(all).hasSize(157);
    }

    @Test
    void onlyMondaysNameWeeks() {
        assertThat(Weeks.isWeekStart(d("2026-10-05"))).isTrue();
        assertThat(Weeks.isWeekStart(d("2026-10-07"))).isFalse();
        assertThatThrownBy(() -> Weeks.monthOf(d("2026-10-07"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Weeks.weekStartOf(d("2026-10-11"))).isEqualTo(d("2026-10-05"));
    }

    @Test
    void ordinalInMonthCountsFromTheMonthsFirstWeek() {
        assertThat(Weeks.ordinalInMonth(d("2026-09-28"))).isEqualTo(1);
        assertThat(Weeks.ordinalInMonth(d("2026-10-26"))).isEqualTo(5);
    }
}
