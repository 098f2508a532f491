package org.reformreport.job;

import java.sql.Connection;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates Spring Batch's job-repository tables once, as Flyway migration 2, from the DDL that
 * Spring Batch itself ships for the database at hand (H2, MySQL or MariaDB). Flyway then owns the
 * whole schema and nothing re-runs CREATE statements on every start.
 */
@Component
class SpringBatchSchemaMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "spring batch schema";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String platform = product.contains("h2")
                ? "h2"
                : product.contains("mariadb") ? "mariadb" : product.contains("mysql") ? "mysql" : null;
        if (platform == null) {
            throw new IllegalStateException("Unsupported database " + product + ": use H2 or MySQL");
        }
        ScriptUtils.executeSqlScript(
                connection, new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    }
}
