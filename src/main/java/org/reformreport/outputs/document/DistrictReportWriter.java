package org.reformreport.outputs.document;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
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

/** Writes the district report PDF: the narrative, signature, and the ranking and submission grid as 附件. */
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
        Files.createDirectories(file.getParent());
        DistrictNarrative narrative = new DistrictNarrative(templates);
        try (PdfDocument pdf = PdfFiles.open(file, fonts);
                OfficialDocument doc = new OfficialDocument(pdf, fonts)) {
            pdf.getDocumentInfo().setTitle(PdfFiles.info(narrative.title(month)));
            pdf.getDocumentInfo().setAuthor(PdfFiles.info(month.authority()));
            doc.title(narrative.title(month));
            doc.addressees(templates.get("addressees"));
            narrative.body(month).forEach(doc::block);
            doc.attachmentNote(templates.fill("attachments", narrative.period(month)));
            doc.signature(month.authority(), OfficeNumbers.date(issued));
            doc.attachment(1, templates.fill("attachment1.title", narrative.period(month)));
            doc.layout().add(rankingTable(doc, month));
            doc.attachment(2, templates.fill("attachment2.title", narrative.period(month)));
            doc.layout().add(gridTable(doc, month, grid));
            doc.attachment(3, templates.fill("attachment3.title", narrative.period(month)));
            doc.layout().add(articlesChart(month, pdf));
        }
    }

    private Table rankingTable(OfficialDocument doc, DistrictMonth month) {
        String[] headers = {"排名", "单位", "宣传", "报送", "任务", "加分", "得分"};
        Table table = new Table(UnitValue.createPercentArray(new float[] {8, 36, 11, 11, 11, 11, 12}))
                .useAllAvailableWidth()
                .setFontSize(OfficialPage.TABLE_SIZE);
        for (String h : headers) {
            table.addHeaderCell(headerCell(doc, h));
        }
        Map<String, List<UnitMonthFigures>> groups = new java.util.LinkedHashMap<>();
        month.units()
                .forEach(f -> groups.computeIfAbsent(f.group(), k -> new ArrayList<>())
                        .add(f));
        groups.forEach((group, units) -> {
            table.addCell(new Cell(1, headers.length)
                    .add(doc.text(FontRole.HEADING1, group + "（" + units.size() + "个）"))
                    .setBackgroundColor(ColorConstants.LIGHT_GRAY));
            units.stream()
                    .sorted(Comparator.comparingInt((UnitMonthFigures f) ->
                                    month.scores().get(f.unitCode()).rank())
                            .thenComparing(UnitMonthFigures::unitCode))
                    .forEach(f -> {
                        UnitScore s = month.scores().get(f.unitCode());
                        table.addCell(cell(doc, String.valueOf(s.rank()), TextAlignment.CENTER));
                        table.addCell(cell(doc, f.unitName(), TextAlignment.LEFT));
                        for (var part : List.of(s.publicity(), s.submission(), s.tasks(), s.bonus(), s.total())) {
                            table.addCell(cell(
                                    doc, part.setScale(2, RoundingMode.HALF_UP).toPlainString(), TextAlignment.RIGHT));
                        }
                    });
        });
        return table;
    }

    /** Units a bar chart can show legibly on one page; a larger district shows its leaders. */
    static final int CHART_UNITS = 40;

    /** 稿件合计 by unit, highest first, as a vector bar chart that fits the attachment page. */
    private static com.itextpdf.layout.element.Image articlesChart(DistrictMonth month, PdfDocument pdf) {
        Map<String, Integer> totals = new java.util.LinkedHashMap<>();
        month.units().stream()
                .sorted(Comparator.comparingInt(UnitMonthFigures::total)
                        .reversed()
                        .thenComparing(UnitMonthFigures::unitCode))
                .limit(CHART_UNITS)
                .forEach(f -> totals.put(f.unitName(), f.total()));
        int height = Math.max(300, 40 + 18 * totals.size());
        String axis = month.units().size() > CHART_UNITS ? "稿件合计（篇，前" + CHART_UNITS + "名）" : "稿件合计（篇）";
        String svg = ReportCharts.barChartSvg(null, axis, totals, true, 560, height);
        return ReportCharts.image(
                svg, pdf, OfficialPage.BLOCK_WIDTH, OfficialPage.BLOCK_HEIGHT - 5 * OfficialPage.LINE_PITCH);
    }

    private Table gridTable(
            OfficialDocument doc, DistrictMonth month, Map<String, Map<LocalDate, WeekSubmission>> grid) {
        List<LocalDate> weeks = month.month().weeks();
        float[] widths = new float[weeks.size() + 1];
        widths[0] = 34;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 66f / weeks.size();
        }
        Table table = new Table(UnitValue.createPercentArray(widths))
                .useAllAvailableWidth()
                .setFontSize(10.5f);
        table.addHeaderCell(headerCell(doc, "单位"));
        for (LocalDate w : weeks) {
            // broken at the dash, never inside a date: a narrow column cut "9.28—10." from "4"
            table.addHeaderCell(headerCell(
                    doc,
                    "第" + Weeks.ordinalInMonth(w) + "周\n"
                            + OfficeNumbers.weekSpan(w).replace("—", "—\n")));
        }
        for (UnitMonthFigures f : month.units()) {
            table.addCell(cell(doc, f.unitName(), TextAlignment.LEFT));
            Map<LocalDate, WeekSubmission> unitWeeks = grid.getOrDefault(f.unitCode(), Map.of());
            for (LocalDate w : weeks) {
                WeekSubmission s = SubmissionGrid.at(unitWeeks, w);
                Cell c = cell(doc, s.label(), TextAlignment.CENTER);
                if (s != WeekSubmission.ON_TIME) {
                    c.setBackgroundColor(s == WeekSubmission.LATE ? ColorConstants.YELLOW : ColorConstants.PINK);
                }
                table.addCell(c);
            }
        }
        return table;
    }

    private static Cell headerCell(OfficialDocument doc, String text) {
        return new Cell()
                .add(doc.text(FontRole.HEADING1, text).setFixedLeading(14).setTextAlignment(TextAlignment.CENTER));
    }

    private static Cell cell(OfficialDocument doc, String text, TextAlignment alignment) {
        return new Cell().add(doc.text(FontRole.BODY, text).setFixedLeading(14).setTextAlignment(alignment));
    }
}
