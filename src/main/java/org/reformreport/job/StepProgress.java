package org.reformreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * Progress of a step whose work is done elsewhere (partitions on threads or worker processes, a
 * sender), read from what it leaves behind: files staged, partitions the job repository records as
 * done, messages the outbox records as sent. A thread samples it while the step runs.
 */
final class StepProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepProgress.class);

    /** What the step has to do and how far it got. */
    interface Measure {
        long total(StepExecution step);

        long done(StepExecution step);

        /** The total is known only as the step goes (the outbox fills, then empties): read it each time. */
        default boolean totalGrows() {
            return false;
        }
    }

    private final String what;
    private final String unit;
    private final Measure measure;
    private Thread sampler;
    private Progress progress;

    StepProgress(String what, String unit, Measure measure) {
        this.what = what;
        this.unit = unit;
        this.measure = measure;
    }

    /** The step, reporting its progress (a partitioned step is built whole, so its listener is added here). */
    static Step on(Step step, StepProgress progress) {
        if (step instanceof AbstractStep s) {
            s.registerStepExecutionListener(progress);
        }
        return step;
    }

    @Override
    public synchronized void beforeStep(StepExecution step) {
        long total;
        try {
            total = measure.total(step);
        } catch (RuntimeException e) {
            log.debug("No progress for {}: {}", what, e.toString());
            return; // progress is only a courtesy
        }
        Progress p = Progress.of(what, unit, total, log);
        long fixedTotal = total;
        progress = p;
        long every = Terminal.statusLine() != null ? Progress.DRAW_EVERY_NANOS / 1_000_000 : 1_000;
        Thread t = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            Thread.sleep(every);
                            long done = measure.done(step);
                            p.update(done, measure.totalGrows() ? measure.total(step) : fixedTotal);
                        } catch (InterruptedException e) {
                            return;
                        } catch (RuntimeException e) {
                            log.debug("Progress of {} not read: {}", what, e.toString());
                        }
                    }
                },
                "progress-" + step.getStepName());
        t.setDaemon(true);
        sampler = t;
        t.start();
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution step) {
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sampler = null;
        }
        if (progress != null) {
            progress.close();
            progress = null;
        }
        return null;
    }

    /** Files in a folder written since the step started (a restart rewrites some, keeps the rest). */
    static long filesWrittenSince(Path folder, long startedMillis) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        FileTime since = FileTime.fromMillis(startedMillis - 1_000);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                        try {
                            return Files.getLastModifiedTime(f).compareTo(since) >= 0;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The units in the partitions of this step that the job repository records as completed: all
     * a manager can honestly know of partitions on other machines.
     */
    static long unitsInCompletedPartitions(JobRepository repository, StepExecution manager, String workerPrefix) {
        return repository.getJobExecution(manager.getJobExecutionId()).getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(workerPrefix))
                .filter(s -> s.getStatus() == BatchStatus.COMPLETED)
                .mapToLong(StepExecution::getWriteCount)
                .sum();
    }

    static long startedMillis(StepExecution step) {
        return step.getStartTime() == null
                ? System.currentTimeMillis()
                : step.getStartTime()
                        .atZone(java.time.ZoneId.systemDefault())
                        .toInstant()
                        .toEpochMilli();
    }
}
