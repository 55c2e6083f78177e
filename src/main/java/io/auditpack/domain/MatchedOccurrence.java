package io.auditpack.domain;

import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a population as the audit sees it at as-of: whether it is {@code due} (it happened before
 * as-of) and the IDs of the counting operational records of its control that name it ({@code evidence}, evidence
 * order).
 */
public record MatchedOccurrence(Occurrence occurrence, String populationId, boolean due, List<String> evidence) {
    public MatchedOccurrence {
        Objects.requireNonNull(occurrence, "occurrence must not be null");
        Objects.requireNonNull(populationId, "populationId must not be null");
        evidence = List.copyOf(evidence);
    }

    public String id() {
        return occurrence.id();
    }

    /** Whether a record proves it. */
    public boolean covered() {
        return !evidence.isEmpty();
    }

    /** Whether it counts for the control: due, or not yet due but already proved (the control has operated). */
    public boolean counted() {
        return due || covered();
    }

    /** A due occurrence no record proves: an exception. */
    public boolean exception() {
        return due && !covered();
    }
}
