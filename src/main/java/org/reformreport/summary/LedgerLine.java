package org.reformreport.summary;

import java.util.List;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.ProgressReport;
import org.reformreport.intake.ProgressStatus;
import org.reformreport.registry.TaskCategory;

/**
 * A task on the month's ledger: the registry's entry, the status it counts with, and what its lead
 * unit reported for the month.
 *
 * @param participantCodes the participating units' codes in code order
 * @param reportedStatus   the lead unit's reported 进展状态, null when it sent none
 * @param report           what the lead unit's counted progress row for the month says; all null when it sent none
 */
public record LedgerLine(
        String taskCode,
        String title,
        TaskCategory category,
        String leader,
        String leadUnitCode,
        String leadUnitName,
        List<String> participantCodes,
        ReportMonth startMonth,
        ReportMonth plannedMonth,
        ProgressStatus reportedStatus,
        EffectiveStatus effectiveStatus,
        ProgressReport report) {}
