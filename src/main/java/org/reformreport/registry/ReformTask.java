package org.reformreport.registry;

import java.util.Set;
import org.reformreport.calendar.ReportMonth;

/** A task of the reform ledger (改革任务台账) from reform-tasks.csv. */
public record ReformTask(
        String code,
        String title,
        String leader,
        String leadUnitCode,
        Set<String> participantCodes,
        ReportMonth startMonth,
        ReportMonth plannedCompletionMonth,
        TaskCategory category) {

    public ReformTask {
        participantCodes = Set.copyOf(participantCodes);
    }

    /** Whether a unit may report progress on this task: its lead unit or one of its participants. */
    public boolean involves(String unitCode) {
        return leadUnitCode.equals(unitCode) || participantCodes.contains(unitCode);
    }
}
