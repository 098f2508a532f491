package org.reformreport.testing;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the project's and Spring Batch's tables so each test starts from a fresh office. */
public final class DatabaseCleaner {

    private static final List<String> TABLES = List.of(
            "mail_attachment",
            "mail_outbox",
            "report_output",
            "notice_number",
            "intake_warning",
            "rejected_row",
            "progress_row",
            "tally_row",
            "run_input_file",
            "intake_file",
            "registry_snapshot",
            "registry_leader",
            "registry_task",
            "registry_unit",
            "BATCH_STEP_EXECUTION_CONTEXT",
            "BATCH_STEP_EXECUTION",
            "BATCH_JOB_EXECUTION_CONTEXT",
            "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_JOB_EXECUTION",
            "BATCH_JOB_INSTANCE");

    private DatabaseCleaner() {}

    public static void clean(JdbcTemplate jdbc) {
        TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
    }
}
