package org.reformreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The weekly round's hostile and careless cases on the embedded default: an H2 file database. */
// the receipts' times go to the log (the 3,000-unit case is measured there, not asserted)
@SpringBootTest(
        properties = {"reform.command-line.enabled=false", "logging.level.org.reformreport.job.WeeklyTasklets=INFO"})
@Import({NoSleepPause.class, MovableClock.Config.class})
class H2WeeklyHostileTest extends WeeklyHostileScenario {

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-weekly-hostile-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db.resolve("reform") + ";DB_CLOSE_ON_EXIT=FALSE");
        WeeklyRoundScenario.mail(registry);
    }
}
