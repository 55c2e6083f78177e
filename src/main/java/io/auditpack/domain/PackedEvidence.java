package io.auditpack.domain;

import java.util.Objects;

/**
 * One evidence file a published pack holds: the evidence ID, the control under whose folder it sits, its path in
 * the bag ({@code data/evidence/...}) and its SHA-256 from the payload manifest.
 */
public record PackedEvidence(String id, String control, String path, String sha256) {
    public PackedEvidence {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
    }
}
