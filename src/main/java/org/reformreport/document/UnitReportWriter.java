package org.reformreport.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes one unit's report: the same official layout, that unit's figures only. */
public final class UnitReportWriter {

    private final ReportFonts fonts;
    private final ReportTemplates templates;

    public UnitReportWriter(ReportFonts fonts, ReportTemplates templates) {
        this.fonts = fonts;
        this.templates = templates;
    }

    /** 单位报告/<单位编码>_<单位名称>.pdf, with characters file systems refuse replaced. */
    public static String fileName(String unitCode, String unitName) {
        return unitCode + "_" + unitName.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".pdf";
    }

    public void write(Path file, UnitMonth unit, LocalDate issued) throws IOException {
        Files.createDirectories(file.getParent());
        UnitNarrative narrative = new UnitNarrative(templates);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toFile()));
             OfficialDocument doc = new OfficialDocument(pdf, fonts)) {
            pdf.getDocumentInfo().setTitle(narrative.title(unit));
            pdf.getDocumentInfo().setAuthor(unit.authority());
            doc.title(narrative.title(unit));
            doc.addressees(templates.fill("unit.addressee", narrative.period(unit)));
            narrative.body(unit).forEach(doc::block);
            doc.signature(unit.authority(), OfficeNumbers.date(issued));
        }
    }
}
