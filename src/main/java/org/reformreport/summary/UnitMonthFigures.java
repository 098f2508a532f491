package org.reformreport.summary;

import java.math.BigDecimal;
import java.util.Map;
import org.reformreport.intake.PromotionLevel;
import org.reformreport.support.FingerprintName;

/**
 * One active unit's figures for a month (spec §5): submissions, articles with their comparisons,
 * the "of which" counts and the lead tasks by effective status. {@code monthOnMonth} and
 * {@code yearOnYear} are null when their base is 0.
 */
@FingerprintName("org.reformreport.summary.UnitMonthFigures")
public record UnitMonthFigures(
        String unitCode,
        String unitName,
        String group,
        int weeksDue,
        int onTime,
        int late,
        MediaCounts media,
        int previousMonthTotal,
        int lastYearTotal,
        int yearToDateTotal,
        int specialColumn,
        int typicalCases,
        int supervision,
        int leaderInterviews,
        int socialPublicity,
        Map<EffectiveStatus, Integer> leadTasks,
        Map<PromotionLevel, Integer> promotions) {

    public UnitMonthFigures {
        leadTasks = Map.copyOf(leadTasks);
        promotions = Map.copyOf(promotions);
    }

    public int missing() {
        return weeksDue - onTime - late;
    }

    public int total() {
        return media.total();
    }

    public BigDecimal monthOnMonth() {
        return Growth.rate(total(), previousMonthTotal);
    }

    public BigDecimal yearOnYear() {
        return Growth.rate(total(), lastYearTotal);
    }

    public int leadTaskCount() {
        return leadTasks.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int tasks(EffectiveStatus status) {
        return leadTasks.getOrDefault(status, 0);
    }
}
