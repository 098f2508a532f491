package org.reformreport.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.calendar.SubmissionDeadline;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.registry.ReformTask;
import org.reformreport.registry.Registry;
import org.reformreport.registry.Unit;
import org.reformreport.registry.UnitRange;

/**
 * Puts the month's stored rows through the rules: figures for every active unit and the status of
 * every task on the ledger. Reads through the repository, computes with the plain rules.
 */
public final class MonthSummary {

    private final SummaryRepository repository;

    public MonthSummary(SummaryRepository repository) {
        this.repository = repository;
    }

    /** What the month's progress rows say, as the figures and the task ledger both need it. */
    private record Progress(
            Map<String, ProgressStatus> leadReports,
            Map<String, List<PromotionLevel>> promotions,
            Map<String, ReportMonth> completedByLead) {}

    private Progress progress(Registry registry, ReportMonth month) {
        Map<String, ProgressStatus> leadReports = new HashMap<>();
        Map<String, List<PromotionLevel>> promotions = new HashMap<>();
        for (SummaryRepository.MonthProgress p : repository.progressOf(month)) {
            registry.task(p.taskCode())
                    .filter(t -> t.leadUnitCode().equals(p.unitCode()))
                    .ifPresent(t -> leadReports.put(t.code(), p.status()));
            if (p.promotion() != null) {
                promotions.computeIfAbsent(p.unitCode(), k -> new ArrayList<>()).add(p.promotion());
            }
        }
        Map<String, ReportMonth> completedByLead = new HashMap<>();
        Map<SummaryRepository.TaskOfUnit, ReportMonth> firstCompleted = repository.firstCompleted();
        for (ReformTask task : registry.tasks()) {
            ReportMonth first = firstCompleted.get(new SummaryRepository.TaskOfUnit(task.code(), task.leadUnitCode()));
            if (first != null) {
                completedByLead.put(task.code(), first);
            }
        }
        return new Progress(leadReports, promotions, completedByLead);
    }

    /** The figures of the units active in the month whose codes are in {@code range} (spec §5). */
    public List<UnitMonthFigures> figures(
            Registry registry, ReportMonth month, SubmissionDeadline deadline, UnitRange range) {
        MonthFiguresCalculator calculator = new MonthFiguresCalculator(month, deadline);
        Map<String, List<CountedTally>> tallies = repository.talliesOf(month, range);
        Set<ReportMonth> bases = new LinkedHashSet<>(month.yearToDate());
        bases.remove(month);
        bases.add(month.previous());
        bases.add(month.sameMonthLastYear());
        Map<String, Map<ReportMonth, Integer>> totals = repository.monthlyTotals(List.copyOf(bases), range);
        Progress progress = progress(registry, month);
        Map<String, List<ReformTask>> tasksByLead = new HashMap<>();
        registry.tasks()
                .forEach(t -> tasksByLead
                        .computeIfAbsent(t.leadUnitCode(), k -> new ArrayList<>())
                        .add(t));

        List<UnitMonthFigures> figures = new ArrayList<>();
        for (Unit unit : registry.unitsActiveIn(month)) {
            if (!range.contains(unit.code())) {
                continue;
            }
            figures.add(calculator.compute(
                    unit,
                    new MonthFiguresCalculator.Inputs(
                            tallies.getOrDefault(unit.code(), List.of()), totals.getOrDefault(unit.code(), Map.of()),
                            tasksByLead.getOrDefault(unit.code(), List.of()), progress.leadReports(),
                            progress.completedByLead(), progress.promotions().getOrDefault(unit.code(), List.of()))));
        }
        return figures;
    }

    /** Every task on the month's ledger with the status it counts with. */
    public List<SummaryRepository.TaskStatus> taskStatuses(Registry registry, ReportMonth month) {
        Progress progress = progress(registry, month);
        List<SummaryRepository.TaskStatus> statuses = new ArrayList<>();
        for (ReformTask task : registry.tasks()) {
            if (TaskRules.isActive(task, month, progress.completedByLead().get(task.code()))) {
                ProgressStatus reported = progress.leadReports().get(task.code());
                statuses.add(new SummaryRepository.TaskStatus(
                        task.code(), task.leadUnitCode(), reported, TaskRules.effectiveStatus(task, month, reported)));
            }
        }
        return statuses;
    }
}
