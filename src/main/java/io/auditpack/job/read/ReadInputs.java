package io.auditpack.job.read;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.InputSet;
import io.auditpack.input.InputLoader;
import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reads the run's input folder, unless the command line already read it for this run. */
public final class ReadInputs implements RunTask {
    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) throws Exception {
        if (!workspace.hasInputs()) {
            workspace.inputs(InputLoader.load(workspace.request().job().input(), Catalog.builtIn()));
        }
        InputSet inputs = workspace.inputs();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putInt("controls", inputs.controls().size());
        context.putInt("mappings", inputs.mappings().size());
        context.putInt("evidence", inputs.evidence().size());
        contribution.incrementReadCount();
    }
}
