package org.reformreport.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo data for 白银市平川区: the unit and task registries and a year of submitted forms
 * (2025-10 … 2026-10) with planted mistakes, plus what the intake is expected to say about them.
 *
 * <p>Everything is derived from fixed seeds and fixed dates, so repeated runs write the same bytes.
 */
public final class DemoDistrict {

    /** The week-5 tally of 区文旅局 arrived as a file that is no spreadsheet at all. */
    static final String UNREADABLE = "周报表/区文旅局_周报.xlsx";

    private DemoDistrict() {}

    /**
     * Regenerates the bundled demo (README, "The demo district"): {@code DemoDistrict configDir inboxDir
     * [templatesDir]}, the blank liaison forms too when a templates folder is given. Run from test scope:
     * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
     * -Dexec.mainClass=org.reformreport.demo.DemoDistrict -Dexec.args="job-config inbox templates"}.
     */
    public static void main(String[] args) {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: DemoDistrict <configDir> <inboxDir> [<templatesDir>]");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
        if (args.length == 3) {
            LiaisonFormTemplates.write(Path.of(args[2]));
        }
        Inbox inbox = build();
        System.out.printf(
                "wrote %d inbox files; expected %d rejections, %d warnings, %d superseded, %d unreadable%n",
                inbox.files().size(),
                inbox.expect().rejections.size(),
                inbox.expect().warnings.size(),
                inbox.expect().superseded.size(),
                inbox.expect().unreadableFiles.size());
    }

    /** Writes units.csv, reform-tasks.csv and leaders.csv into configDir and the demo forms under inboxDir. */
    public static void write(Path configDir, Path inboxDir) {
        try {
            DemoRegistry.writeUnits(configDir.resolve("units.csv"));
            DemoRegistry.writeTasks(configDir.resolve("reform-tasks.csv"));
            DemoRegistry.writeLeaders(configDir.resolve("leaders.csv"));
            for (FormFiles.DemoFile file : build().files()) {
                FormWriter.write(inboxDir, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ExpectedProblem> expectedRejections() {
        return List.copyOf(build().expect().rejections);
    }

    public static List<ExpectedProblem> expectedWarnings() {
        return List.copyOf(build().expect().warnings);
    }

    public static List<ExpectedProblem> expectedSuperseded() {
        return List.copyOf(build().expect().superseded);
    }

    public static List<String> expectedUnreadableFiles() {
        return List.copyOf(build().expect().unreadableFiles);
    }

    record Inbox(List<FormFiles.DemoFile> files, Expectations expect) {}

    /** Builds the whole inbox in memory; cheap enough to redo for every call. */
    static Inbox build() {
        List<FormFiles.DemoFile> files = new ArrayList<>();
        Expectations expect = new Expectations();
        new TallyForms(expect, files).build();
        new ProgressForms(expect, files).build();
        files.add(new FormFiles.Blob(UNREADABLE, LocalDate.of(2026, 11, 2), noise()));
        expect.unreadableFiles.add(UNREADABLE);
        return new Inbox(files, expect);
    }

    /** Random bytes that cannot pass for a zip (no "PK" signature at the start). */
    private static byte[] noise() {
        byte[] bytes = new byte[4096];
        new Random(20261102L).nextBytes(bytes);
        bytes[0] = (byte) 0xD0;
        bytes[1] = (byte) 0x0A;
        return bytes;
    }
}
