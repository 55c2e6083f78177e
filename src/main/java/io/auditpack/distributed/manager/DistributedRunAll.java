package io.auditpack.distributed.manager;

import io.auditpack.distributed.JobPartition;
import io.auditpack.distributed.channel.Beats;
import io.auditpack.distributed.channel.ChannelConfiguration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * The manager of {@code run-all --distributed}: one Spring Batch job execution ({@value #JOB}) whose single step
 * ({@value JobPartition#MANAGER_STEP}) is a partition step with one partition per job, handled by
 * {@link WatchedPartitionHandler}. Before it starts, it marks FAILED the executions of managers that died (no fresh
 * heartbeat), so the history shows how they ended and their left-over requests are dropped by the workers.
 */
@Component
@Profile(ChannelConfiguration.PROFILE)
public class DistributedRunAll {
    /** The manager's job name in the job repository. */
    public static final String JOB = "auditpack-run-all";

    private final JobOperator operator;
    private final JobRepository repository;
    private final Beats beats;
    private final QueueChannel partitionRequests;

    public DistributedRunAll(
            JobOperator operator, JobRepository repository, Beats beats, QueueChannel partitionRequests) {
        this.operator = operator;
        this.repository = repository;
        this.beats = beats;
        this.partitionRequests = partitionRequests;
    }

    /**
     * Runs the partitions to their end (each job once, or twice when its first attempt failed) and returns how each
     * ended, in the order they ended; {@code notices} hears the clean-up of dead managers.
     */
    public Outcome run(
            String runId,
            List<JobPartition> partitions,
            ManagerSettings settings,
            PartitionListener listener,
            BooleanSupplier stopRequested,
            Consumer<String> notices)
            throws Exception {
        recoverDeadManagers(settings, notices);
        List<PartitionResult> results = Collections.synchronizedList(new ArrayList<>());
        PartitionListener recording = new PartitionListener() {
            @Override
            public void ended(PartitionResult result) {
                results.add(result);
                listener.ended(result);
            }

            @Override
            public void redispatched(String job, int attempt, String why) {
                listener.redispatched(job, attempt, why);
            }
        };
        MessagingTemplate requests = new MessagingTemplate(partitionRequests);
        Step step = new StepBuilder(JobPartition.MANAGER_STEP, repository)
                .partitioner(JobPartition.WORKER_STEP, new JobPartitioner(partitions))
                .partitionHandler(
                        new WatchedPartitionHandler(repository, beats, requests, settings, recording, stopRequested))
                .build();
        Job job = new JobBuilder(JOB, repository).start(step).build();
        JobParameters parameters = new JobParametersBuilder()
                .addString("run", runId)
                .addLong("jobs", (long) partitions.size(), false)
                .toJobParameters();
        JobExecution execution = operator.start(job, parameters);
        return new Outcome(execution.getStatus(), List.copyOf(results));
    }

    private void recoverDeadManagers(ManagerSettings settings, Consumer<String> notices) {
        for (JobExecution running : repository.findRunningJobExecutions(JOB)) {
            boolean alive = beats.states(running.getId()).stream()
                    .anyMatch(s -> s.claimed()
                            && s.status().isRunning()
                            && Objects.requireNonNull(s.beatAge()).compareTo(settings.workerTimeout()) <= 0
                            && s.stepName().equals(JobPartition.MANAGER_STEP));
            if (!alive) {
                JobExecution execution = repository.getJobExecution(running.getId());
                if (execution != null) {
                    operator.recover(execution);
                    notices.accept("marked the distributed run "
                            + execution.getJobParameters().getString("run")
                            + " (execution " + execution.getId() + ") FAILED: its manager ended without recording "
                            + "its end; its left-over requests are dropped by the workers");
                }
            }
        }
    }

    /** How a distributed run ended: the manager job's status and each job's result. */
    public record Outcome(BatchStatus status, List<PartitionResult> results) {
        public Outcome {
            results = List.copyOf(results);
        }
    }
}
