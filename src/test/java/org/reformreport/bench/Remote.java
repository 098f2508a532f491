package org.reformreport.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.reformreport.bench.Benchmark.Child;
import org.reformreport.bench.Benchmark.Options;
import org.reformreport.bench.Benchmark.Outputs;
import org.reformreport.bench.Benchmark.Partition;
import org.reformreport.bench.Benchmark.Prepared;
import org.reformreport.bench.Benchmark.RunFigures;
import org.reformreport.bench.Benchmark.Watched;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.scale.RemotePartitioning;

/**
 * The remote-partitioning comparison of one size: the month run by one process, then by a manager
 * ({@code --reform.scale.mode=manager}) and W worker JVMs (the jar's {@code worker} command) on
 * this machine, both on the same MySQL server (a database of the benchmark's own, made afresh for
 * each run) so only the partitioning differs; the workers take their partitions from RabbitMQ in a
 * virtual host of the benchmark's own, so no other run's workers or leftovers in {@value
 * RemotePartitioning#QUEUE} meet them. Reads step and partition times, and who ran each partition,
 * from the job repository, and sets out what N worker machines would give.
 */
final class Remote {

    private static final ReportMonth MONTH = ReportMonth.of(2026, 10);
    /** Threads per worker machine in the model (the machines of the question have 2 cores). */
    private static final int MODEL_THREADS = 2;

    private Remote() {}

    static String compare(Options o, Prepared p) throws Exception {
        String url = o.mysqlServer() + "/" + o.database();
        boolean ownVhost = !o.rabbitVhost().equals("/");
        if (ownVhost) {
            rabbitmqctl("add_vhost", o.rabbitVhost()); // fails harmlessly when it is there already
            rabbitmqctl("set_permissions", "-p", o.rabbitVhost(), "guest", ".*", ".*", ".*");
        }
        List<Watched> workers = new ArrayList<>();
        try {
            recreateDatabase(o);
            Child single = Watched.start(
                            o,
                            p.dir(),
                            p.dir().resolve("gc-mysql.log"),
                            database(o, runArgs(o, p, "output-mysql", url)))
                    .await();
            if (single.exit() != 0) {
                throw new IllegalStateException("the one-process MySQL run failed:\n" + single.output());
            }
            RunFigures one = read(o, url);
            Outputs oneOut = Outputs.of(p.dir().resolve("output-mysql").resolve(MONTH.toString()));

            recreateDatabase(o);
            purgeQueue(o);
            for (int i = 1; i <= o.remoteWorkers(); i++) {
                List<String> args = new ArrayList<>(List.of(
                        "-jar",
                        o.jar().toAbsolutePath().toString(),
                        "worker",
                        "--config=" + p.dir().resolve("job-config"),
                        "--reform.document-threads=" + o.workerThreads(),
                        "--spring.datasource.url=" + url,
                        "--logging.level.org.reformreport.scale=INFO"));
                Watched w = Watched.start(
                        o, p.dir(), p.dir().resolve("gc-worker" + i + ".log"), database(o, rabbit(o, args)));
                workers.add(w);
            }
            for (Watched w : workers) {
                w.awaitOutput("worker ready", Duration.ofMinutes(3));
            }
            List<String> managerArgs = runArgs(o, p, "output-remote", url);
            managerArgs.add("--reform.scale.mode=manager");
            managerArgs.add("--reform.scale.partitions=" + o.partitions());
            Child manager = Watched.start(
                            o, p.dir(), p.dir().resolve("gc-manager.log"), database(o, rabbit(o, managerArgs)))
                    .await();
            List<Child> stopped = new ArrayList<>();
            for (Watched w : workers) {
                w.process.destroy(); // SIGTERM: a worker ends once its listener has stopped
                if (!w.process.waitFor(2, TimeUnit.MINUTES)) {
                    w.process.destroyForcibly();
                }
                stopped.add(w.await());
            }
            if (manager.exit() != 0) {
                throw new IllegalStateException("the manager failed:\n" + manager.output() + "\nworker 1:\n"
                        + stopped.get(0).output());
            }
            RunFigures remote = read(o, url);
            Outputs remoteOut = Outputs.of(p.dir().resolve("output-remote").resolve(MONTH.toString()));
            Map<Long, String> names = new LinkedHashMap<>();
            for (int i = 0; i < workers.size(); i++) {
                names.put(workers.get(i).process.pid(), "worker " + (i + 1));
            }
            return render(o, p, single, one, oneOut, manager, stopped, remote, remoteOut, names);
        } finally {
            for (Watched w : workers) {
                w.process.destroyForcibly();
            }
            dropDatabase(o);
            if (ownVhost) {
                rabbitmqctl("delete_vhost", o.rabbitVhost());
            }
        }
    }

