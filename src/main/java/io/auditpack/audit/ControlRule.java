package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;

/** Puts a control's operating and documentation verdicts together into its result. */
final class ControlRule {
    private ControlRule() {}

    static ControlVerdict judge(Control control, AuditFrame frame, CountedEvidence counted, Occurrences occurrences) {
        OperatingVerdict operating = OperatingRule.judge(control, frame, counted.records(control.id()), occurrences);
        DocumentationVerdict documentation =
                DocumentationRule.judge(control, frame.asOf(), counted.documents(control.id()));
        ControlResult result = new ControlResult(
                control,
                operating.status(),
                operating.due(),
                operating.covered(),
                operating.pending(),
                operating.missing(),
                documentation.status(),
                documentation.latestDocument());
        return new ControlVerdict(result, documentation);
    }
}
