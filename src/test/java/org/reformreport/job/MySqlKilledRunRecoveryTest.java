package org.reformreport.job;

import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Killed and stopped runs on MySQL, when REFORM_IT_MYSQL_URL is set (.ci/run sets it). */
@EnabledIfEnvironmentVariable(named = "REFORM_IT_MYSQL_URL", matches = ".+")
class MySqlKilledRunRecoveryTest extends KilledRunRecoveryScenario {

    @Override
    String[] database(Path dir) {
        String user = System.getenv("REFORM_IT_MYSQL_USER");
        String password = System.getenv("REFORM_IT_MYSQL_PASSWORD");
        return new String[] {
            System.getenv("REFORM_IT_MYSQL_URL"), user == null ? "root" : user, password == null ? "" : password
        };
    }
}
