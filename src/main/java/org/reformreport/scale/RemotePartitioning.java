package org.reformreport.scale;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.MessageChannel;

/**
 * Remote partitioning over RabbitMQ (Spring Batch Integration's remote-partitioning builders): the
 * manager sends each partition's step execution request to the durable queue {@value #QUEUE} and
 * polls the shared job repository until every partition has finished; a worker process (the same
 * jar, command {@code worker}) takes one request at a time per thread and runs the worker step it
 * names. A request is acknowledged only once its step has run, so a worker killed mid-partition
 * leaves it to another.
 */
public final class RemotePartitioning {

    public static final String QUEUE = "reform.partitions";

    /**
     * The key, in a partition's step execution context, of the worker that ran it ({@code pid@host}
     * and thread): the job repository then says which machine ran which range, for an operator
     * tracing a partition and for the benchmark.
     */
    public static final String WORKER_KEY = "reform.worker";

    /** How often the manager looks in the shared repository for finished partitions. */
    private static final Duration POLL = Duration.ofMillis(500);

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
        DirectChannel requests = new DirectChannel();
        requests.subscribe(message -> rabbit.convertAndSend(QUEUE, message.getPayload()));
        return new PartitionedSteps() {
            @Override
            public StepBuilder workerStep(String name) {
                return new StepBuilder(name, jobRepository);
            }

            @Override
            public Step partitioned(String name, Step worker, Partitioner partitioner) {
                // No reply channel: the results are read from the shared repository.
                return new RemotePartitioningManagerStepBuilder(name, jobRepository)
                        .partitioner(worker.getName(), partitioner)
                        .gridSize(gridSize)
                        .outputChannel(requests)
                        .pollInterval(POLL.toMillis())
                        .timeout(timeout.toMillis())
                        .allowStartIfComplete(worker.isAllowStartIfComplete())
                        .build();
            }
        };
    }

    /**
     * The worker side: worker steps that run the requests arriving on {@code requests} (see {@link
     * #requestsFromQueue}). Its managers run locally, as in a single process; a worker never runs the job.
     */
    public static PartitionedSteps worker(
            JobRepository jobRepository, BeanFactory beans, int threads, MessageChannel requests) {
        PartitionedSteps local = new LocalPartitionedSteps(jobRepository, threads);
        return new PartitionedSteps() {
            @Override
            public StepBuilder workerStep(String name) {
                return new RemotePartitioningWorkerStepBuilder(name, jobRepository)
                        .inputChannel(requests)
                        .beanFactory(beans)
                        .listener(partitionLog(name));
            }

            @Override
            public Step partitioned(String name, Step worker, Partitioner partitioner) {
                return local.partitioned(name, worker, partitioner);
            }
        };
    }

    /**
     * The channel a worker's requests arrive on. Every request runs on the listener thread that took
     * it (so it is acknowledged when its step has run), by one of the worker steps' handlers: each
     * finds the step the request names.
     */
    public static DirectChannel requests() {
        DirectChannel requests = new DirectChannel();
        requests.setFailover(false); // a request whose step failed to start is not tried again here
        return requests;
    }

    /** A worker's listener on the queue: {@code threads} requests at once, each onto {@code requests}. */
    public static IntegrationFlow requestsFromQueue(
            ConnectionFactory connections, int threads, MessageChannel requests) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(QUEUE);
        container.setConcurrentConsumers(threads);
        container.setPrefetchCount(1); // one partition at a time per thread
        container.setAcknowledgeMode(AcknowledgeMode.AUTO); // acked when the step has run
        container.setDefaultRequeueRejected(false); // a failing partition fails, it does not loop
        container.setShutdownTimeout(Duration.ofMinutes(10).toMillis()); // SIGTERM lets the range in hand finish
        return IntegrationFlow.from(Amqp.inboundAdapter(container).messageConverter(converter()))
                .channel(requests)
                .get();
    }

    /**
     * Says in the worker's log which partition it takes and how it ended, and records in the
     * partition's context who ran it (saved with the context when the step ends).
     */
    private static StepExecutionListener partitionLog(String step) {
        String process = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution execution) {
                execution
                        .getExecutionContext()
                        .putString(
                                WORKER_KEY,
                                process + " " + Thread.currentThread().getName());
                log.info("Running partition {} (step execution {})", step, execution.getId());
            }

            @Override
            public org.springframework.batch.core.@Nullable ExitStatus afterStep(StepExecution execution) {
                log.info("Partition {} (step execution {}) ended {}", step, execution.getId(), execution.getStatus());
                return null;
            }
        };
    }
}
