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

    public record Weights(
            @DefaultValue("50") BigDecimal publicityMax,
            @DefaultValue("10") BigDecimal centralWeight,
            @DefaultValue("5") BigDecimal provincialWeight,
            @DefaultValue("2") BigDecimal municipalWeight,
            @DefaultValue("1") BigDecimal districtWeight,
            @DefaultValue("0.5") BigDecimal newMediaWeight,
            @DefaultValue("30") BigDecimal submissionMax,
            @DefaultValue("0.5") BigDecimal lateCredit,
            @DefaultValue("20") BigDecimal tasksMax,
            @DefaultValue("3") BigDecimal nationalBonus,
            @DefaultValue("2") BigDecimal provincialBonus,
            @DefaultValue("1") BigDecimal municipalBonus,
            @DefaultValue("5") BigDecimal bonusCap) {

        ScoringRules toRules() {
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
}
