package io.auditpack.audit;

import io.auditpack.domain.EvidenceItem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence items that count, per control ID, in input order. An item naming several controls counts for each
 * of them.
 */
record CountedEvidence(Map<String, List<EvidenceItem>> byControl) {

    CountedEvidence {
        Map<String, List<EvidenceItem>> copy = new LinkedHashMap<>();
        byControl.forEach((id, items) -> copy.put(id, List.copyOf(items)));
        byControl = java.util.Collections.unmodifiableMap(copy);
    }

    static CountedEvidence of(List<EvidenceItem> evidence, LocalDate asOf, Map<String, Path> evidenceFiles) {
        Map<String, List<EvidenceItem>> byControl = new LinkedHashMap<>();
        for (EvidenceItem item : evidence) {
            if (EvidenceRule.counts(item, asOf, evidenceFiles)) {
                for (String controlId : item.controlIds()) {
                    byControl.computeIfAbsent(controlId, k -> new ArrayList<>()).add(item);
                }
            }
        }
        return new CountedEvidence(byControl);
    }

    List<EvidenceItem> all(String controlId) {
        return byControl.getOrDefault(controlId, List.of());
    }

    /** The counting operational records of a control. */
    List<EvidenceItem> records(String controlId) {
        return all(controlId).stream().filter(i -> i.type().isOperationalRecord()).toList();
    }

    /** The counting documentation items (policy, procedure, standard, plan) of a control. */
    List<EvidenceItem> documents(String controlId) {
        return all(controlId).stream().filter(i -> i.type().isDocumentation()).toList();
    }

    boolean hasAny(String controlId) {
        return !all(controlId).isEmpty();
    }
}
