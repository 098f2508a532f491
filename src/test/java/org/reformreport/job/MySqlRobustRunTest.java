package org.reformreport.job;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The robustness scenarios (abandon, unreadable entries, copies, lost staging) on MySQL over Connector/J. Runs when REFORM_IT_MYSQL_URL points at a server
 * (e.g. jdbc:mysql://127.0.0.1:3306/reform_it); .ci/run always sets it.
 */
@EnabledIfEnvironmentVariable(named = "REFORM_IT_MYSQL_URL", matches = ".+")
@SpringBootTest(properties = "reform.command-line.enabled=false")
class MySqlRobustRunTest extends RobustRunScenario {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) { // shared with the other MySQL suites
        registry.add("spring.datasource.url", () -> System.getenv("REFORM_IT_MYSQL_URL"));
        registry.add("spring.datasource.username", () -> env("REFORM_IT_MYSQL_USER", "root"));
        registry.add("spring.datasource.password", () -> env("REFORM_IT_MYSQL_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
