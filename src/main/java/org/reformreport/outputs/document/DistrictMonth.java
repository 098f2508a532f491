package org.reformreport.outputs.document;

import java.util.List;
import java.util.Map;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.summary.EffectiveStatus;
import org.reformreport.summary.UnitMonthFigures;
import org.reformreport.summary.UnitScore;
import org.reformreport.support.FingerprintName;

/** What the district report says, as stored by the earlier steps. */
@FingerprintName("org.reformreport.document.DistrictMonth")
public record DistrictMonth(
        String region,
        String authority,
        ReportMonth month,
        List<UnitMonthFigures> units,
        Map<String, UnitScore> scores,
        List<TaskLine> tasks,
        List<Experience> experiences) {

    /** A task on the month's ledger with what its lead unit reported. */
    @FingerprintName("org.reformreport.document.DistrictMonth$TaskLine")
    public record TaskLine(
            String code,
            String title,
            String leadUnitName,
            String leader,
            EffectiveStatus status,
            String achievements) {}

    /** An experience a unit reported as adopted at some level. */
    @FingerprintName("org.reformreport.document.DistrictMonth$Experience")
    public record Experience(String unitName, String experience, String levelLabel) {}
}
