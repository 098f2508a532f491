package org.reformreport.scale;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;

/**
 * Builds the manager of a partitioned step: its worker step executions run on local threads, or
 * on worker processes that take them from RabbitMQ ({@code reform.scale.mode=manager}).
 */
public interface PartitionedSteps {

    Step partitioned(String name, Step worker, Partitioner partitioner);
}
