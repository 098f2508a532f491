package org.reformreport.cli;

import org.reformreport.job.ReformSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The application of a command that uses no database (check, the help): the office's settings,
 * read as for every command (application.yml, settings.yml under --config, the environment,
 * --reform.* on the line), and the command line; no data source, no Flyway, no job repository, no
 * mail, no RabbitMQ. So `check` runs on a liaison's PC that has only the jar and job-config, and
 * cannot change, lock or create the office's database. Not a {@code @Configuration}: the main
 * application's component scan must not pick up a second command line.
 */
@EnableConfigurationProperties(ReformSettings.class)
public class SettingsOnlyApplication {

    @Bean
    ReformReportCommand reformReportCommand(ReformSettings settings, ObjectProvider<ParsedCommandLine> parsed) {
        return new ReformReportCommand(settings, parsed);
    }
}
