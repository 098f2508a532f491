package org.reformreport.job;

import java.nio.file.Path;
import java.time.LocalDate;
import org.reformreport.calendar.ReportMonth;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/** The run a step belongs to: its month, revision, instance id (the run id), folders and issue date. */
record RunContext(
        ReportMonth month,
        long revision,
        long runId,
        Path inbox,
        Path output,
        Path config,
        LocalDate issued,
        Integer docNumber) {

    static RunContext of(ChunkContext chunk) {
        return of(chunk.getStepContext().getStepExecution());
    }

    static RunContext of(StepExecution step) {
        JobExecution execution = step.getJobExecution();
        JobParameters p = execution.getJobParameters();
        return new RunContext(
                ReportMonth.parse(p.getString(JobParameterNames.MONTH)),
                p.getLong(JobParameterNames.REVISION),
                execution.getJobInstanceId(),
                Path.of(p.getString(JobParameterNames.INBOX)),
                Path.of(p.getString(JobParameterNames.OUTPUT)),
                Path.of(p.getString(JobParameterNames.CONFIG)),
                IssueDate.of(execution),
                p.getLong(JobParameterNames.DOC_NUMBER) == null
                        ? null
                        : p.getLong(JobParameterNames.DOC_NUMBER).intValue());
    }
}
