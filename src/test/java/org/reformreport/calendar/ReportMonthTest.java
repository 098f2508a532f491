package org.reformreport.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportMonthTest {

    @Test
    void defaultMonthIsTheOneBeforeToday() {
        assertThat(ReportMonth.previousTo(LocalDate.of(2026, 11, 22))).isEqualTo(ReportMonth.of(2026, 10));
        assertThat(ReportMonth.previousTo(LocalDate.of(2026, 1, 1))).isEqualTo(ReportMonth.of(2025, 12));
    }

    @Test
    void previousAndSameMonthLastYearCrossYears() {
        assertThat(ReportMonth.of(2026, 1).previous()).isEqualTo(ReportMonth.of(2025, 12));
        assertThat(ReportMonth.of(2026, 10).sameMonthLastYear()).isEqualTo(ReportMonth.of(2025, 10));
    }

    @Test
    void yearToDateRunsFromJanuary() {
        assertThat(ReportMonth.of(2026, 3).yearToDate())
                .containsExactly(ReportMonth.of(2026, 1), ReportMonth.of(2026, 2), ReportMonth.of(2026, 3));
        assertThat(ReportMonth.of(2026, 1).yearToDate()).containsExactly(ReportMonth.of(2026, 1));
    }

    @Test
    void parsesOnlyTheCanonicalForm() {
        assertThat(ReportMonth.parse("2026-10")).isEqualTo(ReportMonth.of(2026, 10));
        assertThatThrownBy(() -> ReportMonth.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportMonth.parse("2026/10")).isInstanceOf(IllegalArgumentException.class);
    }
}
