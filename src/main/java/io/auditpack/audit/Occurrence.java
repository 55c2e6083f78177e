package io.auditpack.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of an event-driven control in the period (a new hire, a change, an incident): its {@code id}, the
 * day it {@code occurredOn}, and whether a counting record is {@code evidenced} for it.
 */
record Occurrence(String id, LocalDate occurredOn, boolean evidenced) {
    Occurrence {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(occurredOn, "occurredOn must not be null");
    }
}
