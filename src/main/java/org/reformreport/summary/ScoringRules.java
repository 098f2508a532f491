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

    /** The spec's default weights (also scoring.yml's defaults, {@link ScoringSettings.Weights}). */
    public static final String PUBLICITY_MAX = "50";

    public static final String CENTRAL_WEIGHT = "10";
    public static final String PROVINCIAL_WEIGHT = "5";
    public static final String MUNICIPAL_WEIGHT = "2";
    public static final String DISTRICT_WEIGHT = "1";
    public static final String NEW_MEDIA_WEIGHT = "0.5";
    public static final String SUBMISSION_MAX = "30";
    public static final String LATE_CREDIT = "0.5";
    public static final String TASKS_MAX = "20";
    public static final String NATIONAL_BONUS = "3";
    public static final String PROVINCIAL_BONUS = "2";
    public static final String MUNICIPAL_BONUS = "1";
    public static final String BONUS_CAP = "5";

    /** The spec's defaults: 宣传 50, 报送 30, 任务 20, 加分 up to 5. */
    public static final ScoringRules DEFAULT = builder().build();

    /** Every weight a number ≥ 0, a late week's credit at most 1: checked however the rules are made. */
    public ScoringRules {
        for (BigDecimal v : new BigDecimal[] {
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
            bonusCap
        }) {
            if (v == null || v.signum() < 0) {
                throw new IllegalArgumentException("scoring weights must be numbers >= 0");
            }
        }
        if (lateCredit.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("late-credit must be between 0 and 1, was " + lateCredit);
        }
    }

    /** Rules built by name, from the spec's defaults: what is not set keeps its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Rules by name; {@link #build} checks them as the record does. */
    public static final class Builder {
        private BigDecimal publicityMax = bd(PUBLICITY_MAX);
        private BigDecimal centralWeight = bd(CENTRAL_WEIGHT);
        private BigDecimal provincialWeight = bd(PROVINCIAL_WEIGHT);
        private BigDecimal municipalWeight = bd(MUNICIPAL_WEIGHT);
        private BigDecimal districtWeight = bd(DISTRICT_WEIGHT);
        private BigDecimal newMediaWeight = bd(NEW_MEDIA_WEIGHT);
        private BigDecimal submissionMax = bd(SUBMISSION_MAX);
        private BigDecimal lateCredit = bd(LATE_CREDIT);
        private BigDecimal tasksMax = bd(TASKS_MAX);
        private BigDecimal nationalBonus = bd(NATIONAL_BONUS);
        private BigDecimal provincialBonus = bd(PROVINCIAL_BONUS);
        private BigDecimal municipalBonus = bd(MUNICIPAL_BONUS);
        private BigDecimal bonusCap = bd(BONUS_CAP);

        private Builder() {}

        public Builder publicityMax(BigDecimal v) {
            publicityMax = v;
            return this;
        }

        public Builder centralWeight(BigDecimal v) {
            centralWeight = v;
            return this;
        }

        public Builder provincialWeight(BigDecimal v) {
            provincialWeight = v;
            return this;
        }

        public Builder municipalWeight(BigDecimal v) {
            municipalWeight = v;
            return this;
        }

        public Builder districtWeight(BigDecimal v) {
            districtWeight = v;
            return this;
        }

        public Builder newMediaWeight(BigDecimal v) {
            newMediaWeight = v;
            return this;
        }

        public Builder submissionMax(BigDecimal v) {
            submissionMax = v;
            return this;
        }

        public Builder lateCredit(BigDecimal v) {
            lateCredit = v;
            return this;
        }

        public Builder tasksMax(BigDecimal v) {
            tasksMax = v;
            return this;
        }

        public Builder nationalBonus(BigDecimal v) {
            nationalBonus = v;
            return this;
        }

        public Builder provincialBonus(BigDecimal v) {
            provincialBonus = v;
            return this;
        }

        public Builder municipalBonus(BigDecimal v) {
            municipalBonus = v;
            return this;
        }

        public Builder bonusCap(BigDecimal v) {
            bonusCap = v;
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
