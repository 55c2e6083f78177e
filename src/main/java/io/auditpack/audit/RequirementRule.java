package io.auditpack.audit;

import io.auditpack.catalog.Requirement;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.Coverage;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.ScopeStatement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Judges one requirement. Its controls are the implemented controls mapped to it (through
 * {@code Catalog.resolve}; for SOC 2 only those not outside the SOC 2 boundary), in ID order. None: design
 * missing_control, operating not_implemented. Only partial mappings: design partial; otherwise covered. Operating:
 * the worst of its controls (no_records, inconsistent, not_yet_due, effective). Excluded: not_applicable.
 */
final class RequirementRule {
    private RequirementRule() {}

    /**
     * @param mappings the resolved rows naming this requirement
     * @param controls every control by ID
     * @param results every control result by ID
     */
    static RequirementResult judge(
            ScopedRequirement scoped,
            List<ResolvedMapping> mappings,
            Map<String, Control> controls,
            Map<String, ControlResult> results,
            ScopeStatement scope) {
        Requirement requirement = scoped.requirement();
        if (!scoped.inScope()) {
            return result(
                    requirement,
                    DesignStatus.NOT_APPLICABLE,
                    OperatingStatus.NOT_IMPLEMENTED,
                    List.of(),
                    scoped.justification());
        }
        List<ResolvedMapping> counting = mappings.stream()
                .filter(m -> m.requirement().equals(requirement))
                .filter(m -> controls.containsKey(m.controlId()))
                .filter(m -> Objects.requireNonNull(controls.get(m.controlId())).implemented())
                .filter(m -> ScopeRule.countsFor(
                        Objects.requireNonNull(controls.get(m.controlId())), requirement.framework(), scope))
                .toList();
        List<String> ids = counting.stream()
                .map(ResolvedMapping::controlId)
                .distinct()
                .sorted()
                .toList();
        if (ids.isEmpty()) {
            return result(requirement, DesignStatus.MISSING_CONTROL, OperatingStatus.NOT_IMPLEMENTED, ids, "");
        }
        boolean full = counting.stream().anyMatch(m -> m.mapping().coverage() == Coverage.FULL);
        OperatingStatus operating = ids.stream()
                .map(id -> Objects.requireNonNull(results.get(id), id).status())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return result(requirement, full ? DesignStatus.COVERED : DesignStatus.PARTIAL, operating, ids, "");
    }

    private static RequirementResult result(
            Requirement requirement,
            DesignStatus design,
            OperatingStatus operating,
            List<String> controls,
            String justification) {
        return new RequirementResult(
                requirement.framework(),
                requirement.id(),
                requirement.title(),
                requirement.group(),
                design,
                operating,
                controls,
                justification);
    }
}
