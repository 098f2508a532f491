package org.reformreport.outputs.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** What the unit's report says, part by part: the trend chart follows the figures. */
    public List<DocumentPart> parts(UnitMonth unit, LocalDate issued) {
        UnitNarrative narrative = new UnitNarrative(templates);
        List<DocumentPart> parts = new ArrayList<>();
        parts.add(new DocumentPart.Title(narrative.title(unit)));
        parts.add(new DocumentPart.Addressees(templates.fill("unit.addressee", narrative.period(unit))));
        List<ReportBlock> blocks = narrative.body(unit);
        for (int i = 0; i < blocks.size(); i++) {
            parts.add(blocks.get(i));
            if (i == UnitNarrative.TREND_AFTER_BLOCK) {
                parts.add(trend(unit));
            }
        }
        parts.add(new DocumentPart.Signature(unit.authority(), OfficeNumbers.date(issued)));
        return parts;
    }

    /** The unit's articles month by month this year, as a small bar chart. */
    private DocumentPart.Chart trend(UnitMonth unit) {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (ReportMonth m : unit.month().yearToDate()) {
            months.put(m.monthValue() + "月", unit.yearTrend().getOrDefault(m, 0));
        }
        String title = templates.fill(
                "unit.trend.title",
                Map.of("年", unit.month().year(), "月", unit.month().monthValue()));
        return new DocumentPart.Chart(
                title,
                "稿件合计",
                months,
                false,
                520,
                220,
                OfficialPage.BLOCK_WIDTH * 0.85f,
                OfficialPage.BLOCK_HEIGHT / 3,
                true);
    }

    private void render(Path file, UnitMonth unit, LocalDate issued) throws IOException {
        OfficialDocument.write(
                file, fonts, new UnitNarrative(templates).title(unit), unit.authority(), parts(unit, issued));
    }
}
