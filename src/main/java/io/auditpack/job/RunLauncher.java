package io.auditpack.job;

import io.auditpack.domain.InputSet;
import io.auditpack.guard.JobBusyException;
import io.auditpack.guard.JobLock;
import io.auditpack.guard.LockHolder;
import io.auditpack.pack.publish.Leftovers;
import io.auditpack.pack.publish.Publisher;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts one run as a Spring Batch job execution and reports how it ended. The run first takes its job's lock
 * (waiting as the options say), then cleans up after any run of the job that died (staging folders, a missing
 * sidecar, executions left running), then runs the five steps. A run that staged a pack but did not publish it
 * leaves nothing behind: its staging folder is removed. Each run gets its own {@link RunWorkspace}, bound into its
 * job's steps ({@link PackJob}); the runs in progress are known here by run ID only so that {@link #stop} reaches them.
 */
@Component
public class RunLauncher {
    private final JobOperator operator;
    private final JobRepository repository;
    private final PackJob packJob;
    private final Map<String, RunWorkspace> running = new ConcurrentHashMap<>();
    private final Publisher publisher;
    private final DeadRunRecovery recovery;

    public RunLauncher(
            JobOperator operator,
            JobRepository repository,
            PackJob packJob,
            Publisher publisher,
            DeadRunRecovery recovery) {
        this.operator = operator;
        this.repository = repository;
        this.packJob = packJob;
        this.publisher = publisher;
        this.recovery = recovery;
    }

    /** {@link #launch(RunRequest, InputSet, LaunchOptions)} with the defaults: no wait, no notices, no progress. */
    public RunOutcome launch(RunRequest request, @Nullable InputSet preloaded) throws Exception {
        return launch(request, preloaded, LaunchOptions.defaults());
    }

    /**
     * Runs the job to its end in this thread under the job's lock; the inputs may be given when they were read
     * beforehand. Another run holding the lock past the wait makes this one end {@code busy}, having written
     * nothing.
     */
    public RunOutcome launch(RunRequest request, @Nullable InputSet preloaded, LaunchOptions options) throws Exception {
        JobLock lock;
        try {
            lock = lock(request, options);
        } catch (JobBusyException busy) {
            return RunOutcome.busy(busy.getMessage());
        }
        try (lock) {
            return launchLocked(request, preloaded, options);
        }
    }

    /** Takes the lock of the request's job, waiting as the options say. */
    public static JobLock lock(RunRequest request, LaunchOptions options)
            throws java.io.IOException, JobBusyException, InterruptedException {
        return JobLock.acquire(
                request.job().name(),
                request.job().output(),
                LockHolder.thisProcess(request.runId(), options.command()),
                options.lockWait(),
                options.notices());
    }

    /**
     * For a caller that holds the job's lock ({@link #lock}): cleans up after runs of the job that died, then runs
     * it to its end in this thread.
     */
    public RunOutcome launchLocked(RunRequest request, @Nullable InputSet preloaded, LaunchOptions options)
            throws Exception {
        String name = request.job().name();
        Path output = request.job().output();
        Leftovers.sweep(output, name).forEach(options.notices());
        recovery.recover(name, output).forEach(options.notices());
        return run(request, preloaded, options.observer());
    }

    /**
     * Asks a run of this process to stop: its pack is abandoned at the next file, and the job operator marks its
     * execution to stop at the next step boundary. Returns false when no such run is in progress here.
     */
    public boolean stop(String runId) {
        Optional<RunWorkspace> workspace = Optional.ofNullable(running.get(runId));
        if (workspace.isEmpty()) {
            return false;
        }
        workspace.get().requestStop();
        String job = workspace.get().request().job().name();
        for (JobExecution execution : repository.findRunningJobExecutions(job)) {
            if (runId.equals(RunParameters.runId(execution.getJobParameters()))) {
                try {
                    operator.stop(execution);
                } catch (JobExecutionNotRunningException ended) {
                    // it ended meanwhile: nothing to stop
                } catch (RuntimeException notRegistered) {
                    // the job is not in a job registry: the workspace flag alone stops it
                }
            }
        }
        return true;
    }

    private RunOutcome run(RunRequest request, @Nullable InputSet preloaded, RunObserver observer) throws Exception {
        RunWorkspace workspace = new RunWorkspace(request, preloaded);
        workspace.observer(observer);
        if (running.putIfAbsent(request.runId(), workspace) != null) {
            throw new IllegalStateException("run " + request.runId() + " is already running");
        }
        try {
            JobExecution execution = operator.start(packJob.of(workspace), RunParameters.of(request));
            return outcome(execution, workspace);
        } finally {
            if (workspace.hasCandidate() && workspace.outcome() == null) {
                publisher.discard(workspace.candidate());
            }
            running.remove(request.runId());
        }
    }

    private static RunOutcome outcome(JobExecution execution, RunWorkspace workspace) {
        if (execution.getStatus() == BatchStatus.COMPLETED && workspace.outcome() != null) {
            return RunOutcome.completed(
                    workspace.outcome(), workspace.plan().report().result());
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return RunOutcome.failed("it was asked to stop and stopped before publishing");
        }
        Optional<InputRejectedException> rejection = execution.getAllFailureExceptions().stream()
                .filter(InputRejectedException.class::isInstance)
                .map(InputRejectedException.class::cast)
                .findFirst();
        if (rejection.isPresent()) {
            return RunOutcome.rejected(rejection.get().errors());
        }
        Path jobFolder = workspace
                .request()
                .job()
                .output()
                .resolve(workspace.request().job().name());
        String reason = execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(e -> FailureReason.of(e, jobFolder))
                .orElse("the job ended " + execution.getStatus());
        return RunOutcome.failed(reason);
    }
}
