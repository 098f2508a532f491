package org.reformreport.outputs.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.registry.UnitRange;
import org.reformreport.summary.ExperienceLine;
import org.reformreport.summary.LedgerLine;
import org.reformreport.summary.MonthFiguresCalculator;
import org.reformreport.summary.MonthRecords;
import org.reformreport.summary.SubmissionGrid;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;
import org.reformreport.support.ContentFingerprint;

/**
 * The month's PDFs from what the earlier steps stored: the district report, and the reports of a
 * range of units (the unit reports are written by partitions, each for a range of unit codes).
 * Each document comes back with the fingerprint of what it says (the issue date left out).
 */
public final class MonthDocuments {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MonthDocuments.class);

    public static final String UNIT_FOLDER = "单位报告";

    private final SummaryRepository summaries;
    private final MonthRecords records;

    public MonthDocuments(SummaryRepository summaries, MonthRecords records) {
        this.summaries = summaries;
        this.records = records;
    }

    /** What the run's reports are written in: who is sending, for which month, and how. */
    public record Setting(
            long runId,
            ReportMonth month,
            String region,
            String authority,
            MonthFiguresCalculator calculator,
            ReportTemplates templates,
            LocalDate issued,
            WordFaces wordFaces,
            int threads) {}

    /**
     * The ranking notice to write beside the district report: what it carries and its files (PDF and
     * .docx), relative to the month's folder.
     */
    public record NoticeFiles(RankingNotice content, String file, String wordFile) {}

    /**
     * Writes the district report as {@code folder}/{@code districtFile} (PDF) and
     * {@code folder}/{@code wordFile} (.docx), and the ranking notice when {@code notice} is not
     * null, all from the month read once. Before, says once in the log which characters of the
     * month's texts (the district's and every unit report's) no face can draw.
     */
    public List<ReportOutput> writeDistrict(
            Setting s, ReportFonts fonts, Path folder, String districtFile, String wordFile, NoticeFiles notice)
            throws IOException {
        List<LedgerLine> ledger = records.ledger(s.runId(), s.month());
        List<ExperienceLine> experienceLines = records.experiences(s.runId(), s.month());
        List<UnitMonthFigures> figures = summaries.figures(s.runId());
        for (UndrawableCharacters.Finding finding : UndrawableCharacters.find(
                texts(s, figures, ledger, experienceLines),
                fonts.runs(FontRole.BODY),
                ReportCharts.labelRuns(java.awt.Font.PLAIN))) {
            log.warn(finding.message());
        }
        DistrictMonth district = district(s, figures, ledger, experienceLines);
        Map<String, Map<LocalDate, WeekSubmission>> grid = records.submissions(
                        s.runId(), s.month(), s.calculator(), UnitRange.ALL)
                .byUnit();
        DistrictReportWriter writer = new DistrictReportWriter(fonts, s.templates());
        ParallelDocuments documents = new ParallelDocuments(s.threads());
        documents.add(() -> writer.write(folder.resolve(districtFile), district, grid, s.issued()));
        if (notice != null) {
            noticeDocuments(s, district, notice, fonts, folder, documents);
        }
        documents.add(() -> writer.writeWord(folder.resolve(wordFile), district, grid, s.issued(), s.wordFaces()));
        // both say the same: one fingerprint
        String[] fingerprint = new String[1];
        documents.add(() -> fingerprint[0] = ContentFingerprint.of(district, grid));
        documents.writeAll();
        List<ReportOutput> written = new ArrayList<>();
        written.add(new ReportOutput(districtFile, ReportOutput.Kind.DISTRICT, null, fingerprint[0]));
        written.add(new ReportOutput(wordFile, ReportOutput.Kind.DISTRICT_WORD, null, fingerprint[0]));
        if (notice != null) {
            // both say the same: one fingerprint
            String noticeFingerprint = ContentFingerprint.of(notice.content(), district);
            written.add(new ReportOutput(notice.file(), ReportOutput.Kind.NOTICE, null, noticeFingerprint));
            written.add(new ReportOutput(notice.wordFile(), ReportOutput.Kind.NOTICE_WORD, null, noticeFingerprint));
        }
        return written;
    }

    /**
     * Adds the ranking notice's documents, {@code folder}/{@code files.file()} (PDF) and {@code
     * folder}/{@code files.wordFile()} (.docx), from the same month as the district report (the
     * month's texts were checked with the district report's; the notice's own settings are checked
     * here, and its parts worked out before either is written).
     */
    private static void noticeDocuments(
            Setting s,
            DistrictMonth district,
            NoticeFiles files,
            ReportFonts fonts,
            Path folder,
            ParallelDocuments documents) {
        RankingNotice notice = files.content();
        List<UndrawableCharacters.Source> settings = new ArrayList<>();
        settings.add(UndrawableCharacters.Source.setting("reform.notice.authority-name", notice.authority()));
        settings.add(UndrawableCharacters.Source.setting(
                "reform.notice.number-prefix (the document number)", notice.documentNumber()));
        settings.add(UndrawableCharacters.Source.setting("reform.notice.printing-office", notice.printingOffice()));
        notice.copiesTo().forEach(c -> settings.add(UndrawableCharacters.Source.setting("reform.notice.copies-to", c)));
        for (UndrawableCharacters.Finding finding : UndrawableCharacters.find(
                settings, fonts.runs(FontRole.BODY), ReportCharts.labelRuns(java.awt.Font.PLAIN))) {
            log.warn(finding.message());
        }
        NoticeNarrative narrative = new NoticeNarrative(s.templates());
        List<DocumentPart> parts = notice.parts(district, s.templates(), s.issued());
        String title = narrative.title(district);
        documents.add(() ->
                new RankingNoticeWriter(fonts).write(folder.resolve(files.file()), title, notice.authority(), parts));
        documents.add(() ->
                WordDocument.write(folder.resolve(files.wordFile()), parts, s.wordFaces(), title, notice.authority()));
    }

    private DistrictMonth district(
            Setting s, List<UnitMonthFigures> figures, List<LedgerLine> ledger, List<ExperienceLine> experienceLines) {
        List<DistrictMonth.TaskLine> tasks = ledger.stream()
                .map(l -> new DistrictMonth.TaskLine(
                        l.taskCode(),
                        l.title(),
                        l.leadUnitName(),
                        l.leader(),
                        l.effectiveStatus(),
                        l.report().achievements()))
                .toList();
        List<DistrictMonth.Experience> experiences = experienceLines.stream()
                .filter(e -> e.experience() != null && !e.experience().isBlank())
                .map(e -> new DistrictMonth.Experience(
                        e.unitName(), e.experience(), e.promotion().label()))
                .toList();
        return new DistrictMonth(
                s.region(), s.authority(), s.month(), figures, summaries.scores(s.runId()), tasks, experiences);
    }

    /**
     * Writes the reports of the active units whose codes are in {@code range}, one after the other
     * with the given fonts (a partition runs on one thread; each document has PdfFonts of its own).
     */
    public List<ReportOutput> writeUnits(Setting s, UnitRange range, ReportFonts fonts, Path folder)
            throws IOException {
        List<UnitMonthFigures> all = summaries.figures(s.runId());
        Map<String, Long> groupSizes = new HashMap<>();
        all.forEach(f -> groupSizes.merge(f.group(), 1L, Long::sum));
        List<UnitMonthFigures> figures =
                all.stream().filter(f -> range.contains(f.unitCode())).toList();
        Map<String, UnitScore> scores = summaries.scores(s.runId());
        Map<String, List<UnitMonth.Task>> tasks = new HashMap<>();
        for (LedgerLine l : records.ledger(s.runId(), s.month())) {
            if (range.contains(l.leadUnitCode())) {
                tasks.computeIfAbsent(l.leadUnitCode(), k -> new ArrayList<>())
                        .add(new UnitMonth.Task(
                                l.title(),
                                l.effectiveStatus().label(),
                                l.report().thisMonth()));
            }
        }
        SubmissionGrid grid = records.submissions(s.runId(), s.month(), s.calculator(), range);
        Map<String, Map<ReportMonth, Integer>> trend =
                monthlyTotals(s.runId(), s.month().yearToDate());
        // File names from all the month's units, so that no two units' reports share one.
        Map<String, String> namesByCode = new java.util.LinkedHashMap<>();
        all.forEach(f -> namesByCode.put(f.unitCode(), f.unitName()));
        Map<String, String> fileNames = FileNames.unitReports(namesByCode);
        UnitReportWriter writer = new UnitReportWriter(fonts, s.templates());
        List<ReportOutput> outputs = new ArrayList<>();
        for (UnitMonthFigures f : figures) {
            UnitMonth unit = new UnitMonth(
                    s.authority(),
                    s.month(),
                    f,
                    scores.get(f.unitCode()),
                    groupSizes.get(f.group()).intValue(),
                    grid.weeksOf(f.unitCode()),
                    tasks.getOrDefault(f.unitCode(), List.of()),
                    trend.getOrDefault(f.unitCode(), Map.of()));
            String name = fileNames.get(f.unitCode());
            writer.write(folder.resolve(UNIT_FOLDER).resolve(name), unit, s.issued());
            outputs.add(new ReportOutput(
                    UNIT_FOLDER + "/" + name, ReportOutput.Kind.UNIT, f.unitCode(), ContentFingerprint.of(unit)));
        }
        return outputs;
    }

    /** The year's monthly totals of every unit, as last added up, and for which run, months and tallies. */
    private record YearTotals(
            long runId, List<ReportMonth> months, long tallyVersion, Map<String, Map<ReportMonth, Integer>> byUnit) {}

    private YearTotals yearTotals;

    /**
     * Every unit's media total per month of the year, added up once for all the ranges this process
     * writes: each range added up the whole year's tallies again to keep its own units' (at 10,000
     * units, 20 ranges × 440,000 rows), a twelfth of the unit reports' time. Added up again for
     * another run (a worker serves many; another run's intake may have re-read or dropped rows
     * without adding newer ones) and when a form has been imported since.
     */
    private synchronized Map<String, Map<ReportMonth, Integer>> monthlyTotals(long runId, List<ReportMonth> months) {
        long version = summaries.tallyVersion();
        if (yearTotals == null
                || yearTotals.runId() != runId
                || !yearTotals.months().equals(months)
                || yearTotals.tallyVersion() != version) {
            yearTotals = new YearTotals(runId, months, version, summaries.monthlyTotals(months, UnitRange.ALL));
        }
        return yearTotals.byUnit();
    }

    /** Every text of the month's reports that comes from the registry, the forms, settings or templates. */
    private static List<UndrawableCharacters.Source> texts(
            Setting s, List<UnitMonthFigures> figures, List<LedgerLine> ledger, List<ExperienceLine> experiences) {
        List<UndrawableCharacters.Source> texts = new ArrayList<>();
        texts.add(UndrawableCharacters.Source.setting("region (settings)", s.region()));
        texts.add(UndrawableCharacters.Source.setting("authority (settings)", s.authority()));
        s.templates()
                .entries()
                .forEach((key, text) -> texts.add(UndrawableCharacters.Source.setting(
                        "templates/" + s.templates().name() + " " + key, text)));
        for (UnitMonthFigures f : figures) {
            texts.add(UndrawableCharacters.Source.unit(f.unitCode(), f.unitName(), "单位名称", f.unitName(), true));
            texts.add(UndrawableCharacters.Source.unit(f.unitCode(), f.unitName(), "单位类型", f.group(), false));
        }
        for (LedgerLine l : ledger) {
            String code = l.leadUnitCode();
            String name = l.leadUnitName();
            texts.add(UndrawableCharacters.Source.task(code, name, l.taskCode(), "任务名称", l.title()));
            texts.add(UndrawableCharacters.Source.task(code, name, l.taskCode(), "领衔领导", l.leader()));
            texts.add(UndrawableCharacters.Source.task(
                    code, name, l.taskCode(), "本月进展", l.report().thisMonth()));
            texts.add(UndrawableCharacters.Source.task(
                    code, name, l.taskCode(), "主要成效", l.report().achievements()));
        }
        for (ExperienceLine e : experiences) {
            texts.add(
                    UndrawableCharacters.Source.task(e.unitCode(), e.unitName(), e.taskCode(), "典型经验", e.experience()));
        }
        return texts;
    }
}
