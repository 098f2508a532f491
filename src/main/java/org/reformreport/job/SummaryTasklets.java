package org.reformreport.job;

import java.util.List;
import org.reformreport.registry.RegistrySnapshotStore;
import org.reformreport.registry.UnitRange;
import org.reformreport.scale.UnitRangePartitioner;
import org.reformreport.summary.MonthSummary;
import org.reformreport.summary.Scoring;
import org.reformreport.summary.ScoringSettings;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitMonthFigures;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The tasklets of the summary stage: each reads what intake stored and stores the month's figures and scores. */
final class SummaryTasklets {

    private SummaryTasklets() {}

    /** Step "taskLedger": the status every task on the month's ledger counts with (spec §5). */
    static Tasklet taskLedger(RegistrySnapshotStore snapshots, SummaryRepository repository) {
        return (contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            List<SummaryRepository.TaskStatus> statuses =
                    new MonthSummary(repository).taskStatuses(snapshots.load(run.runId()), run.month());
            repository.replaceTaskStatuses(run.runId(), run.month(), statuses);
            contribution.incrementWriteCount(statuses.size());
            return RepeatStatus.FINISHED;
        };
    }

    /** Worker step "unitFigure": the month's figures of one partition's range of units (spec §5). */
    static Tasklet unitFigures(RegistrySnapshotStore snapshots, SummaryRepository repository, ReformSettings settings) {
        return (contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            UnitRange range = UnitRangePartitioner.rangeOf(
                    chunk.getStepContext().getStepExecution().getExecutionContext());
            List<UnitMonthFigures> figures = new MonthSummary(repository)
                    .figures(snapshots.load(run.runId()), run.month(), settings.deadline(), range);
            repository.replaceFigures(run.runId(), run.month(), range, figures);
            contribution.incrementWriteCount(figures.size());
            return RepeatStatus.FINISHED;
        };
    }

    /** Step "scoring": scores and ranks per group with the rules of the month's year (spec §6). */
    static Tasklet scoring(SummaryRepository repository, ScoringSettings scoring) {
        return (contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            List<UnitMonthFigures> figures = repository.figures(run.runId());
            repository.storeScores(run.runId(), Scoring.score(figures, scoring.rulesFor(run.month())));
            contribution.incrementWriteCount(figures.size());
            return RepeatStatus.FINISHED;
        };
    }
}
