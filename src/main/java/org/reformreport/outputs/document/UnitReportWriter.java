package org.reformreport.outputs.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;

/** Writes one unit's report: the same official layout, that unit's figures only. */
public final class UnitReportWriter {

    private final ReportFonts fonts;
    private final ReportTemplates templates;

    public UnitReportWriter(ReportFonts fonts, ReportTemplates templates) {
        this.fonts = fonts;
        this.templates = templates;
    }

    /** The unit's articles month by month this year, as a small vector bar chart. */
    private com.itextpdf.layout.element.Image trend(UnitMonth unit, PdfDocument pdf) {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (ReportMonth m : unit.month().yearToDate()) {
            months.put(m.monthValue() + "月", unit.yearTrend().getOrDefault(m, 0));
        }
        String svg = ReportCharts.barChartSvg(
                templates.fill(
                        "unit.trend.title",
                        Map.of("年", unit.month().year(), "月", unit.month().monthValue())),
                "稿件合计",
                months,
                false,
                520,
                220);
        return ReportCharts.image(svg, pdf, OfficialPage.BLOCK_WIDTH * 0.85f, OfficialPage.BLOCK_HEIGHT / 3)
                .setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.CENTER);
    }

    public void write(Path file, UnitMonth unit, LocalDate issued) throws IOException {
        if (!fonts.allEmbedded()) {
            // iText's STSong-Light fallback encodes through one CMap encoder shared by every document,
            // which is not thread-safe: without embedded faces, unit reports are written one at a time.
            synchronized (ReportFonts.class) {
                render(file, unit, issued);
            }
        } else {
            render(file, unit, issued);
        }
    }

    private void render(Path file, UnitMonth unit, LocalDate issued) throws IOException {
        Files.createDirectories(file.getParent());
        UnitNarrative narrative = new UnitNarrative(templates);
        try (PdfDocument pdf = PdfFiles.open(file, fonts);
                OfficialDocument doc = new OfficialDocument(pdf, fonts)) {
            pdf.getDocumentInfo().setTitle(PdfFiles.info(narrative.title(unit)));
            pdf.getDocumentInfo().setAuthor(PdfFiles.info(unit.authority()));
            doc.title(narrative.title(unit));
            doc.addressees(templates.fill("unit.addressee", narrative.period(unit)));
            List<ReportBlock> blocks = narrative.body(unit);
            for (int i = 0; i < blocks.size(); i++) {
                doc.block(blocks.get(i));
                if (i == UnitNarrative.TREND_AFTER_BLOCK) {
                    doc.layout().add(trend(unit, pdf));
                }
            }
            doc.signature(unit.authority(), OfficeNumbers.date(issued));
        }
    }
}
