package org.reformreport.job;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.intake.IntakeRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts the month's run: a new revision when the month was completed before (a re-run needs no
 * special flag), the same revision again when its last attempt failed (Spring Batch then resumes at
 * the failed step).
 */
public class RunLauncher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunLauncher.class);

    /**
     * How the run was started and how it ended. Callers must hold the {@link RunLock}: a run that
     * looks running is then known to be dead and is recovered.
     */
    public record Launched(ReportMonth month, long revision, boolean restart, JobExecution execution) {}

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    public RunLauncher(JobOperator operator, JobRepository repository, Job job) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    public Launched run(ReportMonth month, Path inbox, Path output, Path config) throws Exception {
        return run(month, inbox, output, config, EmailMode.SEND);
    }

    public Launched run(ReportMonth month, Path inbox, Path output, Path config, EmailMode email) throws Exception {
        return run(month, inbox, output, config, email, null);
    }

    /** @param docNumber the ranking notice's document number the office gives (--doc-number), or null */
    public Launched run(ReportMonth month, Path inbox, Path output, Path config, EmailMode email, Integer docNumber)
            throws Exception {
        JobExecution last = lastExecutionOf(month);
        long revision = 1;
        boolean restart = false;
        if (last != null) {
            long lastRevision = last.getJobParameters().getLong(JobParameterNames.REVISION);
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED || status == BatchStatus.UNKNOWN) {
                // Done, or given up on: a re-run is a new revision (Spring Batch restarts neither).
                revision = lastRevision + 1;
            } else {
                if (status.isRunning()) {
                    // The caller holds the run lock, so nothing runs this execution any more: it was
                    // killed (kill -9, power cut). Mark it failed, then restart it like any failure.
                    log.warn(
                            "Run of {} revision {} (execution {}) was interrupted; recovering it",
                            month,
                            lastRevision,
                            last.getId());
                    operator.recover(last);
                }
                revision = lastRevision;
                restart = true;
            }
        }
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JobParameterNames.MONTH, month.toString(), true)
                .addLong(JobParameterNames.REVISION, revision, true)
                .addString(
                        JobParameterNames.INBOX,
                        inbox.toAbsolutePath().normalize().toString(),
                        false)
                .addString(
                        JobParameterNames.OUTPUT,
                        output.toAbsolutePath().normalize().toString(),
                        false)
                .addString(
                        JobParameterNames.CONFIG,
                        config.toAbsolutePath().normalize().toString(),
                        false)
                .addString(JobParameterNames.EMAIL, email.name(), false);
        if (docNumber != null) {
            builder.addLong(JobParameterNames.DOC_NUMBER, docNumber.longValue(), false);
        }
        JobParameters parameters = builder.toJobParameters();
        // Starting a failed instance again with its identifying parameters restarts it at the failed
        // step; the paths may differ (an administrator may have moved the inbox).
        JobExecution execution = operator.start(job, parameters);
        return new Launched(month, revision, restart, execution);
    }

    /** What {@link #abandon} found and did. */
    public record Abandoned(ReportMonth month, long revision, long runId, BatchStatus status, int filesToReadAgain) {
        /** Whether a failed or stopped run was given up (otherwise there was nothing to give up). */
        public boolean abandoned() {
            return status == BatchStatus.ABANDONED;
        }
    }

    /**
     * Gives up the month's failed (or stopped, or killed) run: its execution is marked ABANDONED, so
     * the next run starts a new revision from the registries; the files it imported are read again
     * by that run (with the rules and registries of then), and its staging folder goes. A month whose
     * last run completed, or that never ran, is left as it is. Callers must hold the {@link RunLock}.
     */
    public Abandoned abandon(ReportMonth month, Path output, IntakeRepository intake) throws Exception {
        JobExecution last = lastExecutionOf(month);
        if (last == null) {
            return new Abandoned(month, 0, 0, null, 0);
        }
        long revision = last.getJobParameters().getLong(JobParameterNames.REVISION);
        long runId = last.getJobInstanceId();
        if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            return new Abandoned(
                    month,
                    revision,
                    runId,
                    last.getStatus() == BatchStatus.ABANDONED ? BatchStatus.UNKNOWN : last.getStatus(),
                    0);
        }
        if (last.getStatus().isRunning()) {
            log.warn(
                    "Run of {} revision {} (execution {}) was interrupted; abandoning it",
                    month,
                    revision,
                    last.getId());
            last = operator.recover(last);
        }
        operator.abandon(last);
        int files = intake.readAgainFilesOf(runId);
        Path staging = new org.reformreport.publish.OutputLayout(output, month, runId).staging();
        org.reformreport.publish.MonthPublisher.deleteTree(staging);
        return new Abandoned(month, revision, runId, BatchStatus.ABANDONED, files);
    }

    /** Asks every running execution of the job (there is at most one: the lock) to stop between chunks. */
    public void stopRunning() {
        for (JobExecution execution : repository.findRunningJobExecutions(JobParameterNames.JOB_NAME)) {
            try {
                // Only the job execution is marked STOPPING; each step sees it at its next update
                // (chunk boundary) and stops. JobOperator.stop also writes the running step
                // execution from this thread, which races the step's own commit: on MySQL the step
                // then failed with an optimistic-locking error instead of stopping.
                execution.setStatus(BatchStatus.STOPPING);
                repository.update(execution);
            } catch (Exception e) {
                log.warn("Could not stop execution {}: {}", execution.getId(), e.toString());
            }
        }
    }

    /** The latest execution of the month's highest revision, or null for a month never run. */
    private JobExecution lastExecutionOf(ReportMonth month) {
        List<JobInstance> instances = repository.findJobInstances(JobParameterNames.JOB_NAME);
        return instances.stream()
                .map(repository::getLastJobExecution)
                .filter(e -> e != null
                        && month.toString().equals(e.getJobParameters().getString(JobParameterNames.MONTH)))
                .max(Comparator.comparingLong(
                                (JobExecution e) -> e.getJobParameters().getLong(JobParameterNames.REVISION))
                        .thenComparingLong(JobExecution::getId))
                .orElse(null);
    }
}
