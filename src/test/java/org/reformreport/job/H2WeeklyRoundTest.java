package org.reformreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The weekly round on the embedded default: an H2 file database. */
@SpringBootTest(properties = "reform.command-line.enabled=false")
@Import({NoSleepPause.class, MovableClock.Config.class})
class H2WeeklyRoundTest extends WeeklyRoundScenario {

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-weekly-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db.resolve("reform") + ";DB_CLOSE_ON_EXIT=FALSE");
        mail(registry);
    }
}
