package io.auditpack.domain;

import java.util.Objects;

/** A Statement of Applicability decision: a requirement included or excluded, with the justification. */
public record Applicability(
        Framework framework, String requirementId, boolean applicable, String justification, SourceRef source) {

    public Applicability {
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(requirementId, "requirementId must not be null");
        justification = Objects.requireNonNullElse(justification, "");
        Objects.requireNonNull(source, "source must not be null");
    }
}
