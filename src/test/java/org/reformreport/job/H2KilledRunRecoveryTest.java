package org.reformreport.job;

import java.nio.file.Path;

/** Killed and stopped runs on the embedded default (H2 file database). */
class H2KilledRunRecoveryTest extends KilledRunRecoveryScenario {

    @Override
    String[] database(Path dir) {
        return new String[] {
            "jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", ""
        };
    }
}
