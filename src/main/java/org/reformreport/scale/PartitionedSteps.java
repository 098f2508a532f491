package org.reformreport.scale;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * Builds the partitioned steps: their worker step executions run on local threads, or on worker
 * processes that take them from RabbitMQ ({@code reform.scale.mode=manager} and {@code worker}).
 */
public interface PartitionedSteps {

    /**
     * Starts the definition of a worker step. On a worker process the step so built also runs the
     * partitions of it that arrive from the queue; elsewhere it is a plain step.
     */
    StepBuilder workerStep(String name);

    /** The manager step {@code name}: {@code partitioner}'s ranges, each run by {@code worker}. */
    Step partitioned(String name, Step worker, Partitioner partitioner);
}
