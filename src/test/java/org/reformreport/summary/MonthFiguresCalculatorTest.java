package org.reformreport.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.registry.ReformTask;
import org.reformreport.registry.TaskCategory;
import org.reformreport.registry.Unit;

class MonthFiguresCalculatorTest {

    private static final ReportMonth OCT = ReportMonth.of(2026, 10);
    private static final Unit UNIT = new Unit("U", "某街道", "乡镇街道", null, null, null, null, null, null, null, null);
    private final MonthFiguresCalculator calc = new MonthFiguresCalculator(OCT, SubmissionDeadline.DEFAULT);

    private static CountedTally tally(String week, int district, String filled) {
        return new CountedTally(
                "U",
                LocalDate.parse(week),
                new MediaCounts(0, 1, 0, district, 2),
                new OfWhichCounts(1, 0, 0, 0, 3),
                LocalDate.parse(filled));
    }

    private static MonthFiguresCalculator.Inputs inputs(List<CountedTally> tallies, Map<ReportMonth, Integer> totals) {
        return new MonthFiguresCalculator.Inputs(tallies, totals, List.of(), Map.of(), Map.of(), List.of());
    }

    @Test
    void countsWeeksOnTimeLateAndMissingUsingTheThursdayRuleAndTheDeadlineDay() {
        UnitMonthFigures f = calc.compute(
                UNIT,
                inputs(
                        List.of(
                                tally(
                                        "2026-09-28",
                                        1,
                                        "2026-10-05"), // week 1 (Thu 10-01) due 10-05: on time, on the day
                                tally("2026-10-05", 2, "2026-10-13"), // due 10-12: a day late
                                tally("2026-10-26", 4, "2026-11-02"), // week 5 belongs to October, due 11-02
                                tally("2026-11-02", 8, "2026-11-09"), // November's week: not October's
                                tally("2026-09-21", 8, "2026-09-28")),
                        Map.of()));
        assertThat(f.weeksDue()).isEqualTo(5);
        assertThat(f.onTime()).isEqualTo(2);
        assertThat(f.late()).isEqualTo(1);
        assertThat(f.missing()).isEqualTo(2);
        assertThat(f.media()).isEqualTo(new MediaCounts(0, 3, 0, 7, 6));
        assertThat(f.total()).isEqualTo(16);
        assertThat(f.specialColumn()).isEqualTo(3);
        assertThat(f.socialPublicity()).isEqualTo(9);
    }

    @Test
    void storedCountsPastAnIntFailWithTheUnitAndMonthInsteadOfWrapping() {
        // rows an earlier version stored: two weeks of 2,000,000,000 once showed −294967296
        CountedTally big = new CountedTally(
                "U",
                LocalDate.parse("2026-10-05"),
                new MediaCounts(2_000_000_000, 0, 0, 0, 0),
                OfWhichCounts.NONE,
                LocalDate.parse("2026-10-12"));
        CountedTally big2 = new CountedTally(
                "U", LocalDate.parse("2026-10-12"), big.media(), OfWhichCounts.NONE, LocalDate.parse("2026-10-19"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> calc.compute(UNIT, inputs(List.of(big, big2), Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The figures of unit U for 2026-10 do not fit an int")
                .hasRootCauseInstanceOf(ArithmeticException.class);
        // a year to date past an int, from months each within it
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        calc.compute(UNIT, inputs(List.of(big), Map.of(ReportMonth.of(2026, 9), Integer.MAX_VALUE))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void comparisonsAreEmptyWhenTheBaseIsZeroAndSignedOtherwise() {
        List<CountedTally> oct = List.of(tally("2026-10-05", 5, "2026-10-12")); // total 8
        UnitMonthFigures noBase = calc.compute(UNIT, inputs(oct, Map.of()));
        assertThat(noBase.monthOnMonth()).isNull();
        assertThat(noBase.yearOnYear()).isNull();
        UnitMonthFigures f =
                calc.compute(UNIT, inputs(oct, Map.of(ReportMonth.of(2026, 9), 10, ReportMonth.of(2025, 10), 4)));
        assertThat(f.previousMonthTotal()).isEqualTo(10);
        assertThat(f.monthOnMonth()).isEqualByComparingTo(new BigDecimal("-0.2"));
        assertThat(f.yearOnYear()).isEqualByComparingTo(new BigDecimal("1"));
        UnitMonthFigures flat = calc.compute(UNIT, inputs(oct, Map.of(ReportMonth.of(2026, 9), 8)));
        assertThat(flat.monthOnMonth()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void yearToDateAddsJanuaryToThisMonthOnly() {
        UnitMonthFigures f = calc.compute(
                UNIT,
                inputs(
                        List.of(tally("2026-10-05", 5, "2026-10-12")),
                        Map.of(
                                ReportMonth.of(2026, 1),
                                3,
                                ReportMonth.of(2026, 9),
                                10,
                                ReportMonth.of(2025, 12),
                                100,
                                ReportMonth.of(2026, 11),
                                100)));
        assertThat(f.yearToDateTotal()).isEqualTo(3 + 10 + 8);
        UnitMonthFigures january = new MonthFiguresCalculator(ReportMonth.of(2026, 1), SubmissionDeadline.DEFAULT)
                .compute(
                        UNIT,
                        inputs(List.of(tally("2025-12-29", 1, "2026-01-05")), Map.of(ReportMonth.of(2025, 12), 9)));
        assertThat(january.total()).isEqualTo(4);
        assertThat(january.yearToDateTotal()).isEqualTo(4);
        assertThat(january.previousMonthTotal()).isEqualTo(9);
    }

    @Test
    void leadTasksAreCountedByEffectiveStatusAndCompletedOnesLeaveTheLedger() {
        ReformTask a = task("A", ReportMonth.of(2026, 12));
        ReformTask b = task("B", ReportMonth.of(2026, 12));
        ReformTask c = task("C", ReportMonth.of(2026, 8));
        ReformTask d = task("D", ReportMonth.of(2026, 12));
        ReformTask done = task("E", ReportMonth.of(2026, 12));
        ReformTask notYet = new ReformTask(
                "F", "t", "l", "U", Set.of(), ReportMonth.of(2026, 11), ReportMonth.of(2026, 12), TaskCategory.KEY);
        UnitMonthFigures f = calc.compute(
                UNIT,
                new MonthFiguresCalculator.Inputs(
                        List.of(),
                        Map.of(),
                        List.of(a, b, c, d, done, notYet),
                        Map.of(
                                "A",
                                ProgressStatus.ON_TRACK,
                                "B",
                                ProgressStatus.NOT_STARTED,
                                "C",
                                ProgressStatus.ON_TRACK,
                                "E",
                                ProgressStatus.COMPLETED),
                        Map.of("E", ReportMonth.of(2026, 9)),
                        List.of(PromotionLevel.PROVINCIAL, PromotionLevel.PROVINCIAL)));
        assertThat(f.leadTaskCount()).isEqualTo(4);
        assertThat(f.tasks(EffectiveStatus.ON_TRACK)).isEqualTo(2);
        assertThat(f.tasks(EffectiveStatus.LAGGING)).isEqualTo(1);
        assertThat(f.tasks(EffectiveStatus.NOT_REPORTED)).isEqualTo(1);
        assertThat(f.tasks(EffectiveStatus.COMPLETED)).isZero();
        assertThat(f.promotions()).containsEntry(PromotionLevel.PROVINCIAL, 2);
    }

    private static ReformTask task(String code, ReportMonth planned) {
        return new ReformTask(code, "t", "l", "U", Set.of(), ReportMonth.of(2026, 1), planned, TaskCategory.KEY);
    }
}
