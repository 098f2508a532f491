package org.reformreport.intake;

import java.time.LocalDate;
import org.reformreport.calendar.ReportMonth;

/** One accepted reform-task progress row (改革任务进展表): a unit's report on a task for a month. */
public record ProgressRecord(
        SourcePosition source,
        String taskCode,
        String unitCode,
        ReportMonth month,
        ProgressStatus status,
        Integer percent,
        String thisMonth,
        String achievements,
        String problems,
        String nextSteps,
        String experience,
        PromotionLevel promotion,
        String filler,
        LocalDate filledDate,
        boolean filledDateAssumed) {

    public Submission submission() {
        return new Submission(filledDate, source);
    }

    public String key() {
        return taskCode + "|" + unitCode + "|" + month;
    }
}
