package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Population;
import java.util.List;

/**
 * A control's operating verdict: {@code not_implemented} for planned or not-applicable controls;
 * {@code not_yet_due} (no slices) for point-in-time packages; otherwise its frequency's slices judged against its
 * counting records; an {@code event} control with a population (populations.csv) on its occurrences.
 */
final class OperatingRule {
    private OperatingRule() {}

    static OperatingVerdict judge(Control control, AuditFrame frame, List<EvidenceItem> records) {
        return judge(control, frame, records, List.of());
    }

    static OperatingVerdict judge(
            Control control, AuditFrame frame, List<EvidenceItem> records, List<Population> populations) {
        if (!control.implemented()) {
            return OperatingVerdict.notImplemented();
        }
        if (!frame.judgesOperation()) {
            return OperatingVerdict.pointInTime();
        }
        if (Occurrences.judgeOperation(control, populations)) {
            return OccurrenceJudge.judge(
                    Occurrences.of(populations, records, frame.period(), frame.asOf()), frame.period(), frame.asOf());
        }
        return SliceJudge.judge(
                Slicer.slices(control.frequency(), frame.period()), frame.period(), frame.asOf(), records);
    }
}
