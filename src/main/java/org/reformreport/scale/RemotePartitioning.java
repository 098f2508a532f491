package org.reformreport.scale;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;

/**
 * Remote partitioning over RabbitMQ (Spring Batch Integration): the manager sends each partition's
 * step execution request to the durable queue {@value #QUEUE} and polls the shared job repository
 * until every partition has finished; a worker process (the same jar, command {@code worker})
 * takes one request at a time per thread and runs the worker step it names. A request is
 * acknowledged only once its step has run, so a worker killed mid-partition leaves it to another.
 */
public final class RemotePartitioning {

    public static final String QUEUE = "reform.partitions";

    private static final Logger log = LoggerFactory.getLogger(RemotePartitioning.class);

    private RemotePartitioning() {}

    public static Queue queue() {
        return new Queue(QUEUE, true);
    }

    /** Requests go out as Java-serialized {@link StepExecutionRequest}s; only that type is read back. */
    static SimpleMessageConverter converter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return converter;
    }

    /** The manager side: partitioned steps whose worker step executions are sent to the queue. */
    public static PartitionedSteps manager(
            JobRepository jobRepository, RabbitTemplate rabbit, int gridSize, Duration timeout) {
        rabbit.setMessageConverter(converter());
        return (name, worker, partitioner) -> {
            DirectChannel requests = new DirectChannel();
            requests.subscribe(message -> rabbit.convertAndSend(QUEUE, message.getPayload()));
            MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
            handler.setStepName(worker.getName());
            handler.setGridSize(gridSize);
            handler.setJobRepository(jobRepository); // results are read from the shared repository
            handler.setPollInterval(500);
            handler.setTimeout(timeout.toMillis());
            MessagingTemplate template = new MessagingTemplate(requests);
            handler.setMessagingOperations(template);
            try {
                handler.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new StepBuilder(name, jobRepository)
                    .partitioner(worker.getName(), partitioner)
                    .partitionHandler(handler)
                    .allowStartIfComplete(worker.isAllowStartIfComplete())
                    .build();
        };
    }

    /** The worker side: a listener on the queue running the requested worker steps, {@code threads} at once. */
    public static SimpleMessageListenerContainer worker(
            ConnectionFactory connections, JobRepository jobRepository, BeanFactory steps, int threads) {
        BeanFactoryStepLocator locator = new BeanFactoryStepLocator();
        locator.setBeanFactory(steps);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(locator);
        SimpleMessageConverter converter = converter();
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(QUEUE);
        container.setConcurrentConsumers(threads);
        container.setPrefetchCount(1); // one partition at a time per thread
        container.setAcknowledgeMode(AcknowledgeMode.AUTO); // acked when the step has run
        container.setDefaultRequeueRejected(false); // a failing partition fails, it does not loop
        container.setShutdownTimeout(Duration.ofMinutes(10).toMillis()); // SIGTERM lets the range in hand finish
        container.setMessageListener(message -> {
            StepExecutionRequest request = (StepExecutionRequest) converter.fromMessage(message);
            log.info("Running partition {} (step execution {})", request.getStepName(), request.getStepExecutionId());
            var execution = handler.handle(request);
            log.info(
                    "Partition {} (step execution {}) ended {}",
                    request.getStepName(),
                    request.getStepExecutionId(),
                    execution.getStatus());
        });
        return container;
    }
}
