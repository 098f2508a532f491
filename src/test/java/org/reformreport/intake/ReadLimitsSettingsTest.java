package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.intake.read.ReadLimits;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** reform.intake binds to the read limits: the shipped settings.yml, the record's defaults and ReadLimits agree. */
class ReadLimitsSettingsTest {

    @Test
    void theShippedSettingsTheRecordsDefaultsAndTheReadersDefaultsAreTheSameLimits() throws Exception {
        var sources = new YamlPropertySourceLoader()
                .load("settings", new FileSystemResource(Path.of("job-config/settings.yml")));
        IntakeSettings shipped = new Binder(ConfigurationPropertySources.from(sources))
                .bind("reform.intake", IntakeSettings.class)
                .get();
        assertThat(shipped.readLimits()).isEqualTo(ReadLimits.defaults());

        IntakeSettings unset = new Binder(new MapConfigurationPropertySource(Map.of("reform.intake.max-file-mb", "50")))
                .bind("reform.intake", IntakeSettings.class)
                .get();
        assertThat(unset.readLimits()).isEqualTo(ReadLimits.defaults());
    }

    @Test
    void aLimitBelowOneIsRefusedAtStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new Binder(
                                new MapConfigurationPropertySource(Map.of("reform.intake.max-shared-strings-mb", "0")))
                        .bind("reform.intake", IntakeSettings.class))
                .rootCause()
                .hasMessageContaining("reform.intake.max-shared-strings-mb must be at least 1");
    }
}
