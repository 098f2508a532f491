package org.reformreport.job;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.intake.IntakeRepository.FileCounts;
import org.reformreport.intake.IntakeRepository.FileLine;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.publish.OutputLayout;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.publish.StagedOutputs;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitMonthFigures;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The tasklet of the publish stage. */
final class PublishTasklets {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PublishTasklets.class);

    private PublishTasklets() {}

    /** Step "publish": manifest.json, then the staged month swapped into place, the old one kept in history. */
    static Tasklet publish(
            IntakeRepository intake,
            SummaryRepository summaries,
            ReportOutputRepository recorded,
            ReformSettings settings,
            Clock clock) {
        return (contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            OutputLayout layout = new OutputLayout(run.output(), run.month(), run.runId());
            MonthPublisher publisher = new MonthPublisher();
            if (publisher.alreadyPublished(layout)) {
                return RepeatStatus.FINISHED; // a restart after the swap
            }
            IntakeRepository.RunIntake intakeOfRun = intake.runIntake(run.runId());
            List<FileLine> files = intakeOfRun.files();
            List<Manifest.Input> inputs = files.stream()
                    .map(f -> new Manifest.Input(
                            f.fileName(),
                            f.sha256(),
                            f.status(),
                            f.outcome(),
                            f.counts().read(),
                            f.counts().counted(),
                            f.counts().superseded(),
                            f.counts().rejected(),
                            f.counts().blank(),
                            f.problem()))
                    .toList();
            List<UnitMonthFigures> figures = summaries.figures(run.runId());
            if (!java.nio.file.Files.isDirectory(layout.staging())) {
                throw new IllegalStateException("the run's staging folder " + layout.staging() + " is gone;"
                        + " run the same command again to write the month's outputs afresh");
            }
            List<Manifest.Output> outputs;
            try (Progress hashing = Progress.of("publish", "bytes", 0, log)) {
                outputs = publisher.outputs(layout.staging(), hashing::update);
            }
            List<StagedOutputs.Problem> problems = StagedOutputs.check(
                    recorded.staged(run.runId(), null),
                    figures.stream().map(UnitMonthFigures::unitCode).collect(java.util.stream.Collectors.toSet()),
                    outputs);
            if (!problems.isEmpty()) {
                // Take the damaged files out, so that the next run's output steps write them again.
                for (StagedOutputs.Problem p : problems) {
                    if (p.path() != null) {
                        java.nio.file.Files.deleteIfExists(layout.staging().resolve(p.path()));
                    }
                }
                throw new IllegalStateException("not publishing an incomplete month (" + problems.size()
                        + " problems: "
                        + String.join(
                                "; ",
                                problems.stream()
                                        .limit(5)
                                        .map(StagedOutputs.Problem::message)
                                        .toList())
                        + "); run the same command again to write the missing outputs");
            }
            Manifest.Totals totals = new Manifest.Totals(
                    files.size(),
                    (int) intakeOfRun.refused(),
                    intakeOfRun.sum(FileCounts::read),
                    intakeOfRun.sum(FileCounts::counted),
                    intakeOfRun.sum(FileCounts::superseded),
                    intakeOfRun.sum(FileCounts::rejected),
                    intakeOfRun.sum(FileCounts::blank),
                    figures.size(),
                    figures.stream().mapToLong(UnitMonthFigures::total).sum(),
                    outputs.size(),
                    figures.stream().mapToInt(UnitMonthFigures::missing).sum());
            publisher.publish(
                    layout,
                    new Manifest(
                            run.month().toString(),
                            run.runId(),
                            run.revision(),
                            OffsetDateTime.now(clock.withZone(settings.zone())).toString(),
                            run.issued().toString(),
                            inputs,
                            outputs,
                            totals),
                    settings.keepRevisions());
            return RepeatStatus.FINISHED;
        };
    }
}
