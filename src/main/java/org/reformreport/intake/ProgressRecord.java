package org.reformreport.intake;

import java.time.LocalDate;
import org.reformreport.calendar.ReportMonth;

/** One accepted reform-task progress row (改革任务进展表): a unit's report on a task for a month. */
record ProgressRecord(
        SourcePosition source,
        String taskCode,
        String unitCode,
        ReportMonth month,
        ProgressStatus status,
        ProgressReport report,
        String filler,
        LocalDate filledDate,
        boolean filledDateAssumed) {

    Integer percent() {
        return report.percent();
    }

    String thisMonth() {
        return report.thisMonth();
    }

    PromotionLevel promotion() {
        return report.promotion();
    }

    public Submission submission() {
        return new Submission(filledDate, source);
    }

    /** The row's key: one progress row counts per task, unit and month (spec §4.3). */
    public String key() {
        return key(taskCode, unitCode, month);
    }

    static String key(String taskCode, String unitCode, ReportMonth month) {
        return taskCode + "|" + unitCode + "|" + month;
    }
}
