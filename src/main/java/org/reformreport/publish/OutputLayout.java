package org.reformreport.publish;

import java.nio.file.Path;
import org.reformreport.calendar.ReportMonth;

/** Where a month's outputs live (spec §7): staged per run, then published as {@code <output>/<YYYY-MM>/}. */
public record OutputLayout(Path root, ReportMonth month, long runId) {

    public static final String MANIFEST = "manifest.json";
    public static final String HISTORY = ".history";

    public Path published() {
        return root.resolve(month.toString());
    }

    /** A run's own staging folder: a restarted run finds what it had written. */
    public Path staging() {
        return root.resolve(".staging").resolve(month + "-run" + runId);
    }

    public String workbookName() {
        return baseName() + ".xlsx";
    }

    public String districtReportName() {
        return baseName() + ".pdf";
    }

    /** The district report as a Word document: the PDF's name with .docx. */
    public String districtWordName() {
        return baseName() + ".docx";
    }

    /** The ranking notice: 情况通报_2026年10月.pdf. */
    public String noticeName() {
        return "情况通报_" + period() + ".pdf";
    }

    /** The ranking notice as a Word document: 情况通报_2026年10月.docx. */
    public String noticeWordName() {
        return "情况通报_" + period() + ".docx";
    }

    private String baseName() {
        return "改革工作月报_" + period();
    }

    private String period() {
        return month.year() + "年" + String.format("%02d", month.monthValue()) + "月";
    }
}
