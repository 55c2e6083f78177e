package io.auditpack.domain;

import java.util.Objects;

/**
 * One gap: a (type, framework, requirement, control) entry; {@code control} is empty for a missing control.
 * {@code priority} is the rank of the remediation item that closes it (1 = do first).
 */
public record Gap(GapType type, Framework framework, String requirement, String control, String owner, int priority) {
    public Gap {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(requirement, "requirement must not be null");
        control = Objects.requireNonNullElse(control, "");
        owner = Objects.requireNonNullElse(owner, "");
        if (priority < 1) {
            throw new IllegalArgumentException("priority is a rank from 1: " + priority);
        }
    }
}
