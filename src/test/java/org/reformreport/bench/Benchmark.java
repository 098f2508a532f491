package org.reformreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reformreport.calendar.ReportMonth;

/**
 * The benchmark: for each size, generates a district (BenchDistrict), runs the whole month with
 * the packaged jar in a child JVM under the given heap (as cron would), and reads back what each
 * step took (Spring Batch's step executions), rows/s, units/s, documents/s, peak heap (GC log),
 * peak RSS (/proc), output sizes; then runs the bare-library floors in the same way and prints
 * every stage as a ratio to its floor. Not a test: run it with the command in docs/benchmarks.md.
 */
public final class Benchmark {

    private static final ReportMonth MONTH = ReportMonth.of(2026, 10);

    record Options(
            List<Integer> sizes,
            int months,
            long seed,
            Path work,
            String heap,
            Path jar,
            int pdfFloorDocs,
            int threads,
            int intakeFloorWeeks,
            boolean floors) {
        static Options parse(String[] args) {
            Map<String, String> o = new LinkedHashMap<>();
            for (String a : args) {
                int eq = a.indexOf('=');
                o.put(a.substring(2, eq < 0 ? a.length() : eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
            return new Options(
                    Stream.of(o.getOrDefault("sizes", "40,1000,10000").split(","))
                            .map(Integer::parseInt)
                            .toList(),
                    Integer.parseInt(o.getOrDefault("months", "13")),
                    Long.parseLong(o.getOrDefault("seed", "20261022")),
                    Path.of(o.getOrDefault("work", "target/bench")),
                    o.getOrDefault("heap", "1g"),
                    Path.of(o.getOrDefault("jar", "target/reform-report.jar")),
                    Integer.parseInt(o.getOrDefault("pdf-floor-docs", "200")),
                    Integer.parseInt(o.getOrDefault("threads", "2")),
                    Integer.parseInt(o.getOrDefault("intake-floor-weeks", "20")),
                    !o.containsKey("no-floors"));
        }
    }

    /** A child JVM's wall time, peak RSS and peak heap, and what it printed. */
    record Child(double seconds, long peakRssKb, long peakHeapMb, String output, int exit) {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.work());
        StringBuilder report = new StringBuilder();
        report.append(machine()).append('\n');
        for (int size : options.sizes()) {
            report.append(runSize(options, size)).append('\n');
        }
        if (options.floors()) {
            report.append(intakeComparison(options));
            report.append(floors(options));
        }
        Path results = options.work().resolve("results.md");
        Files.writeString(results, report);
        System.out.println(report);
        System.out.println("results written to " + results.toAbsolutePath());
    }

    private static String runSize(Options options, int size) throws Exception {
        Path dir = options.work().resolve(Integer.toString(size)).toAbsolutePath();
        deleteRecursively(dir);
        long t0 = System.nanoTime();
        BenchDistrict.Written data = BenchDistrict.write(
                dir.resolve("job-config"), dir.resolve("inbox"), size, MONTH, options.months(), options.seed());
        double generate = (System.nanoTime() - t0) / 1e9;
        Child run = java(
                options,
                dir,
                dir.resolve("gc.log"),
                "-jar",
                options.jar().toAbsolutePath().toString(),
                "--month=" + MONTH,
                "--inbox=" + dir.resolve("inbox"),
                "--output=" + dir.resolve("output"),
                "--config=" + dir.resolve("job-config"),
                "--no-email",
                "--reform.document-threads=" + options.threads(),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        if (run.exit() != 0) {
            throw new IllegalStateException("the job failed for " + size + " units:\n" + run.output());
        }
        Map<String, Double> steps = new LinkedHashMap<>();
        long rowsRead;
        long unitsFigured;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/reform"), "sa", "");
                Statement s = c.createStatement()) {
            // the partitioned steps' own executions (unitReport:units0003, …) are inside their manager's time
            try (ResultSet rs = s.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION"
                    + " WHERE STEP_NAME NOT LIKE '%:%' ORDER BY STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    steps.put(
                            rs.getString(1),
                            Duration.between(
                                                    rs.getTimestamp(2).toLocalDateTime(),
                                                    rs.getTimestamp(3).toLocalDateTime())
                                            .toMillis()
                                    / 1000.0);
                }
            }
            rowsRead = single(s, "SELECT COALESCE(SUM(rows_read), 0) FROM intake_file");
            unitsFigured = single(s, "SELECT COUNT(*) FROM unit_month_figure");
        }
        Path month = dir.resolve("output").resolve(MONTH.toString());
        long unitPdfs;
        long unitPdfBytes;
        try (Stream<Path> pdfs = Files.list(month.resolve("单位报告"))) {
            List<Path> all = pdfs.toList();
            unitPdfs = all.size();
            unitPdfBytes = all.stream().mapToLong(p -> p.toFile().length()).sum();
        }
        long workbookBytes = month.resolve("改革工作月报_2026年10月.xlsx").toFile().length();
        long districtBytes = month.resolve("改革工作月报_2026年10月.pdf").toFile().length();
        double notPdfs =
                steps.values().stream().mapToDouble(Double::doubleValue).sum() - steps.getOrDefault("unitReports", 0.0);

        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "## %,d units, %d months%n%n", size, options.months()));
        r.append(String.format(
                Locale.ROOT,
                "data: %,d tasks, %,d files, %,d tally rows (%,d corrections, %,d mistakes),"
                        + " %,d progress rows, %.1f MB; generated in %.1f s%n%n",
                data.tasks(),
                data.files(),
                data.tallyRows(),
                data.corrections(),
                data.mistakes(),
                data.progressRows(),
                data.bytes() / 1e6,
                generate));
        r.append("| step | seconds | rate |\n| --- | ---: | --- |\n");
        for (Map.Entry<String, Double> e : steps.entrySet()) {
            String rate = switch (e.getKey()) {
                case "intake" ->
                    String.format(Locale.ROOT, "%,.0f rows/s (%,d rows read)", rowsRead / e.getValue(), rowsRead);
                case "unitFigures" -> String.format(Locale.ROOT, "%,.0f units/s", unitsFigured / e.getValue());
                case "unitReports" ->
                    String.format(Locale.ROOT, "%.1f unit reports/s (%,d)", unitPdfs / e.getValue(), unitPdfs);
                default -> "";
            };
            r.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", e.getKey(), e.getValue(), rate));
        }
        r.append(String.format(
                Locale.ROOT,
                "| whole run (child JVM, wall) | %.1f | everything but the unit PDFs: %.1f s |%n",
                run.seconds(),
                notPdfs));
        r.append(String.format(
                Locale.ROOT,
                "%npeak heap %,d MB (-Xmx%s), peak RSS %,d MB; outputs: workbook %,d KB,"
                        + " district report %,d KB, unit reports %,d × %,d KB = %,.1f MB%n",
                run.peakHeapMb(),
                options.heap(),
                run.peakRssKb() / 1024,
                workbookBytes / 1024,
                districtBytes / 1024,
                unitPdfs,
                unitPdfs == 0 ? 0 : unitPdfBytes / unitPdfs / 1024,
                unitPdfBytes / 1e6));
        return r.toString();
    }

    /**
     * The job's intake of one large form (every unit × {@code intake-floor-weeks} weeks, one sheet), to
     * set against IntakeFloor reading and storing the same file.
     */
    private static String intakeComparison(Options options) throws Exception {
        int largest = options.sizes().stream().mapToInt(Integer::intValue).max().orElse(1000);
        Path dir = options.work().resolve("intake-" + largest).toAbsolutePath();
        deleteRecursively(dir);
        Path config = options.work()
                .resolve(Integer.toString(largest))
                .resolve("job-config")
                .toAbsolutePath();
        long rows = BenchDistrict.writeBigForm(
                dir.resolve("inbox/form.xlsx"), largest, MONTH, options.intakeFloorWeeks(), options.seed());
        Child run = java(
                options,
                dir,
                dir.resolve("gc.log"),
                "-jar",
                options.jar().toAbsolutePath().toString(),
                "--month=" + MONTH,
                "--inbox=" + dir.resolve("inbox"),
                "--output=" + dir.resolve("output"),
                "--config=" + config,
                "--no-email",
                "--reform.document-threads=" + options.threads(),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        double intake = -1;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/reform"), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'intake'")) {
            if (rs.next()) {
                intake = Duration.between(
                                        rs.getTimestamp(1).toLocalDateTime(),
                                        rs.getTimestamp(2).toLocalDateTime())
                                .toMillis()
                        / 1000.0;
            }
        }
        Child floor = java(
                options,
                dir,
                null,
                "-cp",
                System.getProperty("java.class.path"),
                "org.reformreport.bench.floors.IntakeFloor",
                dir.resolve("inbox/form.xlsx").toString(),
                "jdbc:h2:file:" + dir.resolve("floor-db") + ";WRITE_DELAY=0");
        return String.format(
                Locale.ROOT,
                "## Intake of one form of %,d rows (%,d units × %d weeks)%n%n"
                        + "job intake step: %.1f s = %,.0f rows/s (job exit %d, peak heap %,d MB)%n    %s%n%n",
                rows,
                largest,
                options.intakeFloorWeeks(),
                intake,
                rows / intake,
                run.exit(),
                run.peakHeapMb(),
                floor.output()
                        .lines()
                        .filter(l -> l.startsWith("FLOOR "))
                        .findFirst()
                        .orElse("floor failed: "
                                + floor.output().lines().reduce((a, b) -> b).orElse("")));
    }

    /** The bare-library programs (org.reformreport.bench.floors) on the same machine and heap. */
    private static String floors(Options options) throws Exception {
        Path dir = options.work().resolve("floors").toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        StringBuilder r = new StringBuilder("## Floors (bare libraries, same machine, same heap)\n\n");
        int largest = options.sizes().stream().mapToInt(Integer::intValue).max().orElse(1000);
        List<String[]> runs = List.of(
                new String[] {
                    "PdfFloor",
                    Integer.toString(options.pdfFloorDocs()),
                    Integer.toString(options.threads()),
                    "ttf",
                    dir.resolve("pdf-ttf").toString()
                },
                new String[] {
                    "PdfFloor",
                    Integer.toString(options.pdfFloorDocs()),
                    Integer.toString(options.threads()),
                    "cff",
                    dir.resolve("pdf-cff").toString()
                },
                new String[] {
                    "WorkbookFloor",
                    Integer.toString(largest),
                    dir.resolve("workbook.xlsx").toString()
                });
        for (String[] floor : runs) {
            List<String> command = new ArrayList<>(
                    List.of("-cp", System.getProperty("java.class.path"), "org.reformreport.bench.floors." + floor[0]));
            command.addAll(List.of(floor).subList(1, floor.length));
            Child child = java(options, dir, null, command.toArray(new String[0]));
            child.output()
                    .lines()
                    .filter(l -> l.startsWith("FLOOR "))
                    .forEach(l -> r.append("    ")
                            .append(l)
                            .append(String.format(Locale.ROOT, "   (peak RSS %,d MB)%n", child.peakRssKb() / 1024)));
            if (child.exit() != 0) {
                r.append("    ")
                        .append(floor[0])
                        .append(" failed: ")
                        .append(child.output().lines().reduce((a, b) -> b).orElse(""))
                        .append('\n');
            }
        }
        return r.toString();
    }

    /** Runs a child JVM with the benchmark's heap, sampling its RSS, and parses its GC log for the peak heap. */
    private static Child java(Options options, Path dir, Path gcLog, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + options.heap()));
        if (gcLog != null) {
            command.add("-Xlog:gc:file=" + gcLog);
        }
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir.getParent() == null ? dir : dir.getParent(), "child-", ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long peakRss = 0;
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (p.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
                        peakRss = Math.max(peakRss, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended between two looks
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        Files.delete(log);
        return new Child(seconds, peakRss, gcLog == null ? -1 : peakHeapMb(gcLog), output, p.exitValue());
    }

    /** The largest heap occupancy the GC log shows (the "before" figure of each collection). */
    static long peakHeapMb(Path gcLog) throws IOException {
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\(").matcher(Files.readString(gcLog));
        long peak = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse("?");
        return String.format(
                Locale.ROOT,
                "# Benchmark %s%n%nmachine: %s, %d cores, %,d MB memory; %s %s%n",
                LocalDate.now(),
                cpu,
                Runtime.getRuntime().availableProcessors(),
                Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(l -> l.startsWith("MemTotal"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                        .findFirst()
                        .orElse(0L),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
