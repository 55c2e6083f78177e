package io.auditpack.audit;

import io.auditpack.catalog.Requirement;
import java.util.Objects;

/**
 * A requirement the package reports on: in scope, or excluded in the Statement of Applicability with its
 * justification. {@code order} is its position in the report (SOC 2 first, then catalog order).
 */
record ScopedRequirement(Requirement requirement, boolean inScope, String justification, int order) {
    ScopedRequirement {
        Objects.requireNonNull(requirement, "requirement must not be null");
        justification = Objects.requireNonNullElse(justification, "");
    }
}
