package org.reformreport.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The command line without a command: a run of the month, the command cron uses. */
@Command(
        name = "java -jar reform-report.jar",
        description = "The district's monthly reform report: reads the inbox, builds the month's workbook and"
                + " reports, publishes them and emails them. Without a command: run.",
        subcommands = {
            RunCommand.class,
            HistoryCommand.class,
            ShowCommand.class,
            ResendCommand.class,
            AbandonCommand.class,
            ReceiveCommand.class,
            RemindCommand.class,
            WorkerCommand.class,
            CheckCommand.class,
            HelpCommand.class
        },
        footerHeading = "%n",
        footer = {
            "Email: spring.mail.* (server) and reform.mail.* (sender) in settings.yml; the password only from SPRING_MAIL_PASSWORD.",
            "Database: embedded H2 in ./data unless spring.datasource.url (and SPRING_DATASOURCE_PASSWORD) say otherwise."
        })
final class TopCommand implements Subcommand {

    private final RunCommand run = new RunCommand();

    @Override
    public String name() {
        return run.name();
    }

    @Override
    public List<CliOption> options() {
        return run.options();
    }

    @Override
    public boolean takesRunLock() {
        return run.takesRunLock();
    }

    @Override
    public int run(CommandLineOptions options, Services services) throws Exception {
        return run.run(options, services);
    }
}
