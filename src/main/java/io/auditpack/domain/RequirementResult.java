package io.auditpack.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the audit concluded about one in-scope (or excluded) requirement. {@code controls} lists the implemented
 * controls mapped to it, in ID order; {@code justification} is the SoA text for an excluded requirement.
 */
public record RequirementResult(
        Framework framework,
        String id,
        String title,
        String group,
        DesignStatus design,
        OperatingStatus operating,
        List<String> controls,
        String justification) {

    public RequirementResult {
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(design, "design must not be null");
        Objects.requireNonNull(operating, "operating must not be null");
        controls = List.copyOf(controls);
        justification = Objects.requireNonNullElse(justification, "");
    }

    public boolean inScope() {
        return design != DesignStatus.NOT_APPLICABLE;
    }
}
