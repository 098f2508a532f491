package org.reformreport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Months published before the manifest recorded the issue date and the missing tallies still read (resend, history). */
class ManifestCompatibilityTest {

    @Test
    void aManifestWithoutIssueDateOrMissingTalliesReads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(OutputLayout.MANIFEST);
        Files.writeString(file, """
                {"month":"2026-10","runId":7,"revision":2,"generatedAt":"2026-11-02T06:00+08:00",
                 "inputs":[],"outputs":[],
                 "totals":{"inputFiles":4,"unreadableFiles":1,"rowsRead":7,"rowsAccepted":5,"rowsSuperseded":1,
                           "rowsRejected":1,"rowsBlank":0,"units":3,"articles":40,"outputs":5}}
                """);
        Manifest manifest = MonthPublisher.read(file);
        assertThat(manifest.issued()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(manifest.totals().missingTallies()).isZero();
        assertThat(manifest.totals().articles()).isEqualTo(40);
    }
}
