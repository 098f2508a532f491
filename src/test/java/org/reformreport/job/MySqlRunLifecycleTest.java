package org.reformreport.job;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Restart after a failure, on MySQL, when REFORM_IT_MYSQL_URL is set (.ci/run sets it). */
@EnabledIfEnvironmentVariable(named = "REFORM_IT_MYSQL_URL", matches = ".+")
@SpringBootTest(properties = "reform.command-line.enabled=false")
class MySqlRunLifecycleTest extends RunLifecycleScenario {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlIntakeJobTest.mysql(registry);
    }
}
