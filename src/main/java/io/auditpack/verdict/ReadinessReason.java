package io.auditpack.verdict;

import java.util.Objects;

/**
 * One reason behind the readiness verdict. A {@code blocking} reason makes the verdict {@code not_ready}; the others
 * are observations. {@code reference} is the clause or Annex A control concerned (empty for the whole ISMS).
 */
public record ReadinessReason(boolean blocking, String reference, String text) {
    public ReadinessReason {
        reference = Objects.requireNonNullElse(reference, "");
        Objects.requireNonNull(text, "text must not be null");
    }
}
