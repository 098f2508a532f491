package org.reformreport.job;

import java.nio.file.Path;
import org.reformreport.intake.FileImporter;
import org.reformreport.intake.InboxScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Step "intake": imports each inbox file in the chunk's transaction (one file per chunk). */
class IntakeWriter implements ItemWriter<InboxScanner.Entry> {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

    private final FileImporter importer;
    private final Path inbox;
    private final long runId;

    private final Progress progress;

    IntakeWriter(FileImporter importer, Path inbox, long runId, long inboxBytes) {
        this.importer = importer;
        this.inbox = inbox;
        this.runId = runId;
        this.progress = Progress.of("intake", "bytes", inboxBytes, log);
    }

    /** The inbox's size, for the progress report; 0 when it cannot be listed (the reader reports that). */
    static long bytesIn(Path inbox) {
        long bytes = 0;
        try {
            for (Path file : InboxScanner.list(inbox)) {
                bytes += java.nio.file.Files.size(file);
            }
        } catch (java.io.IOException e) {
            // progress is only a courtesy
        }
        return bytes;
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Override
    public void write(Chunk<? extends InboxScanner.Entry> entries) {
        for (InboxScanner.Entry entry : entries) {
            progress.advance(sizeOf(entry.path()));
            FileImporter.Result result = entry.readable()
                    ? importer.importFile(inbox, entry.path(), runId)
                    : importer.recordUnreadable(inbox, entry.path(), entry.problem(), runId);
            switch (result.outcome()) {
                case IMPORTED ->
                    log.info(
                            "Imported {}: {} rows read, {} counted, {} superseded, {} rejected, {} blank",
                            result.fileName(),
                            result.counts().read(),
                            result.counts().counted(),
                            result.counts().superseded(),
                            result.counts().rejected(),
                            result.counts().blank());
                case ALREADY_IMPORTED -> log.debug("Already imported: {}", result.fileName());
                case DUPLICATE -> log.info("Same content as another inbox file, counted once: {}", result.fileName());
                default -> log.warn("Not imported {}: {}", printable(result.fileName()), result.problem());
            }
        }
    }

    /**
     * A file name as it may go into cron's mail: control characters (terminal escapes, line breaks)
     * and bidi overrides written as \\uXXXX, so a name cannot rewrite the lines around it.
     */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
