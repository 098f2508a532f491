package org.reformreport.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reformreport.support.FileHashes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a staged month: lists the outputs in manifest.json, then swaps the staging folder in
 * as {@code <output>/<YYYY-MM>/} with renames, keeping the previous version under
 * {@code .history/<its run>/}. A reader sees the old month or the new one, never a half-written one.
 */
public final class MonthPublisher {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Lists every file under the staging folder (except the manifest and history) with size and sha256. */
    public List<Manifest.Output> outputs(Path staging) throws IOException {
        return outputs(staging, (done, total) -> {});
    }

    /** How far the hashing got, in bytes (for a progress report). */
    @FunctionalInterface
    public interface Hashed {
        void bytes(long done, long total);
    }

    /** As {@link #outputs(Path)}, telling {@code hashed} after each file. */
    public List<Manifest.Output> outputs(Path staging, Hashed hashed) throws IOException {
        List<Manifest.Output> outputs = new ArrayList<>();
        List<Path> listed;
        try (Stream<Path> files = Files.walk(staging)) {
            listed = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> kept = new ArrayList<>();
        long total = 0;
        for (Path f : listed) {
            String rel = staging.relativize(f).toString().replace('\\', '/');
            if (rel.equals(OutputLayout.MANIFEST) || rel.startsWith(OutputLayout.HISTORY + "/")) {
                continue;
            }
            kept.add(f);
            total += Files.size(f);
        }
        long done = 0;
        for (Path f : kept) {
            String rel = staging.relativize(f).toString().replace('\\', '/');
            long size = Files.size(f);
            outputs.add(new Manifest.Output(rel, size, FileHashes.sha256(f)));
            done += size;
            hashed.bytes(done, total);
        }
        return outputs;
    }

    /**
     * As {@link #publish(OutputLayout, Manifest)}, then keeps only the {@code keepRevisions} newest
     * earlier versions in {@code .history} (each is a whole month: without a bound the folder grows
     * by a month at every revision).
     */
    public void publish(OutputLayout layout, Manifest manifest, int keepRevisions) throws IOException {
        publish(layout, manifest);
        pruneHistory(layout.published().resolve(OutputLayout.HISTORY), keepRevisions);
    }

    /** Deletes all but the {@code keep} newest versions (by revision, then run) in a history folder. */
    static void pruneHistory(Path history, int keep) throws IOException {
        if (!Files.isDirectory(history)) {
            return;
        }
        List<Path> versions;
        try (Stream<Path> entries = Files.list(history)) {
            versions = entries.filter(Files::isDirectory)
                    .sorted(java.util.Comparator.comparingLong((Path v) -> versionOrder(v)[0])
                            .thenComparingLong(v -> versionOrder(v)[1])
                            .reversed())
                    .toList();
        }
        for (Path old : versions.subList(Math.min(keep, versions.size()), versions.size())) {
            deleteTree(old);
        }
    }

    /** "r12-run40" → (12, 40); an unknown label sorts first, so it is pruned first. */
    private static long[] versionOrder(Path version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("r(\\d+)-run(\\d+)")
                .matcher(version.getFileName().toString());
        return m.matches() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[] {-1, -1};
    }

    public void publish(OutputLayout layout, Manifest manifest) throws IOException {
        Path staging = layout.staging();
        Path published = layout.published();
        if (!Files.isDirectory(staging)) {
            throw new NoSuchFileException(staging.toString(), null, "staging folder of the run is missing");
        }
        JSON.writeValue(staging.resolve(OutputLayout.MANIFEST).toFile(), manifest);
        if (Files.isDirectory(published)) {
            Path history = staging.resolve(OutputLayout.HISTORY);
            if (Files.isDirectory(published.resolve(OutputLayout.HISTORY))) {
                move(published.resolve(OutputLayout.HISTORY), history);
            }
            Files.createDirectories(history);
            move(published, history.resolve(previousLabel(published)));
        }
        move(staging, published);
        try {
            Files.deleteIfExists(staging.getParent()); // the .staging folder, once no run is staged in it
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // another month is being staged: leave it
        }
    }

    public static Manifest read(Path manifest) throws IOException {
        return JSON.readValue(manifest.toFile(), Manifest.class);
    }

    /** Whether this run's month is already in place (the run stopped right after the swap). */
    public boolean alreadyPublished(OutputLayout layout) throws IOException {
        Path manifest = layout.published().resolve(OutputLayout.MANIFEST);
        return !Files.isDirectory(layout.staging())
                && Files.exists(manifest)
                && read(manifest).runId() == layout.runId();
    }

    /** The previous version's folder name in history: its revision and run, or a time when unknown. */
    private static String previousLabel(Path published) {
        try {
            Manifest old = read(published.resolve(OutputLayout.MANIFEST));
            return "r" + old.revision() + "-run" + old.runId();
        } catch (IOException | RuntimeException e) {
            return "unknown-" + System.currentTimeMillis();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a folder and everything in it (a given-up run's staging); a missing one is fine. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
