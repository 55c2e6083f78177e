package io.auditpack.job.assemble;

import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import io.auditpack.pack.publish.Publisher;
import org.springframework.batch.core.step.StepContribution;

/** Stages the candidate pack beside the published versions, or decides the content is unchanged. */
public final class AssemblePack implements RunTask {
    private final Publisher publisher;

    public AssemblePack(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) throws Exception {
        workspace.candidate(publisher.prepare(
                workspace.result(),
                workspace.inputs(),
                workspace.request().job().output(),
                workspace.packProgress()));
    }
}
