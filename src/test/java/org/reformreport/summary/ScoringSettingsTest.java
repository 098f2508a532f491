package org.reformreport.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.calendar.ReportMonth;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ScoringSettingsTest {

    private static ScoringSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("reform.scoring", ScoringSettings.class);
    }

    @Test
    void aMonthIsScoredWithTheRulesOfTheLatestYearNotAfterIt() {
        ScoringSettings settings = bind(Map.of(
                "reform.scoring.years.2025.publicity-max", "50",
                "reform.scoring.years.2027.publicity-max", "40",
                "reform.scoring.years.2027.tasks-max", "30"));
        assertThat(settings.rulesFor(ReportMonth.of(2024, 12))).isEqualTo(ScoringRules.DEFAULT);
        assertThat(settings.rulesFor(ReportMonth.of(2026, 10))).isEqualTo(ScoringRules.DEFAULT);
        ScoringRules later = settings.rulesFor(ReportMonth.of(2027, 1));
        assertThat(later.publicityMax()).isEqualByComparingTo("40");
        assertThat(later.tasksMax()).isEqualByComparingTo("30");
        assertThat(later.newMediaWeight()).isEqualByComparingTo("0.5");
    }

    @Test
    void noConfigurationMeansTheSpecDefaults() {
        assertThat(bind(Map.of()).rulesFor(ReportMonth.of(2026, 10))).isEqualTo(ScoringRules.DEFAULT);
    }

    @Test
    void nonsenseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("reform.scoring.years.2026.late-credit", "2")))
                .hasRootCauseMessage("late-credit must be between 0 and 1, was 2");
        assertThatThrownBy(() -> bind(Map.of("reform.scoring.years.next.tasks-max", "2")))
                .hasRootCauseMessage("reform.scoring.years keys must be years, not 'next'");
    }

    @Test
    void aNegativeWeightIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("reform.scoring.years.2026.bonus-cap", "-1")))
                .hasRootCauseMessage("scoring weights must be numbers >= 0");
    }
}
