package org.reformreport.job;

import java.time.Duration;
import org.reformreport.scale.LocalPartitionedSteps;
import org.reformreport.scale.PartitionedSteps;
import org.reformreport.scale.RemotePartitioning;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the partitioned steps (unitFigures, unitReports) run: on local threads
 * (reform.scale.mode=local, the default) or, as a manager (reform.scale.mode=manager), on worker
 * processes (reform.scale.mode=worker) over RabbitMQ, sharing the database.
 */
@Configuration
class PartitioningConfig {

    @Bean
    PartitionedSteps partitionedSteps(
            JobRepository jobRepository,
            ReformSettings settings,
            ObjectProvider<RabbitTemplate> rabbit,
            @Value("${reform.scale.mode:local}") String mode,
            @Value("${reform.scale.partitions:0}") int partitions,
            @Value("${reform.scale.partition-timeout:PT6H}") Duration timeout) {
        return switch (mode) {
            case "local", "worker" -> new LocalPartitionedSteps(jobRepository, settings.documentThreads());
            case "manager" ->
                RemotePartitioning.manager(
                        jobRepository,
                        rabbit.getObject(),
                        partitions > 0 ? partitions : settings.documentThreads(),
                        timeout);
            default ->
                throw new IllegalArgumentException("reform.scale.mode must be local, manager or worker, not " + mode);
        };
    }

    @Bean
    @ConditionalOnExpression("'${reform.scale.mode:local}' != 'local'")
    Queue partitionQueue() {
        return RemotePartitioning.queue();
    }

    /** A worker process: takes partitions from RabbitMQ and runs their worker steps. */
    @Bean
    @ConditionalOnProperty(name = "reform.scale.mode", havingValue = "worker")
    SimpleMessageListenerContainer partitionWorker(
            ConnectionFactory connections, JobRepository jobRepository, BeanFactory beans, ReformSettings settings) {
        return RemotePartitioning.worker(connections, jobRepository, beans, settings.documentThreads());
    }
}
