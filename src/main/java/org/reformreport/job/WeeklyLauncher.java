package org.reformreport.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts the weekly round's runs: `receive` and `remind`. Each is a new run, except that a run of
 * the same kind (and, for remind, the same week) that failed, stopped or was killed is resumed at
 * its failed step, as a month's run is: the files its intake took in then still get their receipts.
 * Callers hold the {@link RunLock}.
 */
public class WeeklyLauncher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WeeklyLauncher.class);

    /** How the run was started and how it ended. */
    public record Launched(long runId, boolean restart, JobExecution execution) {}

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job receive;
    private final Job remind;
    private final Clock clock;

    public WeeklyLauncher(JobOperator operator, JobRepository repository, Job receive, Job remind, Clock clock) {
        this.operator = operator;
        this.repository = repository;
        this.receive = receive;
        this.remind = remind;
        this.clock = clock;
    }

    public Launched receive(Path inbox, Path output, Path config, EmailMode email) throws Exception {
        return launch(receive, null, inbox, output, config, email);
    }

    public Launched remind(LocalDate week, Path inbox, Path output, Path config, EmailMode email) throws Exception {
        return launch(remind, week, inbox, output, config, email);
    }

    private Launched launch(Job job, LocalDate week, Path inbox, Path output, Path config, EmailMode email)
            throws Exception {
        JobExecution last = repository.findJobInstances(job.getName()).stream()
                .map(repository::getLastJobExecution)
                .filter(e -> e != null)
                .max(Comparator.comparingLong(JobExecution::getId))
                .orElse(null);
        JobParametersBuilder parameters = new JobParametersBuilder();
        boolean restart = false;
        if (last != null && resumable(last, week)) {
            if (last.getStatus().isRunning()) {
                log.warn("{} run {} was interrupted; recovering it", job.getName(), last.getJobInstanceId());
                operator.recover(last);
            }
            parameters.addJobParameters(identifying(last.getJobParameters()));
            restart = true;
        } else {
            // a run's identity: when it was asked for, made later than the last one's (a clock set back)
            long requested = clock.millis();
            if (last != null) {
                Long before = last.getJobParameters().getLong(JobParameterNames.REQUESTED);
                requested = Math.max(requested, before == null ? 0 : before + 1);
            }
            parameters.addLong(JobParameterNames.REQUESTED, requested, true);
            if (week != null) {
                parameters.addString(JobParameterNames.WEEK, week.toString(), true);
            }
        }
        JobParameters all = parameters
                .addString(JobParameterNames.INBOX, absolute(inbox), false)
                .addString(JobParameterNames.OUTPUT, absolute(output), false)
                .addString(JobParameterNames.CONFIG, absolute(config), false)
                .addString(JobParameterNames.EMAIL, email.name(), false)
                .toJobParameters();
        JobExecution execution = operator.start(job, all);
        return new Launched(execution.getJobInstanceId(), restart, execution);
    }

    private static boolean resumable(JobExecution last, LocalDate week) {
        BatchStatus status = last.getStatus();
        boolean unfinished = status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning();
        return unfinished
                && (week == null
                        || week.toString().equals(last.getJobParameters().getString(JobParameterNames.WEEK)));
    }

    private static JobParameters identifying(JobParameters p) {
        JobParametersBuilder b = new JobParametersBuilder();
        b.addLong(JobParameterNames.REQUESTED, p.getLong(JobParameterNames.REQUESTED), true);
        String week = p.getString(JobParameterNames.WEEK);
        if (week != null) {
            b.addString(JobParameterNames.WEEK, week, true);
        }
        return b.toJobParameters();
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }
}
