package io.auditpack.job.assemble;

import io.auditpack.catalog.Catalog;
import io.auditpack.job.PackRelease;
import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import io.auditpack.pack.publish.Publisher;
import org.springframework.batch.core.step.StepContribution;

/** Decides the content is unchanged, or stages the candidate pack beside the published versions. */
public final class AssemblePack implements RunTask {
    private final Publisher publisher;
    private final Catalog catalog;

    public AssemblePack(Publisher publisher, Catalog catalog) {
        this.publisher = publisher;
        this.catalog = catalog;
    }

    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) throws Exception {
        workspace.candidate(PackRelease.assemble(
                publisher,
                workspace.plan(),
                workspace.inputs(),
                catalog,
                workspace.published(),
                workspace.packProgress()));
    }
}
