package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformreport.ReformReportApplication;
import org.reformreport.publish.Manifest;
import org.reformreport.publish.MonthPublisher;
import org.reformreport.testing.Forms;
import org.reformreport.testing.TestDistrict;

/**
 * A form and a sub-folder of the inbox that the service account may not read: the run (a child
 * JVM, as cron starts it) names both in the manifest and goes on with the rest. Root reads
 * everything, so as root the child runs in a user namespace where the two entries belong to a
 * user it is not (util-linux {@code unshare}, present wherever CI runs).
 */
class UnreadableInboxTest {

    private static final int STRANGER = 12345;

    @TempDir
    Path dir;

    private static boolean root() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .equals("0");
    }

    /** Makes an entry unreadable for the child: owned by a stranger (as root) and mode 000. */
    private static void forbid(Path entry, boolean root) throws Exception {
        if (root) {
            Files.setAttribute(entry, "unix:uid", STRANGER);
            Files.setAttribute(entry, "unix:gid", STRANGER);
        }
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("---------"));
    }

    @Test
    void anUnreadableFormAndFolderAreReportedAndTheMonthGoesOn() throws Exception {
        boolean root = root();
        if (root) {
            assumeTrue(
                    new ProcessBuilder("unshare", "--user", "--map-root-user", "true")
                                    .start()
                                    .waitFor()
                            == 0,
                    "unshare --user is needed to drop root's right to read everything");
        }
        Path config = TestDistrict.writeConfig(dir.resolve("job-config"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Forms.TALLY_HEADER));
        rows.add(Forms.tally(
                "CZJD",
                LocalDate.of(2026, 10, 5),
                new int[] {1, 0, 0, 1, 1, 0, 0, 0, 0, 0},
                LocalDate.of(2026, 10, 12)));
        new Forms.Workbook().sheet("第1周", rows).write(inbox.resolve("长征街道.xlsx"));
        rows.set(
                1,
                Forms.tally(
                        "FGJ",
                        LocalDate.of(2026, 10, 5),
                        new int[] {0, 0, 1, 1, 1, 0, 0, 0, 0, 0},
                        LocalDate.of(2026, 10, 12)));
        Path secret = new Forms.Workbook().sheet("第1周", rows).write(inbox.resolve("区发改局.xlsx"));
        Path folder = Files.createDirectories(inbox.resolve("十月"));
        new Forms.Workbook().sheet("第1周", rows).write(folder.resolve("区发改局_10月.xlsx"));
        forbid(secret, root);
        forbid(folder, root);

        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("unshare", "--user", "--map-root-user"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ReformReportApplication.class.getName(),
                "--month=2026-10",
                "--inbox=" + inbox,
                "--output=" + dir.resolve("output"),
                "--config=" + config,
                "--no-email",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/reform") + ";DB_CLOSE_ON_EXIT=FALSE"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(said).isZero();
        } finally {
            child.destroyForcibly();
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(said)
                .contains("completed with data problems")
                .contains("2 files unreadable")
                .contains("3 inbox files (1 new, 2 unreadable or not a form)")
                .contains("rows counted 1,");

        Manifest manifest = MonthPublisher.read(dir.resolve("output/2026-10/manifest.json"));
        Map<String, Manifest.Input> inputs =
                manifest.inputs().stream().collect(Collectors.toMap(Manifest.Input::name, i -> i));
        assertThat(inputs.keySet()).containsExactlyInAnyOrder("长征街道.xlsx", "区发改局.xlsx", "十月");
        assertThat(inputs.get("长征街道.xlsx").rowsAccepted()).isEqualTo(1);
        assertThat(inputs.get("区发改局.xlsx").status()).isEqualTo("UNREADABLE");
        assertThat(inputs.get("区发改局.xlsx").problem()).contains("没有读取权限");
        assertThat(inputs.get("十月").status()).isEqualTo("UNREADABLE");
        assertThat(inputs.get("十月").problem()).contains("文件夹无法打开").contains("没有读取权限");
        assertThat(manifest.totals().unreadableFiles()).isEqualTo(2);
    }
}
