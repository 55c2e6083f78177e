package io.auditpack.domain;

import java.util.List;

/** The optional lists the audit tracks over time: the auditor's request list and the remediation dates. */
public record TrackedInputs(List<AuditorRequest> requests, List<RemediationDate> remediationDates) {
    public static final TrackedInputs NONE = new TrackedInputs(List.of(), List.of());

    public TrackedInputs {
        requests = List.copyOf(requests);
        remediationDates = List.copyOf(remediationDates);
    }
}
