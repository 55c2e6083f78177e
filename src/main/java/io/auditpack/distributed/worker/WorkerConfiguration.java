package io.auditpack.distributed.worker;

import io.auditpack.distributed.JobPartition;
import io.auditpack.distributed.channel.Beats;
import io.auditpack.distributed.manager.RemoteEvidence;
import io.auditpack.job.RunLauncher;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.ExecutorChannel;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * Wires a worker (profile {@value #PROFILE}, with the shared channel of the distributed profile): a poller takes one
 * request at a time from the channel, in a transaction that also records the claim, when the worker's partition
 * thread is idle; the request goes to that thread through an {@link ExecutorChannel}, where the flow that Spring
 * Batch's {@link RemotePartitioningWorkerStepBuilderFactory} registers hands it to a
 * {@code StepExecutionRequestHandler}, which runs the worker step {@value JobPartition#WORKER_STEP}. The manager polls
 * the job repository for the partitions' ends, so there is no reply channel.
 */
@Configuration(proxyBeanMethods = false)
@Profile(WorkerConfiguration.PROFILE)
public class WorkerConfiguration {
    public static final String PROFILE = "worker";
    static final String CLAIMS = "auditpack.partition-claims";

    @Bean
    WorkerSettings workerSettings(
            @Value("${" + WorkerSettings.NAME + ":}") String name,
            @Value("${" + WorkerSettings.HEARTBEAT_MS + ":5000}") long heartbeat,
            @Value("${" + WorkerSettings.POLL_MS + ":1000}") long poll) {
        String shown = name.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : name.strip();
        return new WorkerSettings(shown, Duration.ofMillis(heartbeat), Duration.ofMillis(poll));
    }

    @Bean(destroyMethod = "close")
    Heartbeat heartbeat(Beats beats, WorkerSettings settings) {
        return new Heartbeat(beats, settings.name(), settings.heartbeat());
    }

    @Bean
    WorkerGate workerGate(Heartbeat heartbeat) {
        return new WorkerGate(heartbeat::drop);
    }

    /** The hand-over from the poller to the partition thread. */
    @Bean
    ExecutorChannel partitions(WorkerGate workerGate) {
        return new ExecutorChannel(workerGate);
    }

    @Bean
    PartitionTasklet partitionTasklet(RunLauncher launcher, WorkerSettings settings) {
        return new PartitionTasklet(launcher, settings.name());
    }

    /**
     * The worker step. Its tasklet holds no transaction while the job runs (the job's own steps have theirs), so no
     * database connection stays open for the length of a partition.
     */
    @Bean(JobPartition.WORKER_STEP)
    Step workerStep(
            RemotePartitioningWorkerStepBuilderFactory steps,
            ExecutorChannel partitions,
            PartitionTasklet partitionTasklet,
            PlatformTransactionManager transactions) {
        return steps.get(JobPartition.WORKER_STEP)
                .inputChannel(partitions)
                .tasklet(partitionTasklet, transactions)
                .transactionAttribute(new NoTransaction())
                .build();
    }

    /**
     * Runs the tasklet outside any transaction; every exception ends the step (as the builder's default attribute
     * does: with {@link DefaultTransactionAttribute}'s own rule a checked exception would be swallowed and the
     * tasklet run again).
     */
    private static final class NoTransaction extends DefaultTransactionAttribute {
        NoTransaction() {
            super(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        }

        @Override
        public boolean rollbackOn(Throwable failure) {
            return true;
        }
    }

    @Bean
    PartitionClaims partitionClaims(Beats beats, Heartbeat heartbeat, WorkerSettings settings) {
        return new PartitionClaims(beats, heartbeat, settings, JobPartition.MANAGER_STEP, RemoteEvidence.STEP);
    }

    /** Takes a request off the channel and claims it in one transaction, only while the partition thread is idle. */
    @Bean
    IntegrationFlow claimFlow(
            QueueChannel partitionRequests,
            PartitionClaims claims,
            WorkerGate gate,
            ExecutorChannel partitions,
            PlatformTransactionManager transactions,
            WorkerSettings settings) {
        return IntegrationFlow.from(partitionRequests)
                .filter(
                        StepExecutionRequest.class,
                        claims::take,
                        endpoint -> endpoint.id(CLAIMS)
                                .autoStartup(false)
                                .poller(Pollers.fixedDelay(settings.poll())
                                        .maxMessagesPerPoll(1)
                                        .receiveTimeout(0)
                                        .advice(gate)
                                        .transactional(transactions)))
                .channel(partitions)
                .get();
    }

    @Bean
    Worker worker(
            WorkerGate gate,
            PartitionTasklet tasklet,
            IntegrationFlowContext flows,
            ApplicationContext context,
            WorkerSettings settings) {
        return new Worker(gate, tasklet, flows, () -> context.getBean(CLAIMS, Lifecycle.class), settings);
    }
}
