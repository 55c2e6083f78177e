package io.auditpack.audit;

import io.auditpack.domain.Framework;
import io.auditpack.domain.GapType;
import java.util.Objects;

/**
 * A gap before the remediation plan has ranked it. {@code order} is the requirement's report position (for
 * sorting); {@code control} and {@code owner} are empty for a missing control.
 */
record OpenGap(GapType type, Framework framework, String requirement, int order, String control, String owner) {

    OpenGap {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(requirement, "requirement must not be null");
        control = Objects.requireNonNullElse(control, "");
        owner = Objects.requireNonNullElse(owner, "");
    }

    /** The remediation item that closes this gap: the control, or {@code SOC2:CC6.4} for a missing control. */
    String itemId() {
        return control.isEmpty() ? framework.label() + ":" + requirement : control;
    }

    /** {@code SOC2 CC6.4}. */
    String qualifiedRequirement() {
        return framework.label() + " " + requirement;
    }
}
