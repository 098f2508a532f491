package org.reformreport.job;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The weekly round's hostile and careless cases on MySQL (its TEXT columns, utf8mb4), when REFORM_IT_MYSQL_URL is set. */
@EnabledIfEnvironmentVariable(named = "REFORM_IT_MYSQL_URL", matches = ".+")
// the receipts' times go to the log (the 3,000-unit case is measured there, not asserted)
@SpringBootTest(
        properties = {"reform.command-line.enabled=false", "logging.level.org.reformreport.job.WeeklyTasklets=INFO"})
@Import({NoSleepPause.class, MovableClock.Config.class})
class MySqlWeeklyHostileTest extends WeeklyHostileScenario {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlIntakeJobTest.mysql(registry);
        WeeklyRoundScenario.mail(registry);
    }
}