    private static List<String> runArgs(Options o, Prepared p, String output, String url) {
        return Benchmark.runArgs(o, p, output, url);
    }

    private static List<String> database(Options o, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--spring.datasource.username=" + o.mysqlUser());
        all.add("--spring.datasource.password=" + o.mysqlPassword());
        return all;
    }

    private static List<String> rabbit(Options o, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--spring.rabbitmq.host=" + o.rabbitHost());
        all.add("--spring.rabbitmq.virtual-host=" + o.rabbitVhost());
        return all;
    }

    private static void recreateDatabase(Options o) throws Exception {
        try (Connection c = DriverManager.getConnection(o.mysqlServer() + "/", o.mysqlUser(), o.mysqlPassword());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + o.database());
            s.execute("CREATE DATABASE " + o.database() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void dropDatabase(Options o) {
        try (Connection c = DriverManager.getConnection(o.mysqlServer() + "/", o.mysqlUser(), o.mysqlPassword());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + o.database());
        } catch (Exception e) {
            System.err.println("could not drop " + o.database() + ": " + e);
        }
    }

    private static RunFigures read(Options o, String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, o.mysqlUser(), o.mysqlPassword())) {
            return Benchmark.readRun(c);
        }
    }

    /** Nothing left in the queue from an earlier, broken run of the benchmark. */
    private static void purgeQueue(Options o) throws Exception {
        com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
        factory.setHost(o.rabbitHost());
        factory.setVirtualHost(o.rabbitVhost());
        try (com.rabbitmq.client.Connection c = factory.newConnection();
                com.rabbitmq.client.Channel ch = c.createChannel()) {
            ch.queueDeclare(RemotePartitioning.QUEUE, true, false, false, null);
            ch.queuePurge(RemotePartitioning.QUEUE);
        } catch (IOException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(
                    "cannot reach RabbitMQ vhost " + o.rabbitVhost() + " on " + o.rabbitHost()
                            + " (on another broker, create it: rabbitmqctl add_vhost " + o.rabbitVhost()
                            + "; rabbitmqctl set_permissions -p " + o.rabbitVhost() + " guest '.*' '.*' '.*')",
                    e);
        }
    }

    /** The local broker's admin tool, for the benchmark's own vhost; a broker elsewhere has it made by hand. */
    private static void rabbitmqctl(String... args) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("rabbitmqctl " + String.join(" ", args) + ": " + e);
        }
    }

    private static String render(
            Options o,
            Prepared p,
            Child single,
            RunFigures one,
            Outputs oneOut,
            Child manager,
            List<Child> workers,
            RunFigures remote,
            Outputs remoteOut,
            Map<Long, String> names) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(
                Locale.ROOT,
                "## %,d units: one process against a manager and %d workers (MySQL job repository)%n%n",
                p.size(),
                o.remoteWorkers()));
        r.append(String.format(
                Locale.ROOT,
                "One process: `--reform.document-threads=%d`. Remote: a manager (`--reform.scale.mode=manager"
                        + " --reform.scale.partitions=%d`) and %d `worker` JVMs with `--reform.document-threads=%d`,"
                        + " RabbitMQ vhost %s; each JVM -Xmx%s; the same MySQL server and database name (%s, made"
                        + " afresh for each run), the same district and output folder layout.%n%n",
                o.threads(),
                o.partitions(),
                o.remoteWorkers(),
                o.workerThreads(),
                o.rabbitVhost(),
                o.heap(),
                o.database()));
        r.append("| step | one process, s | manager + workers, s | remote ÷ one |\n| --- | ---: | ---: | ---: |\n");
        Set<String> steps = new LinkedHashSet<>(one.steps().keySet());
        steps.addAll(remote.steps().keySet());
        for (String step : steps) {
            Double a = one.steps().get(step);
            Double b = remote.steps().get(step);
            r.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s |%n",
                    step,
                    a == null ? "–" : String.format(Locale.ROOT, "%.1f", a),
                    b == null ? "–" : String.format(Locale.ROOT, "%.1f", b),
                    a == null || b == null || a == 0 ? "" : String.format(Locale.ROOT, "%.2f", b / a)));
        }
        r.append(String.format(
                Locale.ROOT,
                "| whole run (wall, JVM start included) | %.1f | %.1f | %.2f |%n%n",
                single.seconds(),
                manager.seconds(),
                manager.seconds() / single.seconds()));
        r.append("| JVM | peak RSS | heap peak before a collection / highest after a young one | full GCs |\n"
                + "| --- | ---: | ---: | ---: |\n");
        r.append(jvm("one process", single));
        r.append(jvm("manager", manager));
        for (int i = 0; i < workers.size(); i++) {
            r.append(jvm("worker " + (i + 1), workers.get(i)));
        }
        r.append(String.format(Locale.ROOT, "%nrates, one process: %s%n", rates(one, oneOut)));
        r.append(String.format(Locale.ROOT, "rates, remote: %s%n", rates(remote, remoteOut)));
        r.append("outputs, one process: ").append(oneOut.describe()).append('\n');
        r.append("outputs, remote: ").append(remoteOut.describe()).append("\n\n");

        r.append("### Partitions\n\n| partition | one process: s | remote: queued s | remote: s | ran on |\n"
                + "| --- | ---: | ---: | ---: | --- |\n");
        Map<String, Partition> local = new LinkedHashMap<>();
        one.partitions().forEach(x -> local.put(x.name(), x));
        for (Partition x : remote.partitions()) {
            Partition l = local.get(x.name());
            r.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %s |%n",
                    x.name(),
                    l == null ? "–" : String.format(Locale.ROOT, "%.1f", l.seconds()),
                    x.queuedSeconds(),
                    x.seconds(),
                    who(x.worker(), names)));
        }
        r.append('\n');

        // per partitioned step: what the manager's step took against its partitions' work
        Map<String, List<Partition>> byStep = remote.partitions().stream()
                .collect(Collectors.groupingBy(Partition::step, LinkedHashMap::new, Collectors.toList()));
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Double> overhead = new LinkedHashMap<>();
        double partitionedManager = 0;
        for (Map.Entry<String, List<Partition>> e : byStep.entrySet()) {
            String managerStep = e.getKey() + "s"; // unitReport → unitReports
            LocalDateTime[] span = remote.stepTimes().get(managerStep);
            List<Partition> parts = e.getValue();
            double sum = parts.stream().mapToDouble(Partition::seconds).sum();
            LocalDateTime first = parts.stream()
                    .map(Partition::start)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDateTime last = parts.stream()
                    .map(Partition::end)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            double makespan = seconds(first, last);
            double stepSeconds = span == null ? makespan : seconds(span[0], span[1]);
            partitionedManager += stepSeconds;
            double dispatch = span == null ? 0 : seconds(span[0], first);
            double tail = span == null ? 0 : seconds(last, span[1]);
            mean.put(e.getKey(), sum / parts.size());
            count.put(e.getKey(), parts.size());
            overhead.put(e.getKey(), dispatch + tail);
            Map<String, double[]> perWorker = new LinkedHashMap<>();
            for (Partition x : parts) {
                double[] w =
                        perWorker.computeIfAbsent(who(x.worker(), names).replaceAll(" \\(.*", ""), k -> new double[2]);
                w[0]++;
                w[1] += x.seconds();
            }
            r.append(String.format(
                    Locale.ROOT,
                    "%s: %d partitions, %.1f s each on average (%.1f–%.1f), %.1f s of partition work;"
                            + " the manager's step %.1f s = %.1f s to the first partition's start + %.1f s from first"
                            + " start to last end + %.1f s until the manager saw it; by worker: %s%n",
                    managerStep,
                    parts.size(),
                    sum / parts.size(),
                    parts.stream().mapToDouble(Partition::seconds).min().orElse(0),
                    parts.stream().mapToDouble(Partition::seconds).max().orElse(0),
                    sum,
                    stepSeconds,
                    dispatch,
                    makespan,
                    tail,
                    perWorker.entrySet().stream()
                            .map(w -> String.format(
                                    Locale.ROOT,
                                    "%s %d partitions / %.1f s busy",
                                    w.getKey(),
                                    (int) w.getValue()[0],
                                    w.getValue()[1]))
                            .collect(Collectors.joining(", "))));
        }

        // the model: the manager's serial part, plus each partitioned step's waves on N machines
        double serial = manager.seconds() - partitionedManager;
        r.append(String.format(
                Locale.ROOT,
                "%n### Model: N worker machines of %d cores, %,d units%n%n"
                        + "serial part on the manager (whole run %.1f s less the partitioned steps' %.1f s: JVM start,"
                        + " intake, ledger, scoring, workbook, district report, publish) = %.1f s; each partitioned step"
                        + " = ⌈partitions ÷ (N × %d)⌉ × its mean partition time + its measured dispatch and tail"
                        + " (%s). Partitions keep their size (the job's ranges: at most %s units), so"
                        + " workers beyond partitions ÷ %d add nothing unless `--reform.scale.partitions` cuts smaller"
                        + " ranges. Assumes a partition takes on a worker machine what it took here on one core.%n%n",
                MODEL_THREADS,
                p.size(),
                manager.seconds(),
                partitionedManager,
                serial,
                MODEL_THREADS,
                overhead.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")),
                "500 reports, 5,000 figure",
                MODEL_THREADS));
        r.append("| worker machines | predicted whole run, s | partitioned part, s |\n| ---: | ---: | ---: |\n");
        int most = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (int n = 1; ; n *= 2) {
            int machines = Math.min(n, (most + MODEL_THREADS - 1) / MODEL_THREADS);
            double partitioned = 0;
            for (String step : mean.keySet()) {
                int waves = (count.get(step) + machines * MODEL_THREADS - 1) / (machines * MODEL_THREADS);
                partitioned += waves * mean.get(step) + overhead.get(step);
            }
            r.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f |%n", machines, serial + partitioned, partitioned));
            if (machines * MODEL_THREADS >= most) {
                break;
            }
        }
        return r.toString();
    }

    private static String jvm(String name, Child c) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d MB | %,d / %,d MB | %d |%n",
                name,
                c.peakRssKb() / 1024,
                c.peakHeapMb(),
                c.afterYoungMb(),
                c.fullGcs());
    }

    private static String rates(RunFigures f, Outputs out) {
        return f.steps().keySet().stream()
                .map(step -> new String[] {step, Benchmark.rate(step, f, out)})
                .filter(s -> !s[1].isEmpty())
                .map(s -> s[0] + " " + s[1])
                .collect(Collectors.joining("; "));
    }

    /** "worker 2 (thread …)" from the "pid@host thread" a worker records. */
    private static String who(String worker, Map<Long, String> names) {
        if (worker.isEmpty()) {
            return "(not recorded)";
        }
        int at = worker.indexOf('@');
        int space = worker.indexOf(' ');
        try {
            long pid = Long.parseLong(worker.substring(0, at));
            String name = names.getOrDefault(pid, "pid " + pid);
            String thread = space < 0 ? "" : worker.substring(space + 1);
            // the listener container's threads are named …SimpleMessageListenerContainer#0-1
            return name + " (thread " + thread.substring(thread.lastIndexOf('#') + 1) + ")";
        } catch (RuntimeException e) {
            return worker;
        }
    }

    private static double seconds(LocalDateTime a, LocalDateTime b) {
        return Duration.between(a, b).toMillis() / 1000.0;
    }
}
