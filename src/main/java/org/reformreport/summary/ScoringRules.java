package org.reformreport.summary;

import java.math.BigDecimal;

/**
 * The weights of the monthly score (spec §6). Offices change them in job-config/scoring.yml, per
 * year, so a past month is recomputed with the rules of its year.
 */
public record ScoringRules(
        BigDecimal publicityMax,
        BigDecimal centralWeight,
        BigDecimal provincialWeight,
        BigDecimal municipalWeight,
        BigDecimal districtWeight,
        BigDecimal newMediaWeight,
        BigDecimal submissionMax,
        BigDecimal lateCredit,
        BigDecimal tasksMax,
        BigDecimal nationalBonus,
        BigDecimal provincialBonus,
        BigDecimal municipalBonus,
        BigDecimal bonusCap) {

    /** The spec's defaults: 宣传 50, 报送 30, 任务 20, 加分 up to 5. */
    public static final ScoringRules DEFAULT = builder().build();

    /** Rules built by name, from the spec's defaults: what is not set (or set to null) keeps its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Checks each weight as it is set: a number ≥ 0, and a late week's credit at most 1. */
    public static final class Builder {
        private BigDecimal publicityMax = bd("50");
        private BigDecimal centralWeight = bd("10");
        private BigDecimal provincialWeight = bd("5");
        private BigDecimal municipalWeight = bd("2");
        private BigDecimal districtWeight = bd("1");
        private BigDecimal newMediaWeight = bd("0.5");
        private BigDecimal submissionMax = bd("30");
        private BigDecimal lateCredit = bd("0.5");
        private BigDecimal tasksMax = bd("20");
        private BigDecimal nationalBonus = bd("3");
        private BigDecimal provincialBonus = bd("2");
        private BigDecimal municipalBonus = bd("1");
        private BigDecimal bonusCap = bd("5");

        private Builder() {}

        public Builder publicityMax(BigDecimal v) {
            publicityMax = weight(v, publicityMax);
            return this;
        }

        public Builder centralWeight(BigDecimal v) {
            centralWeight = weight(v, centralWeight);
            return this;
        }

        public Builder provincialWeight(BigDecimal v) {
            provincialWeight = weight(v, provincialWeight);
            return this;
        }

        public Builder municipalWeight(BigDecimal v) {
            municipalWeight = weight(v, municipalWeight);
            return this;
        }

        public Builder districtWeight(BigDecimal v) {
            districtWeight = weight(v, districtWeight);
            return this;
        }

        public Builder newMediaWeight(BigDecimal v) {
            newMediaWeight = weight(v, newMediaWeight);
            return this;
        }

        public Builder submissionMax(BigDecimal v) {
            submissionMax = weight(v, submissionMax);
            return this;
        }

        public Builder lateCredit(BigDecimal v) {
            lateCredit = weight(v, lateCredit);
            if (lateCredit.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("late-credit must be between 0 and 1, was " + lateCredit);
            }
            return this;
        }

        public Builder tasksMax(BigDecimal v) {
            tasksMax = weight(v, tasksMax);
            return this;
        }

        public Builder nationalBonus(BigDecimal v) {
            nationalBonus = weight(v, nationalBonus);
            return this;
        }

        public Builder provincialBonus(BigDecimal v) {
            provincialBonus = weight(v, provincialBonus);
            return this;
        }

        public Builder municipalBonus(BigDecimal v) {
            municipalBonus = weight(v, municipalBonus);
            return this;
        }

        public Builder bonusCap(BigDecimal v) {
            bonusCap = weight(v, bonusCap);
            return this;
        }

        public ScoringRules build() {
            return new ScoringRules(
                    publicityMax,
                    centralWeight,
                    provincialWeight,
                    municipalWeight,
                    districtWeight,
                    newMediaWeight,
                    submissionMax,
                    lateCredit,
                    tasksMax,
                    nationalBonus,
                    provincialBonus,
                    municipalBonus,
                    bonusCap);
        }

        private static BigDecimal weight(BigDecimal value, BigDecimal unset) {
            if (value == null) {
                return unset;
            }
            if (value.signum() < 0) {
                throw new IllegalArgumentException("scoring weights must be numbers >= 0");
            }
            return value;
        }
    }

    /** W = 10·中央 + 5·省级 + 2·市级 + 1·区级 + 0.5·政务新媒体 (with the configured weights). */
    public BigDecimal weightedArticles(MediaCounts m) {
        return centralWeight
                .multiply(BigDecimal.valueOf(m.central()))
                .add(provincialWeight.multiply(BigDecimal.valueOf(m.provincial())))
                .add(municipalWeight.multiply(BigDecimal.valueOf(m.municipal())))
                .add(districtWeight.multiply(BigDecimal.valueOf(m.district())))
                .add(newMediaWeight.multiply(BigDecimal.valueOf(m.newMedia())));
    }

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }
}
