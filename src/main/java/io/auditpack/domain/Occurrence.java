package io.auditpack.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a population (populations.csv): an occurrence of a control, such as one new hire or one change, with
 * the day it happened. Evidence proves it by naming its ID in its {@code occurrence_id} column.
 */
public record Occurrence(String id, LocalDate occurredOn, SourceRef source) {
    public Occurrence {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(occurredOn, "occurredOn must not be null");
        Objects.requireNonNull(source, "source must not be null");
    }
}
