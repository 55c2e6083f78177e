package io.auditpack.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Adapts a {@link RunTask} to Spring Batch: finds the run's workspace and runs the task once. */
public final class RunTasklet implements Tasklet {
    private final RunRegistry registry;
    private final RunTask task;

    public RunTasklet(RunRegistry registry, RunTask task) {
        this.registry = registry;
        this.task = task;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        task.run(registry.workspace(chunkContext.getStepContext().getStepExecution().getJobParameters()),
                contribution);
        return RepeatStatus.FINISHED;
    }
}
