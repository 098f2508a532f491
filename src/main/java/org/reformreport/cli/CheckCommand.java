package org.reformreport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformreport.intake.FormCheck;
import org.reformreport.intake.ReadOutcome;
import org.reformreport.job.ReformSettings;
import org.reformreport.registry.Registry;
import org.reformreport.registry.RegistryCsvLoader;
import org.reformreport.registry.RegistryException;
import picocli.CommandLine.Command;

/**
 * Checks forms as the intake would read them, without importing anything: per file the counts and
 * the reasons a liaison reads, exit status 1 when a row or a file would not be taken. Runs without
 * the office's database (see {@link SettingsOnlyApplication}) and takes no lock.
 */
@Command(
        name = "check",
        description = {
            "check forms before they are sent or dropped in the inbox, without importing anything: per file"
                    + " the rows the intake would count, reject (with the reason) or skip as blank; exit 1 when"
                    + " a row or a file has a problem. Needs no database: the jar and job-config are enough"
        })
final class CheckCommand implements Subcommand {

    static final String NOTE = "注：检查不导入、不改动任何数据；本文件的行是否更正此前已报送的数据，在导入时判定。";

    @Override
    public List<CliOption> options() {
        return List.of(CliOption.CONFIG, CliOption.HELP);
    }

    @Override
    public String describe(CliOption option) {
        return option == CliOption.CONFIG
                ? "folder with settings.yml, units.csv, reform-tasks.csv (the units and tasks a form may name),"
                        + " default ./job-config"
                : option.description();
    }

    @Override
    public Optional<Parameters> parameters() {
        return Optional.of(new Parameters(
                "FILE",
                "a form (.xlsx, .csv), or a folder whose forms to check as the intake reads an inbox",
                "check needs at least one file: check FILE... (see check --help)"));
    }

    @Override
    public boolean usesDatabase() {
        return false;
    }

    @Override
    public int run(CommandLineOptions options, Services services) {
        Registry registry;
        try {
            registry = new RegistryCsvLoader().load(options.config()).registry();
        } catch (RegistryException e) {
            services.err().println("reform-report: 无法检查（" + options.config() + "）：" + e.getMessage());
            return ExitCode.FAILED.code();
        }
        ReformSettings settings = services.settings();
        FormCheck check = new FormCheck(registry, settings.intake(), settings.zone(), LocalDate.now(settings.zone()));
        List<FormCheck.Result> results = new ArrayList<>();
        for (Path file : options.files()) {
            results.addAll(check.checkAll(file, file.toString()));
        }
        lines(results).forEach(services.out()::println);
        return results.stream().anyMatch(FormCheck.Result::hasProblems) ? ExitCode.FAILED.code() : ExitCode.OK.code();
    }

    /** What the liaison reads: a block per file, then the total and what the check cannot tell. */
    static List<String> lines(List<FormCheck.Result> results) {
        List<String> lines = new ArrayList<>();
        for (FormCheck.Result r : results) {
            lines.add(r.fileName() + "：" + headline(r));
            for (FormCheck.RejectedRow row : r.rejections()) {
                lines.add("  " + where(row.sheet(), row.row(), row.unitCode()) + "：" + row.reason());
            }
            for (FormCheck.Note note : r.notes()) {
                lines.add("  提示：" + (note.row() == null ? "" : where(note.sheet(), note.row(), note.unitCode()) + "：")
                        + note.message());
            }
        }
        lines.add(total(results));
        lines.add(NOTE);
        return lines;
    }

    private static String headline(FormCheck.Result r) {
        return switch (r.outcome()) {
            case UNREADABLE -> "无法读取，未检查：" + r.problem();
            case NO_FORM -> "不是周报表或改革任务进展表，未检查：" + r.problem();
            case READ -> counts(r.read(), r.valid(), r.supersededInFile(), r.rejected(), r.blank());
        };
    }

    private static String counts(int read, int valid, int superseded, int rejected, int blank) {
        return "读取 " + read + " 行，可计入 " + valid + " 行"
                + (superseded > 0 ? "（其中 " + superseded + " 行被本文件中的另一行更正）" : "")
                + "，退回 " + rejected + " 行，空行 " + blank + " 行";
    }

    private static String total(List<FormCheck.Result> results) {
        long refused =
                results.stream().filter(r -> r.outcome() != ReadOutcome.READ).count();
        String figures = counts(
                results.stream().mapToInt(FormCheck.Result::read).sum(),
                results.stream().mapToInt(FormCheck.Result::valid).sum(),
                results.stream().mapToInt(FormCheck.Result::supersededInFile).sum(),
                results.stream().mapToInt(FormCheck.Result::rejected).sum(),
                results.stream().mapToInt(FormCheck.Result::blank).sum());
        boolean rejected = results.stream().anyMatch(r -> r.rejected() > 0);
        String advice = rejected && refused > 0
                ? "请更正上面退回的行和未能读取的文件后再报送。"
                : rejected ? "请更正上面退回的行后再报送。" : refused > 0 ? "请更正上面未能读取的文件后再报送。" : "未发现需要更正的问题。";
        return "共检查 " + results.size() + " 个文件：" + figures + (refused > 0 ? "；" + refused + " 个文件无法读取或不是报表" : "") + "。"
                + advice;
    }

    /** A row as a liaison finds it: 工作表“第2周”第7行（CZJD）; a CSV has no sheet, a row may have no unit. */
    private static String where(String sheet, int row, String unitCode) {
        return (sheet == null || sheet.isEmpty() ? "" : "工作表“" + sheet + "”") + "第" + row + "行"
                + (unitCode == null || unitCode.isEmpty() ? "" : "（" + unitCode + "）");
    }
}
