package io.auditpack.job;

import org.springframework.batch.core.step.StepContribution;

/** The work of one step on the run's workspace. */
@FunctionalInterface
public interface RunTask {
    void run(RunWorkspace workspace, StepContribution contribution) throws Exception;
}
