package org.reformreport.outputs.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.summary.WeekSubmission;
import org.reformreport.support.FingerprintName;

/** One unit's own report: its figures, its rank in its group, its weeks and its lead tasks, nothing of others. */
@FingerprintName("org.reformreport.document.UnitMonth")
public record UnitMonth(
        String authority,
        ReportMonth month,
        UnitMonthFigures figures,
        UnitScore score,
        int groupSize,
        Map<LocalDate, WeekSubmission> weeks,
        List<Task> tasks,
        Map<ReportMonth, Integer> yearTrend) {

    /** A task the unit leads, with its status and what the unit reported. */
    @FingerprintName("org.reformreport.document.UnitMonth$Task")
    public record Task(String title, String statusLabel, String thisMonth) {}
}
