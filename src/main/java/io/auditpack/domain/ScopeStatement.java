package io.auditpack.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit-ready narrative of scope.yaml. {@code soc2Boundary} and {@code ismsScope} are boundary tags compared
 * with each control's {@code scope}; an empty list means "not stated" (no boundary check). {@code narrative} holds
 * the free-text sections (services, environments, teams, third parties, data flows, boundaries, assumptions) in
 * file order, each a list of lines; {@code description} the SOC 2 description sections (DC 2018) beyond them.
 */
public record ScopeStatement(
        List<String> soc2Boundary,
        List<String> ismsScope,
        Map<String, List<String>> narrative,
        SourceRef source,
        SystemDescription description) {

    public ScopeStatement {
        soc2Boundary = List.copyOf(soc2Boundary);
        ismsScope = List.copyOf(ismsScope);
        narrative = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(narrative));
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(description, "description must not be null");
    }

    /** A statement without SOC 2 description sections. */
    public ScopeStatement(
            List<String> soc2Boundary, List<String> ismsScope, Map<String, List<String>> narrative, SourceRef source) {
        this(soc2Boundary, ismsScope, narrative, source, SystemDescription.none());
    }

    /** No scope.yaml: nothing stated, no boundary check. */
    public static ScopeStatement none() {
        return new ScopeStatement(List.of(), List.of(), Map.of(), SourceRef.of("scope.yaml"));
    }

    /** True when a control with these tags lies outside a stated SOC 2 boundary (no tag inside it). */
    public boolean outsideSoc2Boundary(List<String> controlScope) {
        return !soc2Boundary.isEmpty()
                && !controlScope.isEmpty()
                && controlScope.stream().noneMatch(soc2Boundary::contains);
    }
}
