package org.reformreport.summary;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.reformreport.calendar.ReportMonth;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** job-config/scoring.yml: the score weights by the year they apply from. */
@ConfigurationProperties("reform.scoring")
public record ScoringSettings(@DefaultValue Map<String, Weights> years) {

    public ScoringSettings {
        years.forEach((year, weights) -> {
            year(year);
            weights.toRules(); // validates the weights at start-up
        });
    }

    /** The rules of the latest configured year not after the month's year; the spec's defaults otherwise. */
    public ScoringRules rulesFor(ReportMonth month) {
        TreeMap<Integer, Weights> byYear = new TreeMap<>();
        years.forEach((year, weights) -> byYear.put(year(year), weights));
        Map.Entry<Integer, Weights> entry = byYear.floorEntry(month.year());
        return entry == null ? ScoringRules.DEFAULT : entry.getValue().toRules();
    }

    private static int year(String key) {
        try {
            return Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("reform.scoring.years keys must be years, not '" + key + "'");
        }
    }

    /** One year's weights as configured; a weight left out keeps the spec's default. */
    public record Weights(
            @DefaultValue(ScoringRules.PUBLICITY_MAX) BigDecimal publicityMax,
            @DefaultValue(ScoringRules.CENTRAL_WEIGHT) BigDecimal centralWeight,
            @DefaultValue(ScoringRules.PROVINCIAL_WEIGHT) BigDecimal provincialWeight,
            @DefaultValue(ScoringRules.MUNICIPAL_WEIGHT) BigDecimal municipalWeight,
            @DefaultValue(ScoringRules.DISTRICT_WEIGHT) BigDecimal districtWeight,
            @DefaultValue(ScoringRules.NEW_MEDIA_WEIGHT) BigDecimal newMediaWeight,
            @DefaultValue(ScoringRules.SUBMISSION_MAX) BigDecimal submissionMax,
            @DefaultValue(ScoringRules.LATE_CREDIT) BigDecimal lateCredit,
            @DefaultValue(ScoringRules.TASKS_MAX) BigDecimal tasksMax,
            @DefaultValue(ScoringRules.NATIONAL_BONUS) BigDecimal nationalBonus,
            @DefaultValue(ScoringRules.PROVINCIAL_BONUS) BigDecimal provincialBonus,
            @DefaultValue(ScoringRules.MUNICIPAL_BONUS) BigDecimal municipalBonus,
            @DefaultValue(ScoringRules.BONUS_CAP) BigDecimal bonusCap) {

        ScoringRules toRules() {
            return ScoringRules.builder()
                    .publicityMax(publicityMax)
                    .centralWeight(centralWeight)
                    .provincialWeight(provincialWeight)
                    .municipalWeight(municipalWeight)
                    .districtWeight(districtWeight)
                    .newMediaWeight(newMediaWeight)
                    .submissionMax(submissionMax)
                    .lateCredit(lateCredit)
                    .tasksMax(tasksMax)
                    .nationalBonus(nationalBonus)
                    .provincialBonus(provincialBonus)
                    .municipalBonus(municipalBonus)
                    .bonusCap(bonusCap)
                    .build();
        }
    }
}
