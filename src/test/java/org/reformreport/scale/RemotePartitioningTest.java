package org.reformreport.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.bench.BenchDistrict;
import org.reformreport.calendar.ReportMonth;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/**
 * Remote partitioning for real: worker processes (the jar's {@code worker} command) and a manager
 * ({@code --reform.scale.mode=manager}) sharing a MySQL database and a RabbitMQ queue. The month
 * they make is compared, content for content, with a single-process run; a worker killed with
 * SIGKILL mid-partition leaves its partition to the other worker. Runs when .ci/run points
 * REFORM_IT_MYSQL_URL and REFORM_IT_RABBIT_HOST at the servers; the runs' databases are named
 * after REFORM_IT_MYSQL_URL's, and REFORM_IT_RABBIT_VHOST (optional) gives the queue a virtual host
 * of its own.
 */
@EnabledIfEnvironmentVariable(named = "REFORM_IT_MYSQL_URL", matches = ".+")
@EnabledIfEnvironmentVariable(named = "REFORM_IT_RABBIT_HOST", matches = ".+")
class RemotePartitioningTest {

    private static final String MONTH = "2026-10";

    /**
     * The databases of the two runs, named after REFORM_IT_MYSQL_URL's (reform_it_single, …), so
     * runs of this test against other databases of one server do not meet.
     */
    private static final String SINGLE = database() + "_single";

    private static final String REMOTE = database() + "_remote";

    /** The RabbitMQ virtual host (REFORM_IT_RABBIT_VHOST, default "/"): one of its own keeps the queue apart. */
    private static final String VHOST = env("REFORM_IT_RABBIT_VHOST", "/");

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** REFORM_IT_MYSQL_URL's database name. */
    private static String database() {
        String url = env("REFORM_IT_MYSQL_URL", "jdbc:mysql://localhost/reform_it");
        return url.replaceFirst("\\?.*$", "").replaceFirst("^.*/", "");
    }

    /** The MySQL server of REFORM_IT_MYSQL_URL, with another database name. */
    private static String database(String name) {
        String url = System.getenv("REFORM_IT_MYSQL_URL");
        return url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    }

    private static void recreate(String name) throws Exception {
        try (var c = DriverManager.getConnection(
                        database(""), env("REFORM_IT_MYSQL_USER", "root"), env("REFORM_IT_MYSQL_PASSWORD", ""));
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @BeforeEach
    void district() throws Exception {
        BenchDistrict.write(dir.resolve("job-config"), dir.resolve("inbox"), 60, ReportMonth.parse(MONTH), 2, 11);
        recreate(SINGLE);
        recreate(REMOTE);
        com.rabbitmq.client.ConnectionFactory rabbit = new com.rabbitmq.client.ConnectionFactory();
        rabbit.setHost(System.getenv("REFORM_IT_RABBIT_HOST"));
        rabbit.setVirtualHost(VHOST);
        try (Connection c = rabbit.newConnection();
                Channel ch = c.createChannel()) {
            ch.queueDeclare(RemotePartitioning.QUEUE, true, false, false, null);
            ch.queuePurge(RemotePartitioning.QUEUE); // nothing left over from an earlier run
        }
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    private List<String> common(String db) {
        return List.of(
                "--spring.datasource.url=" + database(db),
                "--spring.datasource.username=" + env("REFORM_IT_MYSQL_USER", "root"),
                "--spring.datasource.password=" + env("REFORM_IT_MYSQL_PASSWORD", ""),
                "--spring.rabbitmq.host=" + System.getenv("REFORM_IT_RABBIT_HOST"),
                "--spring.rabbitmq.virtual-host=" + VHOST,
                "--reform.templates-dir=" + Path.of("templates").toAbsolutePath(),
                "--logging.level.org.reformreport=INFO");
    }

    private Process start(String log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                ReformReportApplication.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile())
                .start();
        processes.add(p);
        return p;
    }

    private Process worker(String name) throws Exception {
        // a worker reads the same settings as the manager (region, authority, fonts, templates)
        List<String> args = new ArrayList<>(
                List.of("worker", "--reform.document-threads=1", "--config=" + dir.resolve("job-config")));
        args.addAll(common(REMOTE));
        Process p = start(name + ".log", args);
        awaitLog(name + ".log", "worker ready", Duration.ofSeconds(90));
        return p;
    }

    private List<String> run(String output, String db, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--month=" + MONTH,
                "--inbox=" + dir.resolve("inbox"),
                "--output=" + dir.resolve(output),
                "--config=" + dir.resolve("job-config"),
                "--no-email"));
        args.addAll(common(db));
        args.addAll(List.of(more));
        return args;
    }

    private void awaitLog(String log, String text, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(dir.resolve(log))
                    && Files.readString(dir.resolve(log)).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(log + " never said '" + text + "':\n" + Files.readString(dir.resolve(log)));
    }

