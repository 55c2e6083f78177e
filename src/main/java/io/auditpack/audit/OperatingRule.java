package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import java.util.List;

/**
 * A control's operating verdict: {@code not_implemented} for planned or not-applicable controls;
 * {@code not_yet_due} (no slices) for point-in-time packages; otherwise its frequency's slices judged against its
 * counting records.
 */
final class OperatingRule {
    private OperatingRule() {}

    static OperatingVerdict judge(Control control, AuditFrame frame, List<EvidenceItem> records) {
        if (!control.implemented()) {
            return OperatingVerdict.notImplemented();
        }
        if (!frame.judgesOperation()) {
            return OperatingVerdict.pointInTime();
        }
        return SliceJudge.judge(
                Slicer.slices(control.frequency(), frame.period()), frame.period(), frame.asOf(), records);
    }
}
