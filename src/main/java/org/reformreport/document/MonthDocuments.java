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

    /** Writes the district report as {@code districtFile} and the unit reports under {@code folder}/单位报告/. */
    public int write(long runId, ReportMonth month, String region, String authority, MonthFiguresCalculator calculator,
                     ReportFonts fonts, ReportTemplates templates, Path folder, String districtFile, LocalDate issued)
            throws IOException {
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
        new DistrictReportWriter(fonts, templates).write(folder.resolve(districtFile), district, grid, issued);

        Map<String, Long> groupSizes = new HashMap<>();
        figures.forEach(f -> groupSizes.merge(f.group(), 1L, Long::sum));
        Map<String, Map<ReportMonth, Integer>> trend = summaries.monthlyTotals(month.yearToDate());
        UnitReportWriter unitWriter = new UnitReportWriter(fonts, templates);
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
            unitWriter.write(folder.resolve(UNIT_FOLDER).resolve(UnitReportWriter.fileName(f.unitCode(), f.unitName())),
                    unit, issued);
        }
        return figures.size() + 1;
    }
}
