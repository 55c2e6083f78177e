package io.auditpack.job.compute;

import io.auditpack.audit.Auditor;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.job.PackRelease;
import io.auditpack.job.RunRequest;
import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Computes the run's whole verdict once: the audit (coverage, operating status, gaps, remediation plan, findings),
 * then the evidence digests and everything the package type's reports show, for the version the pack will be
 * rendered as ({@link PackRelease#plan}).
 */
public final class ComputeAudit implements RunTask {
    private final Catalog catalog;

    public ComputeAudit(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) throws Exception {
        RunRequest request = workspace.request();
        AuditResult result = Auditor.audit(request.job(), request.asOf(), workspace.inputs(), catalog);
        workspace.stopIfRequested();
        PackRelease.Plan plan = PackRelease.plan(result, workspace.inputs(), catalog, workspace.published());
        workspace.plan(plan);
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putInt("gaps", result.gaps().size());
        context.putInt("rendered_as", plan.report().stamp().version());
    }
}
