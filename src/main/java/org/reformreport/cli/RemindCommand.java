package org.reformreport.cli;

import java.time.LocalDate;
import java.util.List;
import org.reformreport.calendar.RoundDates;
import org.reformreport.job.EmailMode;
import org.reformreport.job.WeeklyLauncher;
import org.reformreport.registry.RegistryCsvLoader;
import picocli.CommandLine.Command;

/** Reminds every active unit whose tally for the week has not come, once, and sends the office the list. */
@Command(
        name = "remind",
        description = {
            "after a week's deadline: take in the inbox, then remind (催报) every active unit with no counted"
                    + " tally for the week, once per unit and week, and send the office the list of them (cron: the"
                    + " day after each deadline)"
        })
final class RemindCommand implements Subcommand {

    @Override
    public List<CliOption> options() {
        return List.of(
                CliOption.WEEK,
                CliOption.DRY_RUN,
                CliOption.INBOX,
                CliOption.OUTPUT,
                CliOption.CONFIG,
                CliOption.NO_EMAIL,
                CliOption.HELP);
    }

    @Override
    public String describe(CliOption option) {
        return option == CliOption.DRY_RUN
                ? "list who would be reminded (from what is imported so far); nothing is imported, recorded or sent"
                : option.description();
    }

    @Override
    public boolean takesRunLock() {
        return true;
    }

    @Override
    public boolean weekly() {
        return true;
    }

    @Override
    public int run(CommandLineOptions options, Services services) throws Exception {
        LocalDate today = LocalDate.now(services.settings().zone());
        RoundDates dates = new RoundDates(today, services.settings().deadline());
        LocalDate week = options.week() != null ? options.week() : dates.lastOverdueWeek();
        if (!dates.overdue(week)) {
            services.err()
                    .println("reform-report: remind --week=" + week + ": its deadline "
                            + services.settings().deadline().dueDate(week)
                            + " has not passed yet; nobody is late");
            return ExitCode.USAGE_ERROR.code();
        }
        if (options.email() == EmailMode.DRY_RUN) {
            services.round()
                    .dryRunReminders(
                            new RegistryCsvLoader().load(options.config()).registry(), week, today, services.out());
            return ExitCode.OK.code();
        }
        WeeklyLauncher.Launched run =
                services.weekly().remind(week, options.inbox(), options.output(), options.config(), options.email());
        return WeeklyRunLine.report(
                "remind run " + run.runId() + " week " + week,
                run.execution(),
                run.restart(),
                options.email(),
                false,
                services);
    }
}
