package org.reformreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The intake scenarios on the embedded default: an H2 file database. */
@SpringBootTest(properties = "reform.command-line.enabled=false")
class H2IntakeJobTest extends IntakeJobScenario {

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reform-h2-");
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + db.resolve("reform-report") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
