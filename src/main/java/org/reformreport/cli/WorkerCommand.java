package org.reformreport.cli;

import java.util.List;
import org.reformreport.scale.RemotePartitioning;
import picocli.CommandLine.Command;

/**
 * A worker process: the application keeps it up, its listener taking partitions, until SIGTERM;
 * the command only says that it is ready.
 */
@Command(
        name = "worker",
        description = {
            "take partitions (unit figures, unit reports) from RabbitMQ until stopped, with the"
                    + " spring.datasource.* and spring.rabbitmq.* of the manager; the manager is a run with"
                    + " --reform.scale.mode=manager on the same database"
        })
final class WorkerCommand implements Subcommand {

    @Override
    public List<CliOption> options() {
        return List.of(CliOption.HELP);
    }

    @Override
    public int run(CommandLineOptions options, Services services) {
        services.out()
                .println("reform-report: worker ready, taking partitions from RabbitMQ queue "
                        + RemotePartitioning.QUEUE + " (stop with SIGTERM)");
        return ExitCode.OK.code();
    }
}
