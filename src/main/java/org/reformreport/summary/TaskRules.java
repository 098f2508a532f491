package org.reformreport.summary;

import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.registry.ReformTask;

/** Which reform tasks are on the month's ledger, and the status each counts with (spec §5). */
final class TaskRules {

    private TaskRules() {}

    /**
     * Active in month M when it has started (开始月份 ≤ M) and its lead unit did not report it
     * 已完成 for a month before M.
     *
     * @param firstCompletedMonth the first month the lead unit reported 已完成, or null
     */
    public static boolean isActive(ReformTask task, ReportMonth month, ReportMonth firstCompletedMonth) {
        return !task.startMonth().isAfter(month)
                && (firstCompletedMonth == null || !firstCompletedMonth.isBefore(month));
    }

    /**
     * The status a lead task counts with in month M.
     *
     * @param reported the status in the lead unit's counted progress row for M, or null when it sent none
     */
    public static EffectiveStatus effectiveStatus(ReformTask task, ReportMonth month, ProgressStatus reported) {
        EffectiveStatus status;
        if (reported == null) {
            status = EffectiveStatus.NOT_REPORTED;
        } else {
            status = switch (reported) {
                case COMPLETED -> EffectiveStatus.COMPLETED;
                case ON_TRACK -> EffectiveStatus.ON_TRACK;
                case LAGGING -> EffectiveStatus.LAGGING;
                // 未启动 is still on schedule before the planned month, behind from it on.
                case NOT_STARTED ->
                    month.isBefore(task.plannedCompletionMonth()) ? EffectiveStatus.ON_TRACK : EffectiveStatus.LAGGING;
            };
        }
        // Past the planned month anything but 已完成 counts as 滞后, a missing report included.
        if (month.isAfter(task.plannedCompletionMonth()) && status != EffectiveStatus.COMPLETED) {
            return EffectiveStatus.LAGGING;
        }
        return status;
    }
}
