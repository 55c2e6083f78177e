package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Population;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the occurrences of an event-driven control come from. Without a population, {@link #ofRecords} makes each
 * counting record in the period one occurrence that evidences itself; with a population (populations.csv),
 * {@link #ofPopulations} gives one occurrence per population row in the period, evidenced when a record names it in
 * its {@code occurrence_id}.
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

    /**
     * The rows of a control's populations ({@code populations} by control ID) are its occurrences when it has any;
     * otherwise its records are, as {@link #ofRecords}.
     */
    static Occurrences ofPopulations(Function<String, List<Population>> populations) {
        Occurrences records = ofRecords();
        return (control, frame, counting) -> {
            List<Population> own = populations.apply(control.id());
            if (own.isEmpty()) {
                return records.of(control, frame, counting);
            }
            return PopulationOccurrences.of(
                            own, counting, Objects.requireNonNull(frame.period()), frame.asOf(), frame.lag())
                    .stream()
                    .map(m -> new Occurrence(m.id(), m.occurrence().occurredOn(), m.covered()))
                    .toList();
        };
    }
}
