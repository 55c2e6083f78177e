package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.Period;
import java.util.List;
import java.util.Objects;

/**
 * A control's operating verdict: {@code not_implemented} for planned or not-applicable controls;
 * {@code not_yet_due} (no slices) for point-in-time packages; an event-driven control judged on its occurrences;
 * otherwise its frequency's slices judged against its counting records, with the job's collection lag.
 */
final class OperatingRule {
    private OperatingRule() {}

    static OperatingVerdict judge(
            Control control, AuditFrame frame, List<EvidenceItem> records, Occurrences occurrences) {
        if (!control.implemented()) {
            return OperatingVerdict.notImplemented();
        }
        if (!frame.judgesOperation()) {
            return OperatingVerdict.pointInTime();
        }
        Period period = Objects.requireNonNull(frame.period());
        if (control.frequency() == Frequency.EVENT) {
            return EventJudge.judge(occurrences.of(control, frame, records), period, frame.asOf(), frame.lag());
        }
        return SliceJudge.judge(Slicer.slices(control.frequency(), period), frame.asOf(), frame.lag(), records);
    }
}
