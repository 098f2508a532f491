package org.reformreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.testing.DatabaseCleaner;
import org.reformreport.testing.TestDistrict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh office for a whole-job test: an empty database, an empty inbox, the test district's registries. */
abstract class OfficeScenario {

    static final ReportMonth OCTOBER = ReportMonth.of(2026, 10);

    @Autowired
    RunLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntakeRepository intake;

    @TempDir
    Path dir;

    Path inbox;
    Path config;
    Path output;

    @BeforeEach
    void freshOffice() throws Exception {
        DatabaseCleaner.clean(jdbc);
        inbox = Files.createDirectories(dir.resolve("inbox"));
        output = dir.resolve("output");
        config = TestDistrict.writeConfig(dir.resolve("job-config"));
    }
}
