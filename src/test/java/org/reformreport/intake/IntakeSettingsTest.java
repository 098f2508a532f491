package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.job.ReformSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class IntakeSettingsTest {

    private static ReformSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("reform", ReformSettings.class);
    }

    @Test
    void theWeeklyCountLimitDefaultsTo100000() {
        assertThat(bind(Map.of()).intake().maxWeeklyCount()).isEqualTo(100_000);
        assertThat(bind(Map.of("reform.intake.max-file-mb", "20")).intake().maxWeeklyCount())
                .isEqualTo(100_000);
        assertThat(bind(Map.of("reform.intake.max-weekly-count", "5000"))
                        .intake()
                        .maxWeeklyCount())
                .isEqualTo(5000);
        assertThat(bind(Map.of("reform.intake.max-weekly-count", "1000000"))
                        .intake()
                        .maxWeeklyCount())
                .isEqualTo(1_000_000);
    }

    @Test
    void aLimitThatWouldLetFiguresOverflowOrRefuseEverythingIsRefusedAtStartUp() {
        for (String bad : new String[] {"0", "-1", "1000001", "2147483647"}) {
            assertThatThrownBy(() -> bind(Map.of("reform.intake.max-weekly-count", bad)))
                    .as(bad)
                    .rootCause()
                    .hasMessage("reform.intake.max-weekly-count must be 1..1000000, was " + bad);
        }
    }

    @Test
    void theShippedSettingsSayTheDefault() throws Exception {
        assertThat(Files.readString(Path.of("job-config/settings.yml"))).contains("max-weekly-count: 100000");
    }
}