    private int finish(Process p, String log) throws Exception {
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES))
                .as(log + " finished")
                .isTrue();
        return p.exitValue();
    }

    /** What the run's documents say (fingerprints), by path. */
    private static Map<String, String> fingerprints(String db) throws Exception {
        Map<String, String> prints = new TreeMap<>();
        try (var c = DriverManager.getConnection(
                        database(db), env("REFORM_IT_MYSQL_USER", "root"), env("REFORM_IT_MYSQL_PASSWORD", ""));
                var rs = c.createStatement().executeQuery("SELECT path, content_fingerprint FROM report_output")) {
            while (rs.next()) {
                prints.put(rs.getString(1), rs.getString(2));
            }
        }
        return prints;
    }

    /** The worker each partition's step execution records in its context, by step execution. */
    private static Map<String, String> partitionWorkers(String db) throws Exception {
        Map<String, String> workers = new TreeMap<>();
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        try (var c = DriverManager.getConnection(
                        database(db), env("REFORM_IT_MYSQL_USER", "root"), env("REFORM_IT_MYSQL_PASSWORD", ""));
                var rs = c.createStatement()
                        .executeQuery("SELECT s.STEP_EXECUTION_ID, s.STEP_NAME, x.SHORT_CONTEXT, x.SERIALIZED_CONTEXT"
                                + " FROM BATCH_STEP_EXECUTION s JOIN BATCH_STEP_EXECUTION_CONTEXT x"
                                + " ON x.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID WHERE s.STEP_NAME LIKE '%:%'")) {
            while (rs.next()) {
                String context = rs.getString(4) != null ? rs.getString(4) : rs.getString(3);
                Object worker = serializer
                        .deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.ISO_8859_1)))
                        .get(RemotePartitioning.WORKER_KEY);
                workers.put(rs.getLong(1) + " " + rs.getString(2), String.valueOf(worker));
            }
        }
        return workers;
    }

    /** Every cell of every sheet, as displayed. */
    private static List<String> cells(Path workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + format.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }

    private List<String> files(String output) throws IOException {
        Path month = dir.resolve(output).resolve(MONTH);
        try (Stream<Path> walk = Files.walk(month)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> month.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void workersOverRabbitMqMakeTheSameMonthAsOneProcessAndSurviveAKilledWorker() throws Exception {
        Process single = start("single.log", run("out-single", SINGLE, "--reform.document-threads=2"));
        assertThat(finish(single, "single"))
                .as(Files.readString(dir.resolve("single.log")))
                .isZero();

        long worker1 = worker("worker1").pid();
        long worker2 = worker("worker2").pid();
        Process manager = start(
                "manager.log", run("out-remote", REMOTE, "--reform.scale.mode=manager", "--reform.scale.partitions=4"));
        assertThat(finish(manager, "manager"))
                .as(Files.readString(dir.resolve("manager.log")))
                .isZero();

        // both workers took partitions of both partitioned steps between them
        String logs = Files.readString(dir.resolve("worker1.log")) + Files.readString(dir.resolve("worker2.log"));
        assertThat(Files.readString(dir.resolve("worker1.log"))).contains("ended COMPLETED");
        assertThat(Files.readString(dir.resolve("worker2.log"))).contains("ended COMPLETED");
        assertThat(logs)
                .contains("Partition unitFigure (step execution")
                .contains("Partition unitReport (step execution");

        // the job repository says which worker ran each partition
        assertThat(partitionWorkers(REMOTE))
                .hasSizeGreaterThanOrEqualTo(6) // 2 figure ranges, 4 report ranges
                .allSatisfy(
                        (partition, worker) -> assertThat(worker).matches("(" + worker1 + "|" + worker2 + ")@\\S+ .+"));

        // the same month: the same files, the same workbook cells, documents that say the same
        assertThat(files("out-remote")).isEqualTo(files("out-single")).hasSizeGreaterThan(60);
        String workbook = "改革工作月报_2026年10月.xlsx";
        assertThat(cells(dir.resolve("out-remote/" + MONTH + "/" + workbook)))
                .isEqualTo(cells(dir.resolve("out-single/" + MONTH + "/" + workbook)));
        assertThat(fingerprints(REMOTE))
                .isEqualTo(fingerprints(SINGLE))
                .hasSize(65); // 60 unit reports, the district report and the notice as PDF and .docx, the workbook
    }

    @Test
    void aWorkerKilledMidPartitionLeavesItsPartitionToAnother() throws Exception {
        Process doomed = worker("doomed");
        Process manager = start(
                "manager.log", run("out-remote", REMOTE, "--reform.scale.mode=manager", "--reform.scale.partitions=2"));
        awaitLog("doomed.log", "Running partition unitReport", Duration.ofMinutes(3));
        doomed.destroyForcibly().waitFor(); // SIGKILL mid-partition: its request was never acknowledged
        worker("survivor");
        assertThat(finish(manager, "manager"))
                .as(Files.readString(dir.resolve("manager.log")))
                .isZero();
        assertThat(Files.readString(dir.resolve("survivor.log")))
                .contains("Partition unitReport (step execution")
                .contains("ended COMPLETED");
        assertThat(Files.readString(dir.resolve("manager.log"))).contains("revision 1 completed");
        assertThat(files("out-remote")).filteredOn(f -> f.startsWith("单位报告/")).hasSize(60);
        assertThat(fingerprints(REMOTE)).hasSize(65);
    }

    @Test
    void aWorkerStoppedWithSigtermFinishesThePartitionInHandFirst() throws Exception {
        Process stopping = worker("stopping");
        Process manager = start(
                "manager.log", run("out-remote", REMOTE, "--reform.scale.mode=manager", "--reform.scale.partitions=2"));
        awaitLog("stopping.log", "Running partition unitReport", Duration.ofMinutes(3));
        stopping.destroy(); // SIGTERM, as systemctl stop sends it
        assertThat(stopping.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("stopping.log"));
        assertThat(log).as(log).containsPattern("Partition unitReport \\(step execution \\d+\\) ended COMPLETED");
        assertThat(stopping.exitValue()).as(log).isZero();
        worker("survivor");
        assertThat(finish(manager, "manager"))
                .as(Files.readString(dir.resolve("manager.log")))
                .isZero();
        assertThat(files("out-remote")).filteredOn(f -> f.startsWith("单位报告/")).hasSize(60);
    }
}
