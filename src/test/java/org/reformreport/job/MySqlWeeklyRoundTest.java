package org.reformreport.job;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The weekly round on MySQL over Connector/J, when REFORM_IT_MYSQL_URL is set (.ci/run sets it). */
@EnabledIfEnvironmentVariable(named = "REFORM_IT_MYSQL_URL", matches = ".+")
@SpringBootTest(properties = "reform.command-line.enabled=false")
@Import({NoSleepPause.class, MovableClock.Config.class})
class MySqlWeeklyRoundTest extends WeeklyRoundScenario {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlIntakeJobTest.mysql(registry);
        mail(registry);
    }
}
