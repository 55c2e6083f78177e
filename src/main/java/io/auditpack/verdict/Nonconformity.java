package io.auditpack.verdict;

import io.auditpack.domain.Gap;
import java.util.Objects;

/**
 * A gap of the current result graded as an ISO 27001 nonconformity: {@code major} when a requirement has no
 * implemented control or a control has no operational record at all ({@code missing_control},
 * {@code missing_operational_record}); {@code minor} when a control ran inconsistently or its documentation is
 * missing or stale ({@code inconsistent_performance}, {@code missing_documentation}). {@code sinceLastReview} says
 * whether it is new since the last review.
 */
public record Nonconformity(Gap gap, String grade, boolean sinceLastReview) {
    public static final String MAJOR = "major";
    public static final String MINOR = "minor";

    public Nonconformity {
        Objects.requireNonNull(gap, "gap must not be null");
        Objects.requireNonNull(grade, "grade must not be null");
    }
}
