package org.reformreport.job;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What MySQL needs beyond a URL: batched inserts rewritten into multi-row statements (the intake
 * writes rows in batches of 1,000), cursor fetches for large reads, and a utf8mb4 database, or
 * Chinese text would be mangled. The embedded H2 needs none of this.
 */
@Configuration
class DatabaseSetup {

    static boolean isMySql(String jdbcUrl) {
        return jdbcUrl != null && (jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:"));
    }

    @Bean
    static BeanPostProcessor mySqlDriverProperties() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && isMySql(hikari.getJdbcUrl())) {
                    hikari.addDataSourceProperty("rewriteBatchedStatements", "true");
                    hikari.addDataSourceProperty("useCursorFetch", "true");
                    hikari.addDataSourceProperty("characterEncoding", "UTF-8");
                }
                return bean;
            }
        };
    }

    /** Checks the MySQL database's character set before Flyway creates any table in it. */
    @Bean
    FlywayMigrationStrategy charsetCheckedMigration(DataSource dataSource) {
        return flyway -> {
            if (dataSource instanceof HikariDataSource hikari && isMySql(hikari.getJdbcUrl())) {
                String charset =
                        new JdbcTemplate(dataSource).queryForObject("SELECT @@character_set_database", String.class);
                if (charset == null || !charset.startsWith("utf8mb4")) {
                    throw new IllegalStateException("MySQL database uses character set " + charset
                            + "; create it with CHARACTER SET utf8mb4 (see README) so Chinese text is stored intact");
                }
            }
            flyway.migrate();
        };
    }
}
