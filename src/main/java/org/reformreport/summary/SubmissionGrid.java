package org.reformreport.summary;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * 按时 / 迟报 / 缺报 per unit and week of the month (报送情况): a counted tally is 按时 or 迟报 by the
 * deadline rule, a week without one is 缺报. The one place the grid is built: the workbook's
 * 报送情况 sheet and the reports' 附件 and narratives read it.
 */
public final class SubmissionGrid {

    private final MonthFiguresCalculator calculator;
    private final Map<String, Map<LocalDate, WeekSubmission>> byUnit = new HashMap<>();

    public SubmissionGrid(MonthFiguresCalculator calculator) {
        this.calculator = calculator;
    }

    /** Puts a counted tally of the month in its unit's week, and says how it stands. */
    public WeekSubmission add(CountedTally tally) {
        WeekSubmission submission = calculator.submission(tally);
        byUnit.computeIfAbsent(tally.unitCode(), k -> new HashMap<>()).put(tally.weekStart(), submission);
        return submission;
    }

    /** The weeks of a unit that have a counted tally; the others are 缺报. */
    public Map<LocalDate, WeekSubmission> weeksOf(String unitCode) {
        return Collections.unmodifiableMap(byUnit.getOrDefault(unitCode, Map.of()));
    }

    /** How a unit's week stands. */
    public WeekSubmission at(String unitCode, LocalDate week) {
        return at(weeksOf(unitCode), week);
    }

    /**
     * How a week stands in one unit's weeks as {@link #weeksOf} gives them (the reports carry them so,
     * with only the weeks that have a tally): a week without one is 缺报.
     */
    public static WeekSubmission at(Map<LocalDate, WeekSubmission> unitWeeks, LocalDate week) {
        return unitWeeks.getOrDefault(week, WeekSubmission.MISSING);
    }

    /** Every unit's weeks with a counted tally, by unit code. */
    public Map<String, Map<LocalDate, WeekSubmission>> byUnit() {
        return Collections.unmodifiableMap(byUnit);
    }
}
