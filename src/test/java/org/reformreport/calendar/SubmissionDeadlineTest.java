package org.reformreport.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubmissionDeadlineTest {

    private final LocalDate week = LocalDate.of(2026, 10, 5);

    @Test
    void dueOnTheMondayAfterTheWeekInclusive() {
        SubmissionDeadline deadline = SubmissionDeadline.DEFAULT;
        assertThat(deadline.dueDate(week)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(deadline.isLate(week, LocalDate.of(2026, 10, 12))).isFalse();
        assertThat(deadline.isLate(week, LocalDate.of(2026, 10, 13))).isTrue();
        assertThat(deadline.isLate(week, LocalDate.of(2026, 10, 8))).isFalse();
    }

    @Test
    void graceDaysAreConfigurable() {
        assertThat(new SubmissionDeadline(3).dueDate(week)).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(new SubmissionDeadline(0).isLate(week, LocalDate.of(2026, 10, 12)))
                .isTrue();
    }

    @Test
    void deadlineCrossesTheYear() {
        assertThat(SubmissionDeadline.DEFAULT.dueDate(LocalDate.of(2025, 12, 29)))
                .isEqualTo(LocalDate.of(2026, 1, 5));
    }
}
