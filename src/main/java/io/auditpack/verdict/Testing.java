package io.auditpack.verdict;

import io.auditpack.domain.ManagementResponse;
import io.auditpack.domain.MatchedOccurrence;
import java.util.List;
import java.util.Map;

/**
 * The auditor's testing of a pack: each population with its completeness facts and counts ({@code populations},
 * every package), each control's occurrences in the period matched to their records ({@code occurrences}, by control
 * ID; period packages), management's {@code responses} as read, and the test sheet ({@code items}: packages audited
 * by sampling, else empty).
 */
public record Testing(
        List<PopulationCheck> populations,
        Map<String, List<MatchedOccurrence>> occurrences,
        List<ManagementResponse> responses,
        List<TestItem> items) {

    public static final Testing NONE = new Testing(List.of(), Map.of(), List.of(), List.of());

    public Testing {
        populations = List.copyOf(populations);
        occurrences = Map.copyOf(occurrences);
        responses = List.copyOf(responses);
        items = List.copyOf(items);
    }

    /** The same testing with another test sheet. */
    public Testing withItems(List<TestItem> sheet) {
        return new Testing(populations, occurrences, responses, sheet);
    }

    /** The test sheet's exceptions. */
    public List<TestItem> exceptions() {
        return items.stream()
                .filter(item -> item.result() == TestResult.EXCEPTION)
                .toList();
    }
}
