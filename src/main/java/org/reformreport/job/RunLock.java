package org.reformreport.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One run at a time: an operating-system lock on {@code <output>/.lock}, taken before the database
 * is opened. Runs of different months share the inbox intake, so they do not run side by side
 * either. The system drops the lock when the process ends however it ends (kill -9, power cut), so
 * a killed run never leaves a stale lock behind; the file's text only says who holds it.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty with the holder's description when another run holds it. */
    public static Optional<RunLock> tryAcquire(Path outputRoot, String what) throws IOException {
        Files.createDirectories(outputRoot);
        Path file = outputRoot.resolve(FILE);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(
                ByteBuffer.wrap((what + ", pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                0);
        channel.force(false);
        return Optional.of(new RunLock(channel, lock));
    }

    /** Who holds the lock, as its file says (for the refusal message). */
    public static String holder(Path outputRoot) {
        try {
            return Files.readString(outputRoot.resolve(FILE), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
