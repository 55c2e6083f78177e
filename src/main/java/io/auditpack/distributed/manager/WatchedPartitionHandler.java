package io.auditpack.distributed.manager;

import io.auditpack.distributed.JobPartition;
import io.auditpack.distributed.PartitionReport;
import io.auditpack.distributed.channel.Beats;
import io.auditpack.distributed.channel.Beats.BeatState;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.support.MessageBuilder;

/**
 * The manager's partition handler: sends one {@link StepExecutionRequest} per partition to the workers' channel, then
 * polls the job repository (and the heartbeats) until every partition has ended, wave by wave (management reviews,
 * wave 1, after every pack of wave 0). Unlike Spring Batch's {@code MessageChannelPartitionHandler}, which waits for
 * a dead worker's partition until an overall timeout fails the whole step, it notices a worker whose heartbeat
 * stopped, marks that partition FAILED and dispatches the partition again as a new step execution of the same name,
 * for any worker to take; a partition that fails {@value ManagerSettings#ATTEMPTS} times is left failed (and so
 * fails the manager's step), and one handed back by a stopping worker is dispatched again without counting.
 */
final class WatchedPartitionHandler extends AbstractPartitionHandler {
    static final String ATTEMPT = "auditpack.attempt";

    private final JobRepository repository;
    private final Beats beats;
    private final MessagingTemplate requests;
    private final ManagerSettings settings;
    private final PartitionListener listener;
    private final BooleanSupplier stopRequested;
    private final String me = "manager " + ManagementFactory.getRuntimeMXBean().getName();

    WatchedPartitionHandler(
            JobRepository repository,
            Beats beats,
            MessagingTemplate requests,
            ManagerSettings settings,
            PartitionListener listener,
            BooleanSupplier stopRequested) {
        this.repository = repository;
        this.beats = beats;
        this.requests = requests;
        this.settings = settings;
        this.listener = listener;
        this.stopRequested = stopRequested;
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        beats.claim(manager.getId(), me, settings.workerTimeout());
        try {
            TreeMap<Integer, List<StepExecution>> waves = new TreeMap<>();
            partitions.stream()
                    .sorted((a, b) -> a.getStepName().compareTo(b.getStepName()))
                    .forEach(p -> waves.computeIfAbsent(
                                    JobPartition.waveOf(p.getExecutionContext()), w -> new ArrayList<>())
                            .add(p));
            Set<StepExecution> ended = new HashSet<>();
            for (List<StepExecution> wave : waves.values()) {
                ended.addAll(runWave(manager, wave));
            }
            return ended;
        } finally {
            beats.release(manager.getId());
        }
    }

    private List<StepExecution> runWave(StepExecution manager, List<StepExecution> wave) throws Exception {
        Map<Long, Tracked> live = new LinkedHashMap<>();
        for (StepExecution partition : wave) {
            partition.getExecutionContext().putInt(ATTEMPT, 1);
            repository.updateExecutionContext(partition);
            send(partition);
            live.put(partition.getId(), new Tracked());
        }
        List<StepExecution> ended = new ArrayList<>();
        while (!live.isEmpty()) {
            beats.beat(manager.getId(), me);
            if (stopRequested.getAsBoolean()) {
                throw new JobInterruptedException(
                        live.size() + " partition(s) had not ended when the manager was asked to stop",
                        BatchStatus.STOPPED);
            }
            Map<Long, BeatState> states = new HashMap<>();
            beats.states(manager.getJobExecutionId()).forEach(s -> states.put(s.stepExecutionId(), s));
            for (Map.Entry<Long, Tracked> entry : List.copyOf(live.entrySet())) {
                BeatState state = states.get(entry.getKey());
                if (state == null) {
                    continue;
                }
                PartitionVerdict verdict = PartitionVerdict.of(state, settings.workerTimeout());
                if (verdict != PartitionVerdict.WAIT) {
                    live.remove(entry.getKey());
                    StepExecution next = settle(manager, entry.getKey(), entry.getValue(), verdict, state, ended);
                    if (next != null) {
                        live.put(next.getId(), entry.getValue());
                    }
                }
            }
            if (!live.isEmpty()) {
                Thread.sleep(settings.poll().toMillis());
            }
        }
        return ended;
    }

