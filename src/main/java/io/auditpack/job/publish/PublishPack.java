package io.auditpack.job.publish;

import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import io.auditpack.pack.publish.PublishOutcome;
import io.auditpack.pack.publish.Publisher;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Publishes the staged pack as the next version; records the outcome in the run history. */
public final class PublishPack implements RunTask {
    private final Publisher publisher;

    public PublishPack(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) throws Exception {
        PublishOutcome outcome = publisher.commit(workspace.candidate());
        workspace.outcome(outcome);
        ExecutionContext history =
                contribution.getStepExecution().getJobExecution().getExecutionContext();
        history.putString("outcome", outcome.published() ? "published" : "unchanged");
        history.putInt("version", outcome.version().version());
        history.putString("sha256", outcome.version().sha256());
    }
}
