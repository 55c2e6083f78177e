package io.auditpack.job.read;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.input.InputLoader;
import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import io.auditpack.pack.publish.PublishedHistory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads what the run starts from: the input folder (unless the command line already read it for this run, which it
 * does to refuse bad input before anything is written) and what is published of the job (its latest version and,
 * for a management review, every other job's versions), under the job's lock.
 */
public final class ReadInputs implements RunTask {
    private final Catalog catalog;

    public ReadInputs(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) throws Exception {
        JobDefinition job = workspace.request().job();
        if (!workspace.hasInputs()) {
            workspace.inputs(InputLoader.load(job.input(), catalog));
        }
        workspace.published(
                PublishedHistory.read(job.output(), job.name(), job.packageType() == PackageType.MANAGEMENT_REVIEW));
        InputSet inputs = workspace.inputs();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putInt("controls", inputs.controls().size());
        context.putInt("mappings", inputs.mappings().size());
        context.putInt("evidence", inputs.evidence().size());
        context.putInt(
                "latest_version",
                workspace.published().latest().map(v -> v.version()).orElse(0));
        contribution.incrementReadCount();
    }
}
