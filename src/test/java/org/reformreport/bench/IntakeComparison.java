package org.reformreport.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.publish.MonthPublisher;

/**
 * The benchmark's intake comparison alone, repeated: the packaged job's intake step on one form of
 * units × weeks rows (as {@link Benchmark} measures it: the step's time in Spring Batch's tables),
 * then {@code IntakeFloor} on the same file, back to back so both see the same machine load. The job
 * is stopped once its intake step has ended (the later steps are not measured here). With
 * {@code --month-of=N} it runs the intake of a whole generated month of N units instead of the one
 * form. Not a test:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) \
 *   org.reformreport.bench.IntakeComparison --units=10000 --repeat=3 --work=/tmp/intake-cmp [--jfr] [--no-floor]
 * </pre>
 */
public final class IntakeComparison {

    private static final ReportMonth MONTH = ReportMonth.of(2026, 10);
    private static final long SEED = 20261022;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            o.put(a.substring(2, eq < 0 ? a.length() : eq), eq < 0 ? "true" : a.substring(eq + 1));
        }
        int units = Integer.parseInt(o.getOrDefault("units", "10000"));
        int weeks = Integer.parseInt(o.getOrDefault("weeks", "20"));
        int repeat = Integer.parseInt(o.getOrDefault("repeat", "3"));
        int monthOf = Integer.parseInt(o.getOrDefault("month-of", "0"));
        Path work = Path.of(o.getOrDefault("work", "target/intake-cmp")).toAbsolutePath();
        // --jar=a.jar,b.jar: each repetition runs every jar, then the floor, back to back
        List<Path> jars = Stream.of(
                        o.getOrDefault("jar", "target/reform-report.jar").split(","))
                .map(j -> Path.of(j).toAbsolutePath())
                .toList();
        boolean jfr = o.containsKey("jfr");
        boolean floor = !o.containsKey("no-floor") && monthOf == 0;

        Path config = work.resolve("config-" + (monthOf > 0 ? monthOf : units));
        Path inbox = work.resolve(monthOf > 0 ? "month-" + monthOf : "form-" + units + "x" + weeks);
        long rows = 0;
        if (!Files.isDirectory(config) || !Files.isDirectory(inbox)) {
            MonthPublisher.deleteTree(config);
            MonthPublisher.deleteTree(inbox);
            if (monthOf > 0) {
                BenchDistrict.Written w = BenchDistrict.write(config, inbox, monthOf, MONTH, 13, SEED);
                System.out.println("generated " + w);
            } else {
                // the registries of the benchmark's district of this size (the units come first from the seed)
                Path scratch = work.resolve("scratch-inbox");
                BenchDistrict.write(config, scratch, units, MONTH, 1, SEED);
                MonthPublisher.deleteTree(scratch);
                rows = BenchDistrict.writeBigForm(inbox.resolve("form.xlsx"), units, MONTH, weeks, SEED);
                System.out.println("generated " + rows + " rows in " + inbox.resolve("form.xlsx"));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= repeat; i++) {
            StringBuilder line = new StringBuilder("run " + i + ":");
            double firstJob = -1;
            for (Path jar : jars) {
                Path db = work.resolve("db-" + i);
                MonthPublisher.deleteTree(db);
                List<String> jvm = new ArrayList<>(List.of(java(), "-Xmx" + o.getOrDefault("heap", "1g")));
                if (jfr) {
                    jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("job-" + i + ".jfr")
                            + ",settings=profile");
                }
                jvm.addAll(List.of(
                        "-jar",
                        jar.toString(),
                        "--month=" + MONTH,
                        "--inbox=" + inbox,
                        "--output=" + work.resolve("output-" + i),
                        "--config=" + config,
                        "--no-email",
                        "--logging.level.org.springframework.batch.core.job.SimpleStepHandler=INFO",
                        "--logging.level.org.springframework.batch.core.step.AbstractStep=INFO",
                        "--spring.datasource.url=jdbc:h2:file:" + db.resolve("reform")
                                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
                runUntilIntakeDone(jvm, work.resolve("job-" + i + ".log"));
                double[] step = intakeStep(db);
                line.append(String.format(
                        Locale.ROOT,
                        " %s intake %.2f s, %d files, %,d rows read = %,.0f rows/s;",
                        jar.getFileName(),
                        step[0],
                        (long) step[1],
                        (long) step[2],
                        step[2] / step[0]));
                firstJob = firstJob < 0 ? step[0] : firstJob;
                MonthPublisher.deleteTree(db);
                MonthPublisher.deleteTree(work.resolve("output-" + i));
                if (jars.size() > 1) {
                    line.append(String.format(Locale.ROOT, " (%.2f of the first jar's time)", step[0] / firstJob));
                }
            }
            if (floor) {
                List<String> f = new ArrayList<>(List.of(java(), "-Xmx" + o.getOrDefault("heap", "1g")));
                f.addAll(List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.reformreport.bench.floors.IntakeFloor",
                        inbox.resolve("form.xlsx").toString(),
                        "jdbc:h2:file:" + work.resolve("floor-db-" + i) + ";WRITE_DELAY=0"));
                String out = run(f);
                String floorLine = out.lines()
                        .filter(l -> l.startsWith("FLOOR "))
                        .findFirst()
                        .orElse("floor failed: " + out);
                line.append(' ').append(floorLine);
                MonthPublisher.deleteTree(work.resolve("floor-db-" + i));
            }
            System.out.println(line);
            lines.add(line.toString());
        }
        Files.write(work.resolve("results.txt"), lines);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the job until the step after intake starts (or the job ends), then stops it. */
    private static void runUntilIntakeDone(List<String> command, Path log) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
                if (line.contains("Executing step: [taskLedger]")) {
                    break;
                }
            }
        }
        // SIGTERM lets the JVM write its flight recording; the intake step's end is already committed
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        Files.write(log, out);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** The intake step's seconds, files and rows read, from the job's database. */
    private static double[] intakeStep(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.resolve("reform"), "sa", "");
                Statement s = c.createStatement()) {
            double seconds;
            try (ResultSet rs = s.executeQuery(
                    "SELECT START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'intake'")) {
                rs.next();
                seconds = Duration.between(
                                        rs.getTimestamp(1).toLocalDateTime(),
                                        rs.getTimestamp(2).toLocalDateTime())
                                .toMillis()
                        / 1000.0;
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(rows_read), 0) FROM intake_file")) {
                rs.next();
                return new double[] {seconds, rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
