package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Period;
import java.util.List;
import java.util.Objects;

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
        Period period = Objects.requireNonNull(frame.period());
        return SliceJudge.judge(Slicer.slices(control.frequency(), period), period, frame.asOf(), records);
    }
}
