package io.auditpack.distributed.worker;

import io.auditpack.distributed.EvidenceRange;
import io.auditpack.distributed.InputFingerprint;
import io.auditpack.distributed.JobPartition;
import io.auditpack.distributed.PartitionReport;
import io.auditpack.distributed.PartitionReport.Outcome;
import io.auditpack.domain.Finding;
import io.auditpack.domain.JobDefinition;
import io.auditpack.input.InputException;
import io.auditpack.input.JobFileReader;
import io.auditpack.job.LaunchOptions;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunObserver;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The worker step: runs the partition's job end to end (or, for a range of a large job's evidence, prepares its
 * entries: {@link EvidenceRangeWork}), exactly as {@code auditpack run} would (the job's lock, the
 * clean-up after a run of the job that died, the five steps, the publisher that never replaces a version), after
 * checking that this host sees the input folder as the manager did. The job's run is a job execution of its own in
 * the shared repository, started on a thread of its own (outside this step's transaction). Its outcome goes into
 * the partition's context for the manager; a failed run fails the partition with its reason, a run stopped because
 * the worker was asked to stop hands the partition back (status STOPPED).
 */
final class PartitionTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.worker");

    private final RunLauncher launcher;
    private final String worker;
    private final EvidenceRangeWork ranges;
    private final ExecutorService runs = Executors.newCachedThreadPool(task -> {
        Thread named = new Thread(task, "auditpack-run");
        named.setDaemon(true);
        return named;
    });
    private volatile boolean handBack;

    PartitionTasklet(RunLauncher launcher, String worker) {
        this.launcher = launcher;
        this.worker = worker;
        this.ranges = new EvidenceRangeWork(worker);
    }

    /** Asks the partition in progress (if any) to stop at its next file and be handed back. */
    void handBack() {
        handBack = true;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        if (EvidenceRange.isIn(step.getExecutionContext())) {
            return prepareRange(contribution, step);
        }
        JobPartition partition = JobPartition.of(step.getExecutionContext());
        String runId = Instant.now() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant started = Instant.now();
        LOG.info("{}: took partition {} ({}), run {}", partition.job(), step.getId(), step.getStepName(), runId);
        Future<RunOutcome> running = runs.submit(() -> run(partition, runId));
        RunOutcome outcome = await(running, runId);
        PartitionReport report = report(outcome, runId);
        report.into(step.getExecutionContext());
        Duration took = Duration.between(started, Instant.now());
        LOG.info("{}: {} in {} ms{}", partition.job(), words(report), took.toMillis(), reason(report));
        switch (report.outcome()) {
            case PUBLISHED, UNCHANGED, PREPARED -> {
                contribution.setExitStatus(new ExitStatus(report.outcome().name(), report.zip()));
                return RepeatStatus.FINISHED;
            }
            case HANDED_BACK -> throw new JobInterruptedException(report.reason(), BatchStatus.STOPPED);
            default -> throw new PartitionFailedException(report.reason());
        }
    }

    /** Level two: prepares the entries of a range of a large job's evidence for the manager that writes the pack. */
    private RepeatStatus prepareRange(StepContribution contribution, StepExecution step) throws Exception {
        EvidenceRange range = EvidenceRange.of(step.getExecutionContext());
        Instant started = Instant.now();
        LOG.info("{}: took partition {} ({})", range.label(), step.getId(), step.getStepName());
        PartitionReport report;
        try {
            report = ranges.run(range, step.getId(), () -> handBack);
        } catch (IOException | RuntimeException e) {
            report = PartitionReport.ended(
                    worker,
                    "range-" + step.getId(),
                    Outcome.FAILED,
                    "preparing the evidence failed on worker " + worker + ": "
                            + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        report.into(step.getExecutionContext());
        LOG.info(
                "{}: {} in {} ms{}",
                range.label(),
                words(report),
                Duration.between(started, Instant.now()).toMillis(),
                reason(report));
        return switch (report.outcome()) {
            case PREPARED -> {
                contribution.setExitStatus(new ExitStatus(report.outcome().name(), report.zip()));
                yield RepeatStatus.FINISHED;
            }
            case HANDED_BACK -> throw new JobInterruptedException(report.reason(), BatchStatus.STOPPED);
            default -> throw new PartitionFailedException(report.reason());
        };
    }

    private RunOutcome await(Future<RunOutcome> running, String runId) throws InterruptedException {
        boolean stopping = false;
        while (true) {
            try {
                return running.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                if (handBack && !stopping) {
                    stopping = launcher.stop(runId);
                }
            } catch (ExecutionException e) {
                Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
                return RunOutcome.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }
    }

    private RunOutcome run(JobPartition partition, String runId) throws Exception {
        InputFingerprint here = InputFingerprint.of(partition.input());
        List<String> differences = here.differences(partition.fingerprint(), "on worker " + worker, "by the manager");
        if (!differences.isEmpty()) {
            return RunOutcome.failed("the input folder " + partition.input()
                    + " does not look as it did when the manager validated it (a stale shared mount, or inputs "
                    + "changed after run-all started): " + String.join("; ", differences));
        }
        JobDefinition job;
        try {
            job = JobFileReader.read(partition.jobFile()).withFolders(partition.input(), partition.output());
        } catch (InputException e) {
            return RunOutcome.rejected(e.findings());
        }
        RunRequest request = new RunRequest(job, partition.asOf(), runId);
        LaunchOptions options = new LaunchOptions(
                partition.lockWait(), note -> LOG.info("{}: {}", job.name(), note), RunObserver.NONE, "worker");
        return launcher.launch(request, null, options);
    }

    private PartitionReport report(RunOutcome outcome, String runId) {
        return switch (outcome.kind()) {
            case PUBLISHED, UNCHANGED -> {
                var version = Objects.requireNonNull(outcome.publish()).version();
                yield new PartitionReport(
                        worker,
                        runId,
                        outcome.kind() == RunOutcome.Kind.PUBLISHED ? Outcome.PUBLISHED : Outcome.UNCHANGED,
                        version.version(),
                        version.zip().toString(),
                        version.sha256(),
                        "");
            }
            case REJECTED ->
                PartitionReport.ended(
                        worker,
                        runId,
                        Outcome.FAILED,
                        "input errors: "
                                + outcome.errors().stream()
                                        .map(Finding::describe)
                                        .collect(Collectors.joining("; ")));
            case BUSY -> PartitionReport.ended(worker, runId, Outcome.FAILED, outcome.reason());
            case FAILED ->
                handBack
                        ? PartitionReport.ended(
                                worker,
                                runId,
                                Outcome.HANDED_BACK,
                                "worker " + worker + " was asked to stop before the job ended: " + outcome.reason())
                        : PartitionReport.ended(worker, runId, Outcome.FAILED, outcome.reason());
        };
    }

    private static String words(PartitionReport report) {
        return switch (report.outcome()) {
            case PUBLISHED -> "published v%04d".formatted(report.version());
            case UNCHANGED -> "unchanged (v%04d)".formatted(report.version());
            case PREPARED -> "prepared";
            case FAILED -> "failed";
            case HANDED_BACK -> "handed back";
        };
    }

    private static String reason(PartitionReport report) {
        return report.reason().isEmpty() ? "" : ": " + report.reason();
    }

    /** The partition's job did not end with a pack: the message is the reason, for the manager's report. */
    static final class PartitionFailedException extends Exception {
        PartitionFailedException(String reason) {
            super(reason);
        }
    }
}
