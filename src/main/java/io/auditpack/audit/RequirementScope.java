package io.auditpack.audit;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.Applicability;
import io.auditpack.domain.Framework;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which requirements a package reports on: SOC 2 = the common criteria plus the criteria of the job's categories;
 * ISO 27001 = every clause plus every Annex A control; minus the Statement of Applicability exclusions, which are
 * still reported (not applicable, with the justification). ISO clauses can never be excluded.
 */
record RequirementScope(List<ScopedRequirement> requirements) {

    RequirementScope {
        requirements = List.copyOf(requirements);
    }

    static RequirementScope of(AuditFrame frame, Catalog catalog, List<Applicability> applicability) {
        List<ScopedRequirement> scoped = new ArrayList<>();
        for (Framework framework : frame.frameworks()) {
            Map<String, String> excluded = exclusions(framework, catalog, applicability);
            List<Requirement> candidates = framework == Framework.SOC2
                    ? catalog.soc2InScope(frame.job().soc2Categories())
                    : catalog.all(framework);
            for (Requirement requirement : candidates) {
                boolean exclusion = excluded.containsKey(requirement.id()) && !requirement.clause();
                scoped.add(new ScopedRequirement(
                        requirement,
                        !exclusion,
                        exclusion ? Objects.requireNonNull(excluded.get(requirement.id())) : "",
                        scoped.size()));
            }
        }
        return new RequirementScope(scoped);
    }

    private static Map<String, String> exclusions(Framework framework, Catalog catalog, List<Applicability> rows) {
        Map<String, String> excluded = new LinkedHashMap<>();
        for (Applicability row : rows) {
            if (row.framework() == framework && !row.applicable()) {
                catalog.resolve(framework, row.requirementId())
                        .forEach(r -> excluded.putIfAbsent(r.id(), row.justification()));
            }
        }
        return excluded;
    }

    Optional<ScopedRequirement> find(Framework framework, String id) {
        return requirements.stream()
                .filter(s -> s.requirement().framework() == framework
                        && s.requirement().id().equals(id))
                .findFirst();
    }

    /** Whether a requirement is reported and not excluded. */
    boolean isInScope(Framework framework, String id) {
        return find(framework, id).map(ScopedRequirement::inScope).orElse(false);
    }

    /** The report position of a requirement (catalog order within framework, SOC 2 first). */
    int order(Framework framework, String id) {
        return find(framework, id).map(ScopedRequirement::order).orElse(Integer.MAX_VALUE);
    }
}
