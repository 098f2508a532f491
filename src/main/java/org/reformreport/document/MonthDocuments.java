package org.reformreport.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.publish.ContentFingerprint;
import org.reformreport.publish.ReportOutput;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.MonthFiguresCalculator;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;
import org.reformreport.workbook.WorkbookRepository;

/**
 * The month's PDFs from what the earlier steps stored: the district report and one report per
 * active unit. Fonts and templates are loaded once for all of them.
 */
public final class MonthDocuments {

    public static final String UNIT_FOLDER = "单位报告";

    private final SummaryRepository summaries;
    private final WorkbookRepository rows;

    public MonthDocuments(SummaryRepository summaries, WorkbookRepository rows) {
        this.summaries = summaries;
        this.rows = rows;
    }

    /**
     * Writes the district report as {@code districtFile} and the unit reports under {@code folder}/单位报告/,
     * and returns each document with the fingerprint of what it says (the issue date left out).
     *
     * @param fonts loads the faces; called once per rendering thread, since a loaded face is read
     *              while subsetting and must not be shared between threads
     * @param threads how many unit reports are rendered at once
     */
    public List<ReportOutput> write(long runId, ReportMonth month, String region, String authority, MonthFiguresCalculator calculator,
                     java.util.function.Supplier<ReportFonts> fonts, int threads, ReportTemplates templates,
                     Path folder, String districtFile, LocalDate issued) throws IOException {
        List<WorkbookRepository.LedgerLine> ledger = rows.ledger(runId, month);
        List<DistrictMonth.TaskLine> tasks = ledger.stream()
                .map(l -> new DistrictMonth.TaskLine(l.taskCode(), l.title(), l.leadUnitName(), l.leader(),
                        EffectiveStatus.valueOf(l.effectiveStatus()), l.achievements())).toList();
        List<DistrictMonth.Experience> experiences = rows.experiences(runId, month).stream()
                .filter(e -> e.experience() != null && !e.experience().isBlank())
                .map(e -> new DistrictMonth.Experience(e.unitName(), e.experience(),
                        PromotionLevel.valueOf(e.promotion()).label())).toList();
        List<UnitMonthFigures> figures = summaries.figures(runId);
        Map<String, UnitScore> scores = summaries.scores(runId);
        DistrictMonth district = new DistrictMonth(region, authority, month, figures, scores, tasks, experiences);
        Map<String, Map<LocalDate, WeekSubmission>> grid = new HashMap<>();
        rows.forEachTally(runId, month, t -> grid.computeIfAbsent(t.unitCode(), k -> new HashMap<>())
                .put(t.weekStart(), calculator.submission(t.weekStart(), t.filledDate())));
        ReportFonts mainFonts = fonts.get();
        new DistrictReportWriter(mainFonts, templates).write(folder.resolve(districtFile), district, grid, issued);
        List<ReportOutput> outputs = new ArrayList<>();
        outputs.add(new ReportOutput(districtFile, ReportOutput.Kind.DISTRICT, null,
                ContentFingerprint.of(district, grid)));

        Map<String, Long> groupSizes = new HashMap<>();
        figures.forEach(f -> groupSizes.merge(f.group(), 1L, Long::sum));
        Map<String, Map<ReportMonth, Integer>> trend = summaries.monthlyTotals(month.yearToDate());
        List<UnitMonth> units = new ArrayList<>();
        for (UnitMonthFigures f : figures) {
            List<UnitMonth.Task> own = new ArrayList<>();
            for (WorkbookRepository.LedgerLine l : ledger) {
                if (l.leadUnitCode().equals(f.unitCode())) {
                    own.add(new UnitMonth.Task(l.title(), EffectiveStatus.valueOf(l.effectiveStatus()).label(),
                            l.thisMonth()));
                }
            }
            UnitMonth unit = new UnitMonth(authority, month, f, scores.get(f.unitCode()),
                    groupSizes.get(f.group()).intValue(), grid.getOrDefault(f.unitCode(), Map.of()), own,
                    trend.getOrDefault(f.unitCode(), Map.of()));
            units.add(unit);
            outputs.add(new ReportOutput(UNIT_FOLDER + "/" + UnitReportWriter.fileName(f.unitCode(), f.unitName()),
                    ReportOutput.Kind.UNIT, f.unitCode(), ContentFingerprint.of(unit)));
        }
        // iText's STSong-Light fallback encodes through one CMap encoder shared by every document, which is
        // not thread-safe: without embedded faces the unit reports are rendered one at a time.
        int renderers = mainFonts.allEmbedded() ? Math.max(1, Math.min(threads, units.size())) : 1;
        writeUnits(units, mainFonts, fonts, renderers, templates,
                folder.resolve(UNIT_FOLDER), issued);
        return outputs;
    }

    /** Renders the unit reports on a few threads, each with its own fonts (the main thread's first). */
    private static void writeUnits(List<UnitMonth> units, ReportFonts mainFonts,
                                   java.util.function.Supplier<ReportFonts> fonts, int threads,
                                   ReportTemplates templates, Path folder, LocalDate issued) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicBoolean mainTaken = new java.util.concurrent.atomic.AtomicBoolean();
        ThreadLocal<UnitReportWriter> writers = ThreadLocal.withInitial(() -> new UnitReportWriter(
                mainTaken.compareAndSet(false, true) ? mainFonts : fonts.get(), templates));
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (UnitMonth unit : units) {
                done.add(pool.submit(() -> {
                    writers.get().write(folder.resolve(UnitReportWriter.fileName(unit.figures().unitCode(),
                            unit.figures().unitName())), unit, issued);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering unit reports", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("unit report failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
