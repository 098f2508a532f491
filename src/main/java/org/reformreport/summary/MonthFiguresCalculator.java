package org.reformreport.summary;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.registry.ReformTask;
import org.reformreport.registry.Unit;

/** Computes one unit's figures for a month from its counted rows (spec §5). */
public final class MonthFiguresCalculator {

    private final ReportMonth month;
    private final SubmissionDeadline deadline;
    private final List<LocalDate> weeks;

    public MonthFiguresCalculator(ReportMonth month, SubmissionDeadline deadline) {
        this.month = month;
        this.deadline = deadline;
        this.weeks = month.weeks();
    }

    /** The unit's inputs: everything counted that concerns it. */
    record Inputs(
            List<CountedTally> tallies,
            Map<ReportMonth, Integer> monthlyTotals,
            List<ReformTask> leadTasks,
            Map<String, ProgressStatus> leadReports,
            Map<String, ReportMonth> firstCompleted,
            List<PromotionLevel> promotions) {}

    WeekSubmission submission(CountedTally tally) {
        return submission(tally.weekStart(), tally.filledDate());
    }

    /** 按时 or 迟报 for a counted tally of the week, by the deadline rule. */
    WeekSubmission submission(LocalDate weekStart, LocalDate filledDate) {
        return deadline.isLate(weekStart, filledDate) ? WeekSubmission.LATE : WeekSubmission.ON_TIME;
    }

    UnitMonthFigures compute(Unit unit, Inputs in) {
        try {
            return exactly(unit, in);
        } catch (ArithmeticException e) {
            // Only rows stored before counts were bounded can get here; the intake reads their
            // file again when it is still in the inbox.
            throw new IllegalStateException(
                    "The figures of unit " + unit.code() + " for " + month
                            + " do not fit an int: counted tallies hold counts above the weekly limit, stored by a version"
                            + " before it. Put their files back in the inbox so that they are read again.",
                    e);
        }
    }

    private UnitMonthFigures exactly(Unit unit, Inputs in) {
        int onTime = 0;
        int late = 0;
        MediaCounts media = MediaCounts.ZERO;
        OfWhichCounts ofWhich = OfWhichCounts.NONE;
        for (CountedTally t : in.tallies()) {
            if (!unit.code().equals(t.unitCode()) || !weeks.contains(t.weekStart())) {
                continue;
            }
            if (submission(t) == WeekSubmission.LATE) {
                late++;
            } else {
                onTime++;
            }
            media = media.plus(t.media());
            ofWhich = ofWhich.plus(t.ofWhich());
        }
        int yearToDate = 0;
        for (ReportMonth m : month.yearToDate()) {
            yearToDate = Math.addExact(
                    yearToDate,
                    m.equals(month) ? media.total() : in.monthlyTotals().getOrDefault(m, 0));
        }
        Map<EffectiveStatus, Integer> tasks = new EnumMap<>(EffectiveStatus.class);
        for (ReformTask task : in.leadTasks()) {
            if (task.leadUnitCode().equals(unit.code())
                    && TaskRules.isActive(task, month, in.firstCompleted().get(task.code()))) {
                tasks.merge(
                        TaskRules.effectiveStatus(task, month, in.leadReports().get(task.code())), 1, Integer::sum);
            }
        }
        Map<PromotionLevel, Integer> promotions = new EnumMap<>(PromotionLevel.class);
        in.promotions().forEach(level -> promotions.merge(level, 1, Integer::sum));
        return UnitMonthFigures.builder(unit.code(), unit.name(), unit.group())
                .weeksDue(weeks.size())
                .onTime(onTime)
                .late(late)
                .media(media)
                .previousMonthTotal(in.monthlyTotals().getOrDefault(month.previous(), 0))
                .lastYearTotal(in.monthlyTotals().getOrDefault(month.sameMonthLastYear(), 0))
                .yearToDateTotal(yearToDate)
                .ofWhich(ofWhich)
                .leadTasks(tasks)
                .promotions(promotions)
                .build();
    }
}
