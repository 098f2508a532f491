package org.reformreport.outputs.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Documents of one step written at once on a few threads (reform.document-threads): the district
 * report's PDF and .docx and the notice's each take a core for seconds at province scale, and one
 * after the other they kept the step on one core. The documents share only what they read (the
 * month, the fonts' programs, the templates); each has its own writer and file. Started in the order
 * added: add the longest first.
 */
final class ParallelDocuments {

    /** One document's writing. */
    interface Document {
        void write() throws IOException;
    }

    private final int threads;
    private final List<Document> documents = new ArrayList<>();

    ParallelDocuments(int threads) {
        this.threads = Math.max(1, threads);
    }

    void add(Document document) {
        documents.add(document);
    }

    /**
     * Writes every document added and returns when all have ended; the first failure (in the order
     * added) is thrown once every document has ended, so no writing goes on behind a failed step.
     */
    void writeAll() throws IOException {
        if (threads == 1 || documents.size() < 2) {
            for (Document d : documents) {
                d.write();
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, documents.size()), r -> {
            Thread t = new Thread(r, "district-documents-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Document d : documents) {
                running.add(pool.submit(() -> {
                    d.write();
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> f : running) {
                Throwable failure = outcome(f);
                if (first == null) {
                    first = failure;
                }
            }
            if (first instanceof IOException e) {
                throw e;
            }
            if (first instanceof RuntimeException e) {
                throw e;
            }
            if (first instanceof Error e) {
                throw e;
            }
            if (first != null) {
                throw new UncheckedIOException(new IOException(first));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a document's writing threw, or null; waits for it to end. */
    private static Throwable outcome(Future<?> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
