package io.auditpack.verdict;

import io.auditpack.domain.PackedEvidence;
import java.util.Objects;

/** One evidence file (by evidence ID and control folder) present in both versions with other bytes or another name. */
public record EvidenceChange(PackedEvidence before, PackedEvidence after) {
    public EvidenceChange {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
    }

    public String id() {
        return after.id();
    }

    public String control() {
        return after.control();
    }
}
