package io.auditpack.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One work item of the remediation plan: either a control to fix (its documentation, record and performance gaps)
 * or a requirement with no implemented control. {@code closes} lists the framework-qualified requirements it
 * closes ({@code SOC2 CC8.1}); {@code action} says in one sentence what to do.
 */
public record RemediationItem(
        int priority,
        String id,
        String control,
        String owner,
        List<GapType> gapTypes,
        Set<Framework> frameworks,
        List<String> closes,
        int gapCount,
        String action) {

    public RemediationItem {
        Objects.requireNonNull(id, "id must not be null");
        control = Objects.requireNonNullElse(control, "");
        owner = Objects.requireNonNullElse(owner, "");
        gapTypes = List.copyOf(gapTypes);
        frameworks = Set.copyOf(frameworks);
        closes = List.copyOf(closes);
        Objects.requireNonNull(action, "action must not be null");
    }
}
