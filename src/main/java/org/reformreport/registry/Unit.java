package org.reformreport.registry;

import org.reformreport.calendar.ReportMonth;

/** A reporting unit (township, street, department) from units.csv. */
public record Unit(
        String code,
        String name,
        String group,
        String parentCode,
        String liaison,
        String liaisonPhone,
        String liaisonEmail,
        String head,
        String headEmail,
        ReportMonth activeFrom,
        ReportMonth activeUntil) {

    /** Active in a month when 启用月份 ≤ month ≤ 停用月份, a blank bound being open. */
    public boolean isActiveIn(ReportMonth month) {
        return (activeFrom == null || !month.isBefore(activeFrom))
                && (activeUntil == null || !month.isAfter(activeUntil));
    }
}
