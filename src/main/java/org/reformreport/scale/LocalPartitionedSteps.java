package org.reformreport.scale;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** Partitions on local threads (the default): as many at once as there are threads. */
public class LocalPartitionedSteps implements PartitionedSteps {

    private final JobRepository jobRepository;
    private final int threads;

    public LocalPartitionedSteps(JobRepository jobRepository, int threads) {
        this.jobRepository = jobRepository;
        this.threads = threads;
    }

    @Override
    public StepBuilder workerStep(String name) {
        return new StepBuilder(name, jobRepository);
    }

    @Override
    public Step partitioned(String name, Step worker, Partitioner partitioner) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .gridSize(threads)
                .taskExecutor(executor)
                // a worker step that runs again on restarts (the unit reports) needs its manager to run too
                .allowStartIfComplete(worker.isAllowStartIfComplete())
                .build();
    }
}
