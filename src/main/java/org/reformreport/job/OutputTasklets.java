package org.reformreport.job;

import java.nio.file.Path;
import java.util.List;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.outputs.document.MonthDocuments;
import org.reformreport.outputs.document.NoticeNumbers;
import org.reformreport.outputs.document.NoticeSettings;
import org.reformreport.outputs.document.RankingNotice;
import org.reformreport.outputs.document.ReportFonts;
import org.reformreport.outputs.document.ReportTemplates;
import org.reformreport.outputs.workbook.MonthWorkbookWriter;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.publish.OutputLayout;
import org.reformreport.publish.ReportOutputRepository;
import org.reformreport.publish.StagedOutputs;
import org.reformreport.registry.UnitRange;
import org.reformreport.scale.UnitRangePartitioner;
import org.reformreport.summary.MonthFiguresCalculator;
import org.reformreport.summary.MonthRecords;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitMonthFigures;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The tasklets of the outputs stage: the workbook and the documents, written into the run's staging
 * folder from what the summary stage stored, and recorded for publish to check.
 */
final class OutputTasklets {

    private OutputTasklets() {}

    /** Step "workbook": the month's workbook, into the run's staging folder. */
    static Tasklet workbook(
            SummaryRepository summaries, MonthRecords rows, ReportOutputRepository outputs, ReformSettings settings) {
        return (contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            OutputLayout layout = new OutputLayout(run.output(), run.month(), run.runId());
            if (stillStaged(layout, outputs.staged(run.runId(), ReportOutput.Kind.WORKBOOK))) {
                return RepeatStatus.FINISHED;
            }
            Path file = layout.staging().resolve(layout.workbookName());
            String fingerprint = new MonthWorkbookWriter()
                    .write(
                            file,
                            new MonthWorkbookWriter.Content(
                                    run.month(),
                                    settings.region(),
                                    summaries.figures(run.runId()),
                                    summaries.scores(run.runId()),
                                    new MonthFiguresCalculator(run.month(), settings.deadline()),
                                    rows,
                                    run.runId()));
            List<ReportOutput> written =
                    List.of(new ReportOutput(layout.workbookName(), ReportOutput.Kind.WORKBOOK, null, fingerprint));
            outputs.replace(run.runId(), written, ReportOutput.Kind.WORKBOOK);
            outputs.recordWritten(run.runId(), layout.staging(), written);
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * Step "districtReport": the district report in the official layout, and the ranking notice
     * from the same month when reform.notice.enabled, into staging.
     */
    static Tasklet districtReport(
            MonthDocuments documents, NoticeNumbers numbers, ReportOutputRepository outputs, ReformSettings settings) {
        return (contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            OutputLayout layout = new OutputLayout(run.output(), run.month(), run.runId());
            NoticeSettings notice = settings.notice();
            List<ReportOutputRepository.StagedFile> district = districtStaged(outputs, run.runId());
            List<ReportOutputRepository.StagedFile> notices = new java.util.ArrayList<>();
            notices.addAll(outputs.staged(run.runId(), ReportOutput.Kind.NOTICE));
            notices.addAll(outputs.staged(run.runId(), ReportOutput.Kind.NOTICE_WORD));
            // both notice files recorded; a number given on the command line is written even on a restart
            boolean noticeAsRecorded = !notice.enabled() || (notices.size() == 2 && run.docNumber() == null);
            List<ReportOutputRepository.StagedFile> recorded = new java.util.ArrayList<>(district);
            recorded.addAll(notices);
            if (stillStaged(layout, noticeAsRecorded && !district.isEmpty() ? recorded : List.of())) {
                return RepeatStatus.FINISHED;
            }
            MonthDocuments.NoticeFiles noticeFiles = null;
            if (notice.enabled()) {
                NoticeNumbers.Assigned number =
                        numbers.assign(run.month(), run.issued().getYear(), notice.firstNumber(), run.docNumber());
                RankingNotice content = new RankingNotice(
                        notice.authority(settings.authority()),
                        notice.documentNumber(number.year(), number.number()),
                        notice.copiesTo(),
                        notice.printer(settings.authority()));
                noticeFiles = new MonthDocuments.NoticeFiles(content, layout.noticeName(), layout.noticeWordName());
            }
            List<ReportOutput> written = documents.writeDistrict(
                    setting(run, settings),
                    ReportFonts.load(settings.fonts().configured()),
                    layout.staging(),
                    layout.districtReportName(),
                    layout.districtWordName(),
                    noticeFiles);
            outputs.replace(
                    run.runId(),
                    written,
                    ReportOutput.Kind.DISTRICT,
                    ReportOutput.Kind.DISTRICT_WORD,
                    ReportOutput.Kind.NOTICE,
                    ReportOutput.Kind.NOTICE_WORD);
            outputs.recordWritten(run.runId(), layout.staging(), written);
            contribution.incrementWriteCount(written.size());
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * Worker step "unitReport": the reports of one partition's range of units. The font programs are
     * loaded once per JVM and shared (each document makes its own PdfFonts and subsets from them).
     */
    static Tasklet unitReports(
            MonthDocuments documents,
            ReportOutputRepository outputs,
            SummaryRepository summaries,
            ReformSettings settings) {
        return (contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            UnitRange range = UnitRangePartitioner.rangeOf(
                    chunk.getStepContext().getStepExecution().getExecutionContext());
            OutputLayout layout = new OutputLayout(run.output(), run.month(), run.runId());
            if (stillStaged(layout, unitsStaged(outputs, summaries, run.runId(), range))) {
                return RepeatStatus.FINISHED;
            }
            List<ReportOutput> written = documents.writeUnits(
                    setting(run, settings),
                    range,
                    ReportFonts.load(settings.fonts().configured()),
                    layout.staging());
            outputs.replaceUnits(run.runId(), range, written);
            outputs.recordWritten(run.runId(), layout.staging(), written);
            contribution.incrementWriteCount(written.size());
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * Whether a restarted output step can leave its documents as they are: the month is published
     * already, or every document it recorded is still staged with the size it was written with.
     * The output steps run again on every restart, so a staging folder lost meanwhile is rewritten.
     */
    private static boolean stillStaged(OutputLayout layout, List<ReportOutputRepository.StagedFile> recorded)
            throws java.io.IOException {
        return new MonthPublisher().alreadyPublished(layout)
                || (!recorded.isEmpty() && StagedOutputs.present(layout.staging(), recorded));
    }

    /**
     * The district report's recorded files, PDF and Word, or nothing when one of them was not
     * recorded (a run begun by a version without the Word document): then both are written.
     */
    private static List<ReportOutputRepository.StagedFile> districtStaged(ReportOutputRepository outputs, long runId) {
        List<ReportOutputRepository.StagedFile> pdf = outputs.staged(runId, ReportOutput.Kind.DISTRICT);
        List<ReportOutputRepository.StagedFile> word = outputs.staged(runId, ReportOutput.Kind.DISTRICT_WORD);
        if (pdf.isEmpty() || word.isEmpty()) {
            return List.of();
        }
        List<ReportOutputRepository.StagedFile> both = new java.util.ArrayList<>(pdf);
        both.addAll(word);
        return both;
    }

    /** A range's recorded unit reports, or nothing when a unit of the range has none (then all are written). */
    private static List<ReportOutputRepository.StagedFile> unitsStaged(
            ReportOutputRepository outputs, SummaryRepository summaries, long runId, UnitRange range) {
        java.util.Set<String> units = summaries.figures(runId).stream()
                .map(UnitMonthFigures::unitCode)
                .filter(range::contains)
                .collect(java.util.stream.Collectors.toSet());
        List<ReportOutputRepository.StagedFile> recorded = outputs.staged(runId, ReportOutput.Kind.UNIT).stream()
                .filter(f -> range.contains(f.unitCode()))
                .toList();
        boolean everyUnit = recorded.stream()
                .map(ReportOutputRepository.StagedFile::unitCode)
                .collect(java.util.stream.Collectors.toSet())
                .containsAll(units);
        return everyUnit ? recorded : List.of();
    }

    private static MonthDocuments.Setting setting(RunContext run, ReformSettings settings) {
        return new MonthDocuments.Setting(
                run.runId(),
                run.month(),
                settings.region(),
                settings.authority(),
                new MonthFiguresCalculator(run.month(), settings.deadline()),
                ReportTemplates.load(Path.of(settings.templatesDir())),
                run.issued(),
                settings.word().faces(),
                settings.documentThreads());
    }
}
