package io.auditpack.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of remediation.csv, as read: the remediation-plan item it schedules ({@code item}: a control ID, or
 * {@code SOC2:CC6.4} for a requirement without a control), who does it, by when ({@code targetDate} null when not
 * given), its {@code status} ({@code open}, {@code in_progress} or {@code closed}) and a note.
 */
public record RemediationDate(
        String item, String owner, @Nullable LocalDate targetDate, String status, String note, SourceRef source) {
    public static final String CLOSED = "closed";

    public RemediationDate {
        Objects.requireNonNull(item, "item must not be null");
        owner = Objects.requireNonNullElse(owner, "");
        status = Objects.requireNonNullElse(status, "open");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(source, "source must not be null");
    }

    /** Not closed and its target date before {@code asOf}. */
    public boolean overdue(LocalDate asOf) {
        return !CLOSED.equals(status) && targetDate != null && targetDate.isBefore(asOf);
    }
}
