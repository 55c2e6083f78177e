package io.auditpack.job.validate;

import io.auditpack.domain.Finding;
import io.auditpack.domain.Severity;
import io.auditpack.job.InputRejectedException;
import io.auditpack.job.RunTask;
import io.auditpack.job.RunWorkspace;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Refuses inputs with errors (the run fails, nothing is written); records how many findings of each severity. */
public final class ValidateInputs implements RunTask {
    @Override
    public void run(RunWorkspace workspace, StepContribution contribution) {
        List<Finding> findings = workspace.inputs().findings();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        for (Severity severity : Severity.values()) {
            context.putInt(severity.name().toLowerCase(Locale.ROOT), (int)
                    findings.stream().filter(f -> f.severity() == severity).count());
        }
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
    }
}
