package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.Population;
import java.util.List;

/** Puts a control's operating and documentation verdicts together into its result. */
final class ControlRule {
    private ControlRule() {}

    static ControlVerdict judge(Control control, AuditFrame frame, CountedEvidence counted) {
        return judge(control, frame, counted, List.of());
    }

    static ControlVerdict judge(
            Control control, AuditFrame frame, CountedEvidence counted, List<Population> populations) {
        OperatingVerdict operating = OperatingRule.judge(control, frame, counted.records(control.id()), populations);
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
