package io.auditpack.job.compute;

import io.auditpack.audit.Auditor;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.job.RunRequest;
import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import org.springframework.batch.core.step.StepContribution;

/** Runs the audit: coverage, operating status, gaps, remediation plan and findings. */
public final class ComputeAudit implements RunTask {
    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) {
        RunRequest request = workspace.request();
        AuditResult result = Auditor.audit(request.job(), request.asOf(), workspace.inputs(), Catalog.builtIn());
        workspace.result(result);
        contribution
                .getStepExecution()
                .getExecutionContext()
                .putInt("gaps", result.gaps().size());
    }
}
