package io.auditpack.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Adapts a {@link RunTask} to Spring Batch for one run: tells the run's observer the step begins and runs the task
 * once on the run's workspace. A stop requested before or during the task ends the step (and so the job) STOPPED.
 */
final class RunTasklet implements Tasklet {
    private final RunWorkspace workspace;
    private final RunTask task;

    RunTasklet(RunWorkspace workspace, RunTask task) {
        this.workspace = workspace;
        this.task = task;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        try {
            workspace.stopIfRequested();
            workspace.observer().phase(chunkContext.getStepContext().getStepName());
            task.run(workspace, contribution);
        } catch (RunStoppedException stopped) {
            throw new JobInterruptedException("the run was asked to stop; nothing was published", BatchStatus.STOPPED);
        }
        return RepeatStatus.FINISHED;
    }
}
