package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import java.util.List;
import java.util.Objects;

/**
 * Where the occurrences of an event-driven control come from. Without a population, {@link #ofRecords} makes each
 * counting record in the period one occurrence that evidences itself; a population source gives one occurrence per
 * population row, evidenced when a record matches it.
 */
@FunctionalInterface
interface Occurrences {

    /** The occurrences of {@code control} in the frame's period, given its counting operational records. */
    List<Occurrence> of(Control control, AuditFrame frame, List<EvidenceItem> records);

    /** Each record dated in the period (or whose covers range overlaps it) is one evidenced occurrence. */
    static Occurrences ofRecords() {
        return (control, frame, records) -> records.stream()
                .filter(frame::inPeriod)
                .map(r -> new Occurrence(r.id(), Objects.requireNonNull(r.performedOn()), true))
                .toList();
    }
}
