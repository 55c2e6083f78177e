package io.auditpack.audit;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Control;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three of the five crosswalk pitfalls (untestable controls and undated evidence are reader findings):
 * {@code crosswalk.scope_drift}, {@code crosswalk.owner_concentration} and
 * {@code crosswalk.mapping_without_evidence}.
 */
final class CrosswalkPitfalls {
    static final String SCOPE_DRIFT = "crosswalk.scope_drift";
    static final String OWNER_CONCENTRATION = "crosswalk.owner_concentration";
    static final String MAPPING_WITHOUT_EVIDENCE = "crosswalk.mapping_without_evidence";
    static final int CONCENTRATION_MINIMUM_ROWS = 4;

    private CrosswalkPitfalls() {}

    static List<Finding> find(
            AuditFrame frame, InputSet inputs, RequirementScope scope, CountedEvidence counted, Catalog resolver) {
        List<Finding> findings = new ArrayList<>(frame.covers(Framework.SOC2) ? scopeDrift(inputs.scope()) : List.of());
        Map<String, Control> controls = byId(inputs.controls());
        List<Mapping> rows = inputs.mappings().stream()
                .filter(m -> frame.covers(m.framework()))
                .toList();
        findings.addAll(ownerConcentration(rows, controls));
        findings.addAll(mappingsWithoutEvidence(rows, controls, scope, counted, resolver));
        return List.copyOf(findings);
    }

    /** One finding per tag in the SOC 2 boundary but not the ISMS scope, then per tag the other way round. */
    static List<Finding> scopeDrift(ScopeStatement scope) {
        if (scope.soc2Boundary().isEmpty() || scope.ismsScope().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        scope.soc2Boundary().stream()
                .filter(t -> !scope.ismsScope().contains(t))
                .forEach(tag -> findings.add(Finding.warning(
                        SCOPE_DRIFT,
                        scope.source(),
                        "soc2_boundary",
                        tag,
                        "tag \"" + tag
                                + "\" is inside the SOC 2 boundary but not in the ISMS scope: the two audits see"
                                + " different systems")));
        scope.ismsScope().stream()
                .filter(t -> !scope.soc2Boundary().contains(t))
                .forEach(tag -> findings.add(Finding.warning(
                        SCOPE_DRIFT,
                        scope.source(),
                        "isms_scope",
                        tag,
                        "tag \"" + tag
                                + "\" is in the ISMS scope but outside the SOC 2 boundary: evidence of controls scoped"
                                + " only there serves ISO 27001, not SOC 2")));
        return findings;
    }

    /** One finding per owner whose controls hold more than half of at least 4 mapping rows. */
    static List<Finding> ownerConcentration(List<Mapping> rows, Map<String, Control> controls) {
        if (rows.size() < CONCENTRATION_MINIMUM_ROWS) {
            return List.of();
        }
        Map<String, Integer> perOwner = new LinkedHashMap<>();
        for (Mapping row : rows) {
            Control control = controls.get(row.controlId());
            if (control != null && control.hasOwner()) {
                perOwner.merge(control.owner(), 1, Integer::sum);
            }
        }
        SourceRef where = SourceRef.of(rows.get(0).source().file());
        return perOwner.entrySet().stream()
                .filter(e -> 2 * e.getValue() > rows.size())
                .map(e -> Finding.warning(
                        OWNER_CONCENTRATION,
                        where,
                        "owner",
                        e.getKey(),
                        e.getKey()
                                + " owns the controls of " + e.getValue() + " of " + rows.size()
                                + " mapping rows (more than half): a single point of failure for the audit"))
                .toList();
    }

    /** One finding per row mapping an implemented control with no counting evidence to an in-scope requirement. */
    static List<Finding> mappingsWithoutEvidence(
            List<Mapping> rows,
            Map<String, Control> controls,
            RequirementScope scope,
            CountedEvidence counted,
            Catalog resolver) {
        return rows.stream()
                .filter(m -> controls.containsKey(m.controlId())
                        && controls.get(m.controlId()).implemented())
                .filter(m -> !counted.hasAny(m.controlId()))
                .filter(m -> resolver.resolve(m.framework(), m.requirementId()).stream()
                        .anyMatch(r -> scope.isInScope(m.framework(), r.id())))
                .map(m -> Finding.warning(
                        MAPPING_WITHOUT_EVIDENCE,
                        m.source(),
                        "control_id",
                        m.controlId(),
                        "control " + m.controlId() + " is mapped to "
                                + m.framework().label() + " "
                                + m.requirementId() + " but has no evidence that counts (dated, not after as-of,"
                                + " file verified): the mapping is a claim without proof"))
                .toList();
    }

    static Map<String, Control> byId(List<Control> controls) {
        Map<String, Control> byId = new LinkedHashMap<>();
        controls.forEach(c -> byId.putIfAbsent(c.id(), c));
        return byId;
    }
}
