package io.auditpack.verdict;

import io.auditpack.domain.Frequency;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a control's next operational record falls due: {@code lastRecord} is the latest day a counted record of it
 * covers (null when it has none), {@code nextDue} that day plus one interval of its frequency (the as-of date when
 * it has no record), {@code window} one of {@code overdue}, {@code 30}, {@code 60}, {@code 90} or {@code later}
 * (days after the as-of date, each window excluding the shorter ones).
 */
public record EvidenceDue(
        String control,
        String title,
        String owner,
        Frequency frequency,
        @Nullable LocalDate lastRecord,
        LocalDate nextDue,
        String window) {
    public static final String OVERDUE = "overdue";
    public static final String LATER = "later";

    public EvidenceDue {
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(frequency, "frequency must not be null");
        Objects.requireNonNull(nextDue, "nextDue must not be null");
        Objects.requireNonNull(window, "window must not be null");
    }
}