    /** Acts on a partition that is no longer waiting; returns its next attempt, or null when it has ended. */
    private @Nullable StepExecution settle(
            StepExecution manager,
            long id,
            Tracked tracked,
            PartitionVerdict verdict,
            BeatState state,
            List<StepExecution> ended) {
        StepExecution partition = Objects.requireNonNull(repository.getStepExecution(id), "partition " + id);
        if (verdict == PartitionVerdict.SILENT) {
            partition = markSilent(partition, state);
            if (partition.getStatus() == BatchStatus.COMPLETED) {
                verdict = PartitionVerdict.DONE; // it ended as it was being marked
            }
        }
        beats.release(id);
        PartitionReport report = PartitionReport.from(partition.getExecutionContext());
        String job = JobPartition.nameOf(partition.getExecutionContext());
        switch (verdict) {
            case DONE -> {
                ended.add(partition);
                listener.ended(tracked.done(job, report));
                return null;
            }
            case HANDED_BACK -> {
                if (++tracked.handBacks <= ManagerSettings.HAND_BACKS) {
                    String why = report == null ? "its worker stopped it" : report.reason();
                    return redispatch(manager, partition, tracked.attempts, job, "handed back: " + why);
                }
                tracked.reasons.add("handed back more than " + ManagerSettings.HAND_BACKS + " times");
            }
            default -> tracked.reasons.add(reason(partition, report));
        }
        if (tracked.reasons.size() < ManagerSettings.ATTEMPTS) {
            return redispatch(
                    manager, partition, ++tracked.attempts, job, tracked.reasons.get(tracked.reasons.size() - 1));
        }
        ended.add(partition);
        listener.ended(tracked.failed(job, report));
        return null;
    }

    private StepExecution markSilent(StepExecution partition, BeatState state) {
        String reason = "worker " + state.owner() + " stopped sending heartbeats (the last one "
                + Objects.requireNonNull(state.beatAge()).toSeconds() + " s ago; limit "
                + settings.workerTimeout().toSeconds()
                + " s): it was killed, crashed or lost the database";
        try {
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), reason));
            partition.setEndTime(LocalDateTime.now());
            PartitionReport.ended(String.valueOf(state.owner()), "?", PartitionReport.Outcome.FAILED, reason)
                    .into(partition.getExecutionContext());
            repository.update(partition);
            repository.updateExecutionContext(partition);
            return partition;
        } catch (OptimisticLockingFailureException raced) {
            return Objects.requireNonNull(
                    repository.getStepExecution(partition.getId()), "partition " + partition.getId());
        }
    }

    private StepExecution redispatch(
            StepExecution manager, StepExecution previous, int attempt, String job, String why) {
        ExecutionContext context = new ExecutionContext(previous.getExecutionContext());
        PartitionReport.clear(context);
        context.putInt(ATTEMPT, attempt);
        StepExecution next = repository.createStepExecution(previous.getStepName(), manager.getJobExecution());
        next.setExecutionContext(context);
        repository.updateExecutionContext(next);
        listener.redispatched(job, attempt, why);
        send(next);
        return next;
    }

    private void send(StepExecution partition) {
        requests.send(MessageBuilder.withPayload(new StepExecutionRequest(JobPartition.WORKER_STEP, partition.getId()))
                .setCorrelationId(partition.getJobExecutionId() + ":" + JobPartition.WORKER_STEP)
                .build());
    }

    private static String reason(StepExecution partition, @Nullable PartitionReport report) {
        if (report != null && !report.reason().isEmpty()) {
            return report.reason();
        }
        String description = partition.getExitStatus().getExitDescription();
        return description.isBlank()
                ? "its step ended " + partition.getStatus()
                : description.lines().findFirst().orElse("");
    }

    /** A partition across its attempts. */
    private static final class Tracked {
        final List<String> reasons = new ArrayList<>();
        int attempts = 1;
        int handBacks;

        PartitionResult done(String job, @Nullable PartitionReport report) {
            PartitionReport.Outcome outcome = report == null ? PartitionReport.Outcome.UNCHANGED : report.outcome();
            return new PartitionResult(
                    job,
                    switch (outcome) {
                        case PUBLISHED -> PartitionResult.Kind.PUBLISHED;
                        case PREPARED -> PartitionResult.Kind.PREPARED;
                        default -> PartitionResult.Kind.UNCHANGED;
                    },
                    report == null ? "" : report.worker(),
                    report == null ? 0 : report.version(),
                    report == null ? "" : report.zip(),
                    report == null ? "" : report.sha256(),
                    attempts,
                    reasons);
        }

        PartitionResult failed(String job, @Nullable PartitionReport report) {
            return new PartitionResult(
                    job,
                    PartitionResult.Kind.FAILED,
                    report == null ? "" : report.worker(),
                    0,
                    "",
                    "",
                    attempts,
                    reasons);
        }
    }
}
