package io.auditpack.catalog;

import io.auditpack.domain.Framework;
import io.auditpack.domain.Soc2Category;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One requirement of a catalog. {@code group} is the SOC 2 category group (e.g. "Logical and physical access") or the
 * ISO theme ("organizational", "people", "physical", "technological" for Annex A; the clause heading for clauses).
 * {@code category} is the SOC 2 category, null for ISO. {@code annexA} tells ISO Annex A controls from clauses.
 */
public record Requirement(
        Framework framework,
        String id,
        String title,
        String group,
        @Nullable Soc2Category category,
        boolean annexA) {

    public Requirement {
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(group, "group must not be null");
        if ((framework == Framework.SOC2) != (category != null)) {
            throw new IllegalArgumentException("a SOC 2 criterion has a category, an ISO requirement none: " + id);
        }
        if (annexA && framework != Framework.ISO27001) {
            throw new IllegalArgumentException("only ISO 27001 has Annex A: " + id);
        }
    }

    /** An ISO management-system clause (4-10). */
    public boolean clause() {
        return framework == Framework.ISO27001 && !annexA;
    }
}
