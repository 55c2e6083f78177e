package io.auditpack.audit;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.Mapping;
import java.util.List;
import java.util.Objects;

/** One crosswalk row resolved to one catalog requirement (a parent clause such as 9.2 yields one per sub-clause). */
record ResolvedMapping(Mapping mapping, Requirement requirement) {

    ResolvedMapping {
        Objects.requireNonNull(mapping, "mapping must not be null");
        Objects.requireNonNull(requirement, "requirement must not be null");
    }

    /** Every row resolved through {@link Catalog#resolve}, in row order; unknown IDs resolve to nothing. */
    static List<ResolvedMapping> resolveAll(List<Mapping> mappings, Catalog catalog) {
        return mappings.stream()
                .flatMap(m -> catalog.resolve(m.framework(), m.requirementId()).stream()
                        .map(r -> new ResolvedMapping(m, r)))
                .toList();
    }

    String controlId() {
        return mapping.controlId();
    }
}
