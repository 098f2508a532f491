package org.reformreport.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import org.reformreport.delivery.MonthDelivery;
import org.reformreport.delivery.OutboxRepository;
import org.reformreport.intake.IntakeRepository;
import org.reformreport.job.ReformSettings;
import org.reformreport.job.RunHistory;
import org.reformreport.job.RunLauncher;
import org.reformreport.job.Terminal;
import org.reformreport.job.WeeklyLauncher;
import org.reformreport.registry.RegistryException;
import org.reformreport.summary.SummaryRepository;
import org.reformreport.weekly.WeeklyRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line in the running application: the command the line names (parsed once, see
 * {@link ReformReportCli}) run with the application's services, or the help asked for. Its exit
 * status is one of {@link ExitCode}.
 */
@Component
@ConditionalOnProperty(name = "reform.command-line.enabled", havingValue = "true", matchIfMissing = true)
public class ReformReportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReformReportCommand.class);

    public static final int OK = ExitCode.OK.code();
    public static final int FAILED = ExitCode.FAILED.code();
    public static final int USAGE_ERROR = ExitCode.USAGE_ERROR.code();
    public static final int REFUSED = ExitCode.REFUSED.code();
    public static final int DELIVERY_FAILURES = ExitCode.DELIVERY_FAILURES.code();

    private final Services services;
    /** The line as the application parsed it before it started; null when started otherwise (tests). */
    private final ParsedCommandLine parsed;

    private int exitCode = OK;

    @Autowired
    public ReformReportCommand(
            RunLauncher launcher,
            IntakeRepository intake,
            ReformSettings settings,
            RunHistory history,
            SummaryRepository summaries,
            MonthDelivery delivery,
            OutboxRepository outbox,
            WeeklyLauncher weekly,
            WeeklyRound round,
            ObjectProvider<ParsedCommandLine> parsed) {
        this(
                new Services(
                        launcher,
                        intake,
                        settings,
                        history,
                        summaries,
                        delivery,
                        outbox,
                        weekly,
                        round,
                        Terminal.out(),
                        System.err),
                parsed.getIfAvailable());
    }

    private ReformReportCommand(Services services, ParsedCommandLine parsed) {
        this.services = services;
        this.parsed = parsed;
    }

    /**
     * The command line of a command that uses no database (check, the help), in the context that
     * holds only the office's settings ({@link SettingsOnlyApplication}).
     */
    ReformReportCommand(ReformSettings settings, ObjectProvider<ParsedCommandLine> parsed) {
        this.services = Services.withoutDatabase(settings, Terminal.out(), System.err);
        this.parsed = parsed.getIfAvailable();
    }

    /** A command that parses the arguments it is run with. */
    public ReformReportCommand(
            RunLauncher launcher,
            IntakeRepository intake,
            ReformSettings settings,
            RunHistory history,
            SummaryRepository summaries,
            MonthDelivery delivery,
            OutboxRepository outbox,
            WeeklyLauncher weekly,
            WeeklyRound round) {
        this(launcher, intake, settings, history, summaries, delivery, outbox, weekly, round, noParsedLine());
    }

    private static ObjectProvider<ParsedCommandLine> noParsedLine() {
        return new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(ParsedCommandLine.class);
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream err = services.err();
        ParsedCommandLine line = parsed;
        if (line == null) {
            try {
                line = ReformReportCli.parse(args.getSourceArgs());
            } catch (UsageException e) {
                err.println("reform-report: " + e.getMessage());
                exitCode = USAGE_ERROR;
                return;
            }
        }
        if (line.helpRequested()) {
            line.printHelp(services.settings().zone(), services.out());
            return;
        }
        CommandLineOptions options =
                line.options(LocalDate.now(services.settings().zone()));
        // what failed, as the line names it: the month, or a command that is not about one
        Subcommand command = line.command();
        String what = command.weekly() || !command.usesDatabase()
                ? command.name()
                : options.month().toString();
        try {
            exitCode = command.run(options, services);
        } catch (Exception e) {
            if (!isExpected(e)) {
                log.error("{} failed", what, e);
            }
            err.println("reform-report: FAILED " + what + ": " + oneLine(e));
            exitCode = FAILED;
        }
    }

    /** Failures an administrator fixes from the one line alone (a broken registry, a missing folder). */
    static boolean isExpected(Throwable failure) {
        return failure instanceof RegistryException || failure instanceof java.io.IOException;
    }

    /** The innermost message, on one line: what an administrator needs from a cron mail. */
    public static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (e instanceof RegistryException) {
            message = e.getMessage();
        }
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
