package io.auditpack.report.html;

import java.util.Objects;

/**
 * One evidence file of the bag as the page lists it: the evidence item, the control whose folder holds it, what the
 * catalog says of it, its path relative to {@code data/} (where the page sits) and its SHA-256.
 */
record EvidenceFile(
        String evidenceId,
        String control,
        String title,
        String type,
        String performedOn,
        boolean counted,
        String path,
        String sha256) {
    EvidenceFile {
        Objects.requireNonNull(evidenceId, "evidenceId must not be null");
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
    }

    String anchor() {
        return Anchors.evidence(control, evidenceId);
    }

    /** The last element of the path: {@code EV-0001__policy.md}. */
    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
