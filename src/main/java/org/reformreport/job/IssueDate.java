package org.reformreport.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The run's issue date, which every document and message of the run carries (and intake's "today"
 * for dates from the future): decided once, at the run's first execution, as today in the office's
 * time zone, and kept in the job's execution context, which Spring Batch hands on to every restart.
 * A run restarted the next day therefore dates everything as its first day; publish writes it into
 * the manifest, from which a later resend dates its messages.
 */
final class IssueDate implements JobExecutionListener {

    static final String KEY = "reform.issueDate";

    private final Clock clock;
    private final ZoneId zone;
    private final JobRepository repository;

    IssueDate(Clock clock, ZoneId zone, JobRepository repository) {
        this.clock = clock;
        this.zone = zone;
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (!context.containsKey(KEY)) {
            context.putString(KEY, LocalDate.ofInstant(clock.instant(), zone).toString());
            // stored now, not after the first step: a run failing in it keeps its date as well
            repository.updateExecutionContext(execution);
        }
    }

    /** The issue date of the run {@code execution} belongs to. */
    static LocalDate of(JobExecution execution) {
        String date = execution.getExecutionContext().getString(KEY, null);
        if (date == null) {
            throw new IllegalStateException("run " + execution.getJobInstanceId() + " has no issue date");
        }
        return LocalDate.parse(date);
    }
}
