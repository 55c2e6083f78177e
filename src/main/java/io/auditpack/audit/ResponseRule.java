package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.ManagementResponse;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.Population;
import io.auditpack.domain.Slice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds management responses that answer no exception (finding {@code response.no_exception}, period packages): a
 * response answers a control's due occurrence without a record (by occurrence ID) or its due slice without a record
 * (by slice label, for controls judged on slices), IDs and labels compared ignoring case.
 */
final class ResponseRule {
    private ResponseRule() {}

    static List<Finding> find(
            AuditFrame frame,
            List<ManagementResponse> responses,
            List<Population> populations,
            List<ControlVerdict> verdicts,
            CountedEvidence counted) {
        if (!frame.judgesOperation() || responses.isEmpty()) {
            return List.of();
        }
        Map<String, ControlResult> results = new HashMap<>();
        verdicts.forEach(v -> results.putIfAbsent(v.id(), v.result()));
        List<Finding> findings = new ArrayList<>();
        Map<String, Set<String>> exceptions = new HashMap<>();
        for (ManagementResponse response : responses) {
            ControlResult result = results.get(response.controlId());
            if (result == null) {
                continue;
            }
            Set<String> known =
                    exceptions.computeIfAbsent(result.id(), id -> exceptions(result, frame, populations, counted));
            if (!known.contains(PopulationOccurrences.key(response.occurrence()))) {
                findings.add(Finding.warning(
                        "response.no_exception",
                        response.source(),
                        "occurrence",
                        response.occurrence(),
                        "control " + response.controlId() + " has no exception " + response.occurrence()
                                + " as of " + frame.asOf() + "; accepted: the occurrence ID of a due occurrence "
                                + "without a record, or the label of a due slice without a record (test sheet)"));
            }
        }
        return findings;
    }

    /** A control's exceptions, as lower-case occurrence IDs and slice labels. */
    private static Set<String> exceptions(
            ControlResult result, AuditFrame frame, List<Population> populations, CountedEvidence counted) {
        Control control = result.control();
        List<Population> own = populations.stream()
                .filter(p -> p.controlId().equals(control.id()))
                .toList();
        Set<String> keys = new HashSet<>();
        for (MatchedOccurrence occurrence : PopulationOccurrences.of(
                own,
                counted.records(control.id()),
                Objects.requireNonNull(frame.period()),
                frame.asOf(),
                frame.lag())) {
            if (occurrence.exception()) {
                keys.add(PopulationOccurrences.key(occurrence.id()));
            }
        }
        if (!PopulationOccurrences.judgeOperation(control, own)) {
            for (Slice slice : result.missingSlices()) {
                keys.add(PopulationOccurrences.key(slice.label()));
            }
        }
        return keys;
    }
}
