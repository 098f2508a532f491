package org.reformreport.outputs.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.Weeks;
import org.reformreport.summary.SubmissionGrid;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;

/**
 * Writes the district report, as PDF and as Word: the narrative, signature, and the ranking, the
 * submission grid and the chart as 附件.
 */
public final class DistrictReportWriter {

    private final ReportFonts fonts;
    private final ReportTemplates templates;

    public DistrictReportWriter(ReportFonts fonts, ReportTemplates templates) {
        this.fonts = fonts;
        this.templates = templates;
    }

    public void write(
            Path file, DistrictMonth month, Map<String, Map<LocalDate, WeekSubmission>> grid, LocalDate issued)
            throws IOException {
        OfficialDocument.write(
                file,
                fonts,
                new DistrictNarrative(templates).title(month),
                month.authority(),
                parts(month, grid, issued));
    }

    /**
     * The same report as a Word document (.docx), for an office to edit before it issues it: the
     * parts of the PDF, in the faces the office has installed, by name.
     */
    public void writeWord(
            Path file,
            DistrictMonth month,
            Map<String, Map<LocalDate, WeekSubmission>> grid,
            LocalDate issued,
            WordFaces faces)
            throws IOException {
        WordDocument.write(
                file,
                parts(month, grid, issued),
                faces,
                new DistrictNarrative(templates).title(month),
                month.authority());
    }

    /** What the district report says, part by part, for every format it is written in. */
    public List<DocumentPart> parts(
            DistrictMonth month, Map<String, Map<LocalDate, WeekSubmission>> grid, LocalDate issued) {
        DistrictNarrative narrative = new DistrictNarrative(templates);
        Map<String, Object> period = narrative.period(month);
        List<DocumentPart> parts = new ArrayList<>();
        parts.add(new DocumentPart.Title(narrative.title(month)));
        parts.add(new DocumentPart.Addressees(templates.get("addressees")));
        parts.addAll(narrative.body(month));
        parts.add(new DocumentPart.AttachmentNote(
                List.of(templates.fill("attachments", period).split("\n"))));
        parts.add(new DocumentPart.Signature(month.authority(), OfficeNumbers.date(issued)));
        parts.add(new DocumentPart.AttachmentPage(1, templates.fill("attachment1.title", period)));
        parts.add(rankingTable(month));
        parts.add(new DocumentPart.AttachmentPage(2, templates.fill("attachment2.title", period)));
        parts.add(gridTable(month, grid));
        parts.add(new DocumentPart.AttachmentPage(3, templates.fill("attachment3.title", period)));
        parts.add(articlesChart(month));
        return parts;
    }

    /** 附件1: per group (单位类型), the units by rank with the parts of their score. */
    public static DocumentPart.Table rankingTable(DistrictMonth month) {
        List<DocumentPart.Column> columns = List.of(
                new DocumentPart.Column("排名", 8),
                new DocumentPart.Column("单位", 36),
                new DocumentPart.Column("宣传", 11),
                new DocumentPart.Column("报送", 11),
                new DocumentPart.Column("任务", 11),
                new DocumentPart.Column("加分", 11),
                new DocumentPart.Column("得分", 12));
        Map<String, List<UnitMonthFigures>> groups = new java.util.LinkedHashMap<>();
        month.units()
                .forEach(f -> groups.computeIfAbsent(f.group(), k -> new ArrayList<>())
                        .add(f));
        List<List<DocumentPart.Cell>> rows = new ArrayList<>();
        groups.forEach((group, units) -> {
            rows.add(List.of(new DocumentPart.Cell(
                    group + "（" + units.size() + "个）",
                    DocumentPart.Align.LEFT,
                    DocumentPart.Shade.GROUP,
                    columns.size(),
                    true)));
            units.stream()
                    .sorted(Comparator.comparingInt((UnitMonthFigures f) ->
                                    month.scores().get(f.unitCode()).rank())
                            .thenComparing(UnitMonthFigures::unitCode))
                    .forEach(f -> {
                        UnitScore s = month.scores().get(f.unitCode());
                        List<DocumentPart.Cell> row = new ArrayList<>();
                        row.add(DocumentPart.Cell.of(String.valueOf(s.rank()), DocumentPart.Align.CENTER));
                        row.add(DocumentPart.Cell.of(f.unitName(), DocumentPart.Align.LEFT));
                        for (var part : List.of(s.publicity(), s.submission(), s.tasks(), s.bonus(), s.total())) {
                            row.add(DocumentPart.Cell.of(OfficeNumbers.score(part), DocumentPart.Align.RIGHT));
                        }
                        rows.add(row);
                    });
        });
        return new DocumentPart.Table(columns, OfficialPage.TABLE_SIZE, rows);
    }

    /** Units a bar chart can show legibly on one page; a larger district shows its leaders. */
    static final int CHART_UNITS = 40;

    /** 稿件合计 by unit, highest first, as a bar chart that fits the attachment page. */
    private static DocumentPart.Chart articlesChart(DistrictMonth month) {
        Map<String, Integer> totals = new java.util.LinkedHashMap<>();
        month.units().stream()
                .sorted(Comparator.comparingInt(UnitMonthFigures::total)
                        .reversed()
                        .thenComparing(UnitMonthFigures::unitCode))
                .limit(CHART_UNITS)
                .forEach(f -> totals.put(f.unitName(), f.total()));
        int height = Math.max(300, 40 + 18 * totals.size());
        String axis = month.units().size() > CHART_UNITS ? "稿件合计（篇，前" + CHART_UNITS + "名）" : "稿件合计（篇）";
        return new DocumentPart.Chart(
                null,
                axis,
                totals,
                true,
                560,
                height,
                OfficialPage.BLOCK_WIDTH,
                OfficialPage.BLOCK_HEIGHT - 5 * OfficialPage.LINE_PITCH,
                false);
    }

    /** 附件2: units × weeks, each cell 按时, 迟报 or 缺报 (shaded when not on time). */
    private static DocumentPart.Table gridTable(DistrictMonth month, Map<String, Map<LocalDate, WeekSubmission>> grid) {
        List<LocalDate> weeks = month.month().weeks();
        List<DocumentPart.Column> columns = new ArrayList<>();
        columns.add(new DocumentPart.Column("单位", 34));
        for (LocalDate w : weeks) {
            // broken at the dash, never inside a date: a narrow column cut "9.28—10." from "4"
            columns.add(new DocumentPart.Column(
                    "第" + Weeks.ordinalInMonth(w) + "周\n"
                            + OfficeNumbers.weekSpan(w).replace("—", "—\n"),
                    66f / weeks.size()));
        }
        List<List<DocumentPart.Cell>> rows = new ArrayList<>();
        for (UnitMonthFigures f : month.units()) {
            List<DocumentPart.Cell> row = new ArrayList<>();
            row.add(DocumentPart.Cell.of(f.unitName(), DocumentPart.Align.LEFT));
            Map<LocalDate, WeekSubmission> unitWeeks = grid.getOrDefault(f.unitCode(), Map.of());
            for (LocalDate w : weeks) {
                WeekSubmission s = SubmissionGrid.at(unitWeeks, w);
                DocumentPart.Shade shade = switch (s) {
                    case ON_TIME -> DocumentPart.Shade.NONE;
                    case LATE -> DocumentPart.Shade.LATE;
                    case MISSING -> DocumentPart.Shade.MISSING;
                };
                row.add(new DocumentPart.Cell(s.label(), DocumentPart.Align.CENTER, shade, 1, false));
            }
            rows.add(row);
        }
        return new DocumentPart.Table(columns, 10.5f, rows);
    }
}
