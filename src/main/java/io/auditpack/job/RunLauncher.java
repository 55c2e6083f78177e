package io.auditpack.job;

import io.auditpack.domain.InputSet;
import io.auditpack.pack.Publisher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Starts one run as a Spring Batch job execution and reports how it ended. A run that staged a pack but did not
 * publish it leaves nothing behind: its staging folder is removed.
 */
@Component
public class RunLauncher {
    private final JobOperator operator;
    private final JobRepository repository;
    private final PackSteps steps;
    private final RunRegistry registry;
    private final Publisher publisher;

    public RunLauncher(JobOperator operator, JobRepository repository, PackSteps steps, RunRegistry registry,
            Publisher publisher) {
        this.operator = operator;
        this.repository = repository;
        this.steps = steps;
        this.registry = registry;
        this.publisher = publisher;
    }

    /** Runs the job to its end in this thread; the inputs may be given when they were read beforehand. */
    public RunOutcome launch(RunRequest request, InputSet preloaded) throws Exception {
        RunWorkspace workspace = registry.register(request, preloaded);
        try {
            JobExecution execution = operator.start(steps.job(request.job().name(), repository),
                    RunParameters.of(request));
            return outcome(execution, workspace);
        } finally {
            if (workspace.hasCandidate() && workspace.outcome() == null) {
                publisher.discard(workspace.candidate());
            }
            registry.release(request.runId());
        }
    }

    private static RunOutcome outcome(JobExecution execution, RunWorkspace workspace) {
        if (execution.getStatus() == BatchStatus.COMPLETED && workspace.outcome() != null) {
            return RunOutcome.completed(workspace.outcome(), workspace.result());
        }
        Optional<InputRejectedException> rejection = execution.getAllFailureExceptions().stream()
                .filter(InputRejectedException.class::isInstance).map(InputRejectedException.class::cast)
                .findFirst();
        if (rejection.isPresent()) {
            return RunOutcome.rejected(rejection.get().errors());
        }
        String reason = execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                .orElse("the job ended " + execution.getStatus());
        return RunOutcome.failed(reason);
    }
}
