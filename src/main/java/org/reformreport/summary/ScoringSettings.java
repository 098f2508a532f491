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

    /** One year's weights as configured; a weight left out keeps the spec's default ({@link ScoringRules#builder}). */
    public record Weights(
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
