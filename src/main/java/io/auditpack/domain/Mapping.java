package io.auditpack.domain;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One crosswalk row: a control mapped to a requirement. {@code requirementId} is the ID as written (a parent
 * clause such as {@code 9.2} stays as written; the catalog resolves it). {@code relationship} may be null.
 * {@code extra} holds the columns the contract does not name, in file order.
 */
public record Mapping(
        String controlId,
        Framework framework,
        String requirementId,
        @Nullable Relationship relationship,
        Coverage coverage,
        String rationale,
        SourceRef source,
        Map<String, String> extra) {

    public Mapping {
        Objects.requireNonNull(controlId, "controlId must not be null");
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(requirementId, "requirementId must not be null");
        Objects.requireNonNull(coverage, "coverage must not be null");
        rationale = Objects.requireNonNullElse(rationale, "");
        Objects.requireNonNull(source, "source must not be null");
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        if (relationship != null && relationship.coverage() != coverage) {
            throw new IllegalArgumentException("relationship " + relationship.word() + " implies coverage "
                    + relationship.coverage() + ", not " + coverage);
        }
    }
}
