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
    public static final ScoringRules DEFAULT = new ScoringRules(
            bd("50"), bd("10"), bd("5"), bd("2"), bd("1"), bd("0.5"), bd("30"), bd("0.5"), bd("20"), bd("3"), bd("2"),
            bd("1"), bd("5"));

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
