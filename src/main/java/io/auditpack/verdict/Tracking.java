package io.auditpack.verdict;

import java.util.List;

/**
 * What the pack answers of the lists tracked over time: each auditor request (request-list order) and each
 * remediation-plan item with its date (plan order; empty when the plan is empty).
 */
public record Tracking(List<RequestAnswer> requests, List<ScheduledItem> remediation) {
    public static final Tracking NONE = new Tracking(List.of(), List.of());

    public Tracking {
        requests = List.copyOf(requests);
        remediation = List.copyOf(remediation);
    }

    /** The requests with a given fulfilment. */
    public long count(Fulfilment fulfilment) {
        return requests.stream().filter(r -> r.fulfilment() == fulfilment).count();
    }

    /** Whether any plan item has a row of remediation.csv. */
    public boolean scheduled() {
        return remediation.stream().anyMatch(s -> s.date().isPresent());
    }
}
