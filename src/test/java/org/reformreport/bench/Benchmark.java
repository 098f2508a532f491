package org.reformreport.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.scale.RemotePartitioning;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

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
            boolean floors,
            int remoteWorkers,
            int workerThreads,
            int remotePartitions,
            List<Integer> remoteSizes,
            boolean remoteOnly,
            String mysqlServer,
            String mysqlUser,
            String mysqlPassword,
            String database,
            String rabbitHost,
            String rabbitVhost) {
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
                    !o.containsKey("no-floors"),
                    Integer.parseInt(o.getOrDefault("remote", "0")),
                    Integer.parseInt(o.getOrDefault("worker-threads", "1")),
                    Integer.parseInt(o.getOrDefault("remote-partitions", "0")),
                    Stream.of(o.getOrDefault("remote-sizes", "").split(","))
                            .filter(v -> !v.isBlank())
                            .map(Integer::parseInt)
                            .toList(),
                    o.containsKey("remote-only"),
                    o.getOrDefault("mysql", "jdbc:mysql://127.0.0.1:3306"),
                    o.getOrDefault("mysql-user", "root"),
                    o.getOrDefault("mysql-password", ""),
                    o.getOrDefault("database", "reform_bench"),
                    o.getOrDefault("rabbit-host", "127.0.0.1"),
                    o.getOrDefault("rabbit-vhost", "reform_bench"));
        }

        /** The sizes the remote comparison runs at: those given, else the largest. */
        List<Integer> remoteAt() {
            if (remoteWorkers <= 0) {
                return List.of();
            }
            return remoteSizes.isEmpty()
                    ? List.of(sizes.stream().mapToInt(Integer::intValue).max().orElse(1000))
                    : remoteSizes;
        }

        /** Partitions the manager asks for: as given, else one per worker thread (README's advice). */
        int partitions() {
            return remotePartitions > 0 ? remotePartitions : remoteWorkers * workerThreads;
        }
    }

    /**
     * A child JVM's wall time, peak RSS, what its GC log shows (the peak heap before a collection,
     * the highest occupancy left after a young collection and after a marking's remark, full
     * collections), and what it printed.
     */
    record Child(
            double seconds,
            long peakRssKb,
            long peakHeapMb,
            long afterYoungMb,
            long afterRemarkMb,
            int fullGcs,
            String output,
            int exit) {}

    /** A generated district, shared by the runs of one size. */
    record Prepared(int size, Path dir, BenchDistrict.Written data, double generateSeconds) {}

    /** One partition's step execution: when the manager made it, when it ran, and who ran it. */
    record Partition(
            long id, String name, LocalDateTime created, LocalDateTime start, LocalDateTime end, String worker) {

        /** unitReport of unitReport:units0003. */
        String step() {
            return name.substring(0, name.indexOf(':'));
        }

        double seconds() {
            return Duration.between(start, end).toMillis() / 1000.0;
        }

        /** From the manager's making it to a worker's starting it: the queue and the worker's pick-up. */
        double queuedSeconds() {
            return Duration.between(created, start).toMillis() / 1000.0;
        }
    }

    /** What the job repository says of a run: the steps (not partitions), their start and end, the partitions. */
    record RunFigures(
            Map<String, Double> steps,
            Map<String, LocalDateTime[]> stepTimes,
            List<Partition> partitions,
            long rowsRead,
            long unitsFigured) {}

    /** What the published month holds. */
    record Outputs(
            long workbookBytes,
            long districtPdfBytes,
            long districtDocxBytes,
            long noticePdfBytes,
            long noticeDocxBytes,
            long unitReports,
            long unitReportBytes) {

        static Outputs of(Path month) throws IOException {
            long count;
            long bytes;
            try (Stream<Path> pdfs = Files.list(month.resolve("单位报告"))) {
                List<Path> all = pdfs.toList();
                count = all.size();
                bytes = all.stream().mapToLong(p -> p.toFile().length()).sum();
            }
            return new Outputs(
                    month.resolve("改革工作月报_2026年10月.xlsx").toFile().length(),
                    month.resolve("改革工作月报_2026年10月.pdf").toFile().length(),
                    month.resolve("改革工作月报_2026年10月.docx").toFile().length(),
                    month.resolve("情况通报_2026年10月.pdf").toFile().length(),
                    month.resolve("情况通报_2026年10月.docx").toFile().length(),
                    count,
                    bytes);
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "workbook %,d KB, district report %,d KB (.docx %,d KB), notice %,d KB (.docx %,d KB),"
                            + " unit reports %,d × %,d KB = %,.1f MB",
                    workbookBytes / 1024,
                    districtPdfBytes / 1024,
                    districtDocxBytes / 1024,
                    noticePdfBytes / 1024,
                    noticeDocxBytes / 1024,
                    unitReports,
                    unitReports == 0 ? 0 : unitReportBytes / unitReports / 1024,
                    unitReportBytes / 1e6);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.work());
        StringBuilder report = new StringBuilder();
        report.append(machine()).append('\n');
        for (int size : options.sizes()) {
            Prepared prepared = prepare(options, size);
            if (!options.remoteOnly()) {
                report.append(runSize(options, prepared)).append('\n');
                Files.writeString(options.work().resolve("results.md"), report);
            }
            if (options.remoteAt().contains(size)) {
                report.append(Remote.compare(options, prepared)).append('\n');
            }
            // a partial report survives a later size's failure
            Files.writeString(options.work().resolve("results.md"), report);
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

    private static Prepared prepare(Options options, int size) throws IOException {
        Path dir = options.work().resolve(Integer.toString(size)).toAbsolutePath();
        MonthPublisher.deleteTree(dir);
        long t0 = System.nanoTime();
        BenchDistrict.Written data = BenchDistrict.write(
                dir.resolve("job-config"), dir.resolve("inbox"), size, MONTH, options.months(), options.seed());
        return new Prepared(size, dir, data, (System.nanoTime() - t0) / 1e9);
    }

    /** The arguments of a month's run of the prepared district into {@code output}. */
    static List<String> runArgs(Options options, Prepared p, String output, String datasourceUrl) {
        return new ArrayList<>(List.of(
                "-jar",
                options.jar().toAbsolutePath().toString(),
                "--month=" + MONTH,
                "--inbox=" + p.dir().resolve("inbox"),
                "--output=" + p.dir().resolve(output),
                "--config=" + p.dir().resolve("job-config"),
                "--no-email",
                "--reform.document-threads=" + options.threads(),
                "--spring.datasource.url=" + datasourceUrl));
    }

    private static String h2Url(Prepared p) {
        return "jdbc:h2:file:" + p.dir().resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private static String runSize(Options options, Prepared prepared) throws Exception {
        int size = prepared.size();
        Path dir = prepared.dir();
        BenchDistrict.Written data = prepared.data();
        Child run = java(
                options,
                dir,
                dir.resolve("gc.log"),
                runArgs(options, prepared, "output", h2Url(prepared)).toArray(new String[0]));
        if (run.exit() != 0) {
            throw new IllegalStateException("the job failed for " + size + " units:\n" + run.output());
        }
        RunFigures figures;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/reform"), "sa", "")) {
            figures = readRun(c);
        }
        Map<String, Double> steps = figures.steps();
        Outputs out = Outputs.of(dir.resolve("output").resolve(MONTH.toString()));
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
                prepared.generateSeconds()));
        r.append("| step | seconds | rate |\n| --- | ---: | --- |\n");
        for (Map.Entry<String, Double> e : steps.entrySet()) {
            r.append(String.format(
                    Locale.ROOT, "| %s | %.1f | %s |%n", e.getKey(), e.getValue(), rate(e.getKey(), figures, out)));
        }
        r.append(String.format(
                Locale.ROOT,
                "| whole run (child JVM, wall) | %.1f | everything but the unit PDFs: %.1f s |%n",
                run.seconds(),
                notPdfs));
        r.append(String.format(
                Locale.ROOT,
                "%nheap (-Xmx%s): peak before a collection %,d MB, highest after a young collection %,d MB,"
                        + " highest at a marking's remark %,d MB, %d full GCs; peak RSS %,d MB%n",
                options.heap(),
                run.peakHeapMb(),
                run.afterYoungMb(),
                run.afterRemarkMb(),
                run.fullGcs(),
                run.peakRssKb() / 1024));
        r.append("outputs: ").append(out.describe()).append('\n');
        return r.toString();
    }

    static String rate(String step, RunFigures figures, Outputs out) {
        double seconds = figures.steps().get(step);
        return switch (step) {
            case "intake" ->
                String.format(
                        Locale.ROOT, "%,.0f rows/s (%,d rows read)", figures.rowsRead() / seconds, figures.rowsRead());
            case "unitFigures" -> String.format(Locale.ROOT, "%,.0f units/s", figures.unitsFigured() / seconds);
            case "unitReports" ->
                String.format(Locale.ROOT, "%.1f unit reports/s (%,d)", out.unitReports() / seconds, out.unitReports());
            default -> "";
        };
    }

    /** The steps and partitions of the run in the job repository {@code c} (H2 or MySQL). */
    static RunFigures readRun(Connection c) throws Exception {
        Map<String, Double> steps = new LinkedHashMap<>();
        Map<String, LocalDateTime[]> stepTimes = new LinkedHashMap<>();
        List<Partition> partitions = new ArrayList<>();
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("SELECT s.STEP_EXECUTION_ID, s.STEP_NAME, s.CREATE_TIME, s.START_TIME, s.END_TIME,"
                            + " x.SHORT_CONTEXT, x.SERIALIZED_CONTEXT FROM BATCH_STEP_EXECUTION s"
                            + " LEFT JOIN BATCH_STEP_EXECUTION_CONTEXT x ON x.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID"
                            + " ORDER BY s.STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    LocalDateTime start = rs.getTimestamp(4).toLocalDateTime();
                    LocalDateTime end = rs.getTimestamp(5).toLocalDateTime();
                    if (name.contains(":")) {
                        // the partitioned steps' own executions (unitReport:units0003, …) are inside their manager's
                        // time
                        String context = rs.getString(7) != null ? rs.getString(7) : rs.getString(6);
                        partitions.add(new Partition(
                                rs.getLong(1),
                                name,
                                rs.getTimestamp(3).toLocalDateTime(),
                                start,
                                end,
                                worker(serializer, context)));
                    } else {
                        steps.put(name, Duration.between(start, end).toMillis() / 1000.0);
                        stepTimes.put(name, new LocalDateTime[] {start, end});
                    }
                }
            }
            return new RunFigures(
                    steps,
                    stepTimes,
                    partitions,
                    single(s, "SELECT COALESCE(SUM(rows_read), 0) FROM intake_file"),
                    single(s, "SELECT COUNT(*) FROM unit_month_figure"));
        }
    }

    /** Who ran a partition, as a remote worker records it in the partition's context; "" on local threads. */
    private static String worker(DefaultExecutionContextSerializer serializer, String context) {
        if (context == null) {
            return "";
        }
        try {
            Object who = serializer
                    .deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.ISO_8859_1)))
                    .get(RemotePartitioning.WORKER_KEY);
            return who == null ? "" : who.toString();
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    /**
     * The job's intake of one large form (every unit × {@code intake-floor-weeks} weeks, one sheet), to
     * set against IntakeFloor reading and storing the same file.
     */
    private static String intakeComparison(Options options) throws Exception {
        int largest = options.sizes().stream().mapToInt(Integer::intValue).max().orElse(1000);
        Path dir = options.work().resolve("intake-" + largest).toAbsolutePath();
        MonthPublisher.deleteTree(dir);
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
        MonthPublisher.deleteTree(dir);
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

    /** Runs a child JVM with the benchmark's heap, sampling its RSS, and parses its GC log. */
    private static Child java(Options options, Path dir, Path gcLog, String... args) throws Exception {
        return Watched.start(options, dir, gcLog, List.of(args)).await();
    }

    /** A child JVM being run: its RSS sampled from /proc every 200 ms until it ends. */
    static final class Watched {
        final Process process;
        final Path log;
        private final Path gcLog;
        private final long start = System.nanoTime();
        private volatile long peakRssKb;
        private final Thread sampler;

        private Watched(Process process, Path log, Path gcLog) {
            this.process = process;
            this.log = log;
            this.gcLog = gcLog;
            this.sampler = new Thread(this::sample, "rss-" + process.pid());
            sampler.setDaemon(true);
            sampler.start();
        }

        static Watched start(Options options, Path dir, Path gcLog, List<String> args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + options.heap()));
            if (gcLog != null) {
                command.add("-Xlog:gc:file=" + gcLog);
            }
            command.addAll(args);
            Path log = Files.createTempFile(dir.getParent() == null ? dir : dir.getParent(), "child-", ".log");
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new Watched(p, log, gcLog);
        }

        private void sample() {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (process.isAlive()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
                            peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D", "")));
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended between two looks
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        String output() throws IOException {
            return Files.readString(log);
        }

        /** Waits until {@code text} is in the output (a worker's "worker ready"), or fails. */
        void awaitOutput(String text, Duration timeout) throws Exception {
            long end = System.nanoTime() + timeout.toNanos();
            while (!output().contains(text)) {
                if (!process.isAlive() || System.nanoTime() > end) {
                    throw new IllegalStateException("never said '" + text + "':\n" + output());
                }
                Thread.sleep(200);
            }
        }

        Child await() throws Exception {
            process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.join();
            String output = output();
            Files.delete(log);
            Gc gc = gcLog == null ? new Gc(-1, -1, -1, 0) : Gc.of(gcLog);
            return new Child(
                    seconds,
                    peakRssKb,
                    gc.peakBeforeMb(),
                    gc.afterYoungMb(),
                    gc.afterRemarkMb(),
                    gc.fullGcs(),
                    output,
                    process.exitValue());
        }
    }

    /**
     * What a unified GC log ({@code -Xlog:gc}) shows: the largest occupancy before a collection, the
     * largest left after a young collection, the largest after a remark, and the full collections.
     * A young collection leaves the old regions' garbage where it is until a marking finds it, so
     * with G1 in a 1 GB heap "after young" climbs with whatever a long step promoted; the heap at a
     * remark is what the marking found reachable plus what was allocated meanwhile: the better upper
     * bound of what the run really holds.
     */
    record Gc(long peakBeforeMb, long afterYoungMb, long afterRemarkMb, int fullGcs) {
        private static final Pattern COLLECTION =
                Pattern.compile("Pause (Young|Full|Remark|Cleanup)[^\\n]*?(\\d+)M->(\\d+)M\\(");

        static Gc of(Path gcLog) throws IOException {
            Matcher m = COLLECTION.matcher(Files.readString(gcLog));
            long before = 0;
            long afterYoung = 0;
            long afterRemark = 0;
            int full = 0;
            while (m.find()) {
                before = Math.max(before, Long.parseLong(m.group(2)));
                switch (m.group(1)) {
                    case "Young" -> afterYoung = Math.max(afterYoung, Long.parseLong(m.group(3)));
                    case "Remark" -> afterRemark = Math.max(afterRemark, Long.parseLong(m.group(3)));
                    case "Full" -> full++;
                    default -> {}
                }
            }
            return new Gc(before, afterYoung, afterRemark, full);
        }
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
}
