package io.auditpack.verdict;

import io.auditpack.domain.AuditorRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pack's answer to one auditor request: the implemented controls it targets ({@code controls}: those named and
 * those mapped to the requirements named, in ID order), those with evidence in the pack ({@code answered}), that
 * evidence, the first day any of it was received, the day the request was complete (fulfilled requests only: the day
 * the last of its controls received its first evidence) and the computed fulfilment.
 */
public record RequestAnswer(
        AuditorRequest request,
        List<String> controls,
        List<String> answered,
        List<RequestEvidence> evidence,
        Optional<LocalDate> firstReceived,
        Optional<LocalDate> completeOn,
        Fulfilment fulfilment) {
    public RequestAnswer {
        Objects.requireNonNull(request, "request must not be null");
        controls = List.copyOf(controls);
        answered = List.copyOf(answered);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(firstReceived, "firstReceived must not be null");
        Objects.requireNonNull(completeOn, "completeOn must not be null");
        Objects.requireNonNull(fulfilment, "fulfilment must not be null");
    }
}
