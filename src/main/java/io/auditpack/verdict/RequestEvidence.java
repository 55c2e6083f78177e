package io.auditpack.verdict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One evidence file that answers a request: the evidence item, the control whose folder holds it, the day it was
 * received ({@code collected_on}, else {@code performed_on}) and its path inside the bag ({@code data/evidence/...}).
 */
public record RequestEvidence(String evidenceId, String control, LocalDate received, String path) {
    public RequestEvidence {
        Objects.requireNonNull(evidenceId, "evidenceId must not be null");
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(received, "received must not be null");
        Objects.requireNonNull(path, "path must not be null");
    }
}
