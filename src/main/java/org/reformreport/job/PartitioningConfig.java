package org.reformreport.job;

import java.time.Duration;
import org.reformreport.scale.LocalPartitionedSteps;
import org.reformreport.scale.PartitionedSteps;
import org.reformreport.scale.RemotePartitioning;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

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
            @Qualifier("partitionRequests") ObjectProvider<DirectChannel> workerRequests,
            BeanFactory beans,
            @Value("${reform.scale.mode:local}") String mode,
            @Value("${reform.scale.partitions:0}") int partitions,
            @Value("${reform.scale.partition-timeout:PT6H}") Duration timeout) {
        return switch (mode) {
            case "local" -> new LocalPartitionedSteps(jobRepository, settings.documentThreads());
            case "manager" ->
                RemotePartitioning.manager(
                        jobRepository,
                        rabbit.getObject(),
                        partitions > 0 ? partitions : settings.documentThreads(),
                        timeout);
            case "worker" ->
                RemotePartitioning.worker(jobRepository, beans, settings.documentThreads(), workerRequests.getObject());
            default ->
                throw new IllegalArgumentException("reform.scale.mode must be local, manager or worker, not " + mode);
        };
    }

    @Bean
    @ConditionalOnExpression("'${reform.scale.mode:local}' != 'local'")
    Queue partitionQueue() {
        return RemotePartitioning.queue();
    }

    /**
     * A worker process: Spring Integration carries the requests from RabbitMQ to the worker steps
     * (see {@link RemotePartitioning#worker}); a manager or a single process needs none of it.
     */
    @Configuration
    @ConditionalOnProperty(name = "reform.scale.mode", havingValue = "worker")
    @EnableIntegration
    static class Worker {

        @Bean
        DirectChannel partitionRequests() {
            return RemotePartitioning.requests();
        }

        @Bean
        IntegrationFlow partitionRequestsFromQueue(
                ConnectionFactory connections, DirectChannel partitionRequests, ReformSettings settings) {
            return RemotePartitioning.requestsFromQueue(connections, settings.documentThreads(), partitionRequests);
        }
    }
}
