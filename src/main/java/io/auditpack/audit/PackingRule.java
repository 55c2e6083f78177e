package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceOutline;
import io.auditpack.domain.InputSet;
import io.auditpack.store.EvidenceList;
import io.auditpack.store.EvidenceUseList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides how each evidence item is used. It is packed when it counts and has a file, and is documentation (any
 * age) or an operational record in the period (point-in-time packages: in the 12 months up to as-of). It goes
 * under the folder of each of its controls mapped to an in-scope requirement of the package's frameworks through
 * a mapping that counts (for SOC 2, the control must not lie outside the SOC 2 boundary), in control-ID order.
 */
final class PackingRule {
    private PackingRule() {}

    static EvidenceUseList use(
            AuditFrame frame, InputSet inputs, RequirementScope scope, List<ResolvedMapping> mappings) {
        Map<String, Control> controls = CrosswalkPitfalls.byId(inputs.controls());
        EvidenceList items = EvidenceList.copyOf(inputs.evidence());
        EvidenceUseList.Builder uses = EvidenceUseList.builder(items);
        Map<List<String>, List<String>> foldersByControls = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int at = i;
            EvidenceOutline item = items.outline(i);
            boolean counted = EvidenceRule.counts(item, () -> items.id(at), frame.asOf(), inputs.evidenceFiles());
            boolean inPeriod = frame.inPeriod(item);
            boolean packable = counted && item.hasFile() && (item.type().isDocumentation() || inPeriod);
            List<String> under = packable
                    ? foldersByControls.computeIfAbsent(
                            item.controlIds(), ids -> folders(ids, controls, scope, mappings, inputs))
                    : List.of();
            uses.add(counted, inPeriod, under);
        }
        return uses.build();
    }

    private static List<String> folders(
            List<String> controlIds,
            Map<String, Control> controls,
            RequirementScope scope,
            List<ResolvedMapping> mappings,
            InputSet inputs) {
        return controlIds.stream()
                .distinct()
                .sorted()
                .filter(controls::containsKey)
                .filter(id -> mappings.stream()
                        .anyMatch(m -> m.controlId().equals(id)
                                && scope.isInScope(
                                        m.requirement().framework(),
                                        m.requirement().id())
                                && ScopeRule.countsFor(
                                        Objects.requireNonNull(controls.get(id), id),
                                        m.requirement().framework(),
                                        inputs.scope())))
                .toList();
    }
}
