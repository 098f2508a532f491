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

    /** The "of which" counts together. */
    public OfWhichCounts ofWhich() {
        return new OfWhichCounts(specialColumn, typicalCases, supervision, leaderInterviews, socialPublicity);
    }

    /**
     * Figures built by name: what is not set is 0 (or none). The components themselves stay as they
     * are, since the reports' fingerprints take them by name and order.
     */
    public static Builder builder(String unitCode, String unitName, String group) {
        return new Builder(unitCode, unitName, group);
    }

    public static final class Builder {
        private final String unitCode;
        private final String unitName;
        private final String group;
        private int weeksDue;
        private int onTime;
        private int late;
        private MediaCounts media = MediaCounts.ZERO;
        private int previousMonthTotal;
        private int lastYearTotal;
        private int yearToDateTotal;
        private OfWhichCounts ofWhich = OfWhichCounts.NONE;
        private Map<EffectiveStatus, Integer> leadTasks = Map.of();
        private Map<PromotionLevel, Integer> promotions = Map.of();

        private Builder(String unitCode, String unitName, String group) {
            this.unitCode = unitCode;
            this.unitName = unitName;
            this.group = group;
        }

        public Builder weeksDue(int weeksDue) {
            this.weeksDue = weeksDue;
            return this;
        }

        public Builder onTime(int onTime) {
            this.onTime = onTime;
            return this;
        }

        public Builder late(int late) {
            this.late = late;
            return this;
        }

        public Builder media(MediaCounts media) {
            this.media = media;
            return this;
        }

        public Builder previousMonthTotal(int total) {
            this.previousMonthTotal = total;
            return this;
        }

        public Builder lastYearTotal(int total) {
            this.lastYearTotal = total;
            return this;
        }

        public Builder yearToDateTotal(int total) {
            this.yearToDateTotal = total;
            return this;
        }

        public Builder ofWhich(OfWhichCounts ofWhich) {
            this.ofWhich = ofWhich;
            return this;
        }

        public Builder leadTasks(Map<EffectiveStatus, Integer> leadTasks) {
            this.leadTasks = leadTasks;
            return this;
        }

        public Builder promotions(Map<PromotionLevel, Integer> promotions) {
            this.promotions = promotions;
            return this;
        }

        public UnitMonthFigures build() {
            return new UnitMonthFigures(
                    unitCode,
                    unitName,
                    group,
                    weeksDue,
                    onTime,
                    late,
                    media,
                    previousMonthTotal,
                    lastYearTotal,
                    yearToDateTotal,
                    ofWhich.specialColumn(),
                    ofWhich.typicalCases(),
                    ofWhich.supervision(),
                    ofWhich.leaderInterviews(),
                    ofWhich.socialPublicity(),
                    leadTasks,
                    promotions);
        }
    }
}
