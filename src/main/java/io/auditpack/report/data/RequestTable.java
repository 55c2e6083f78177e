package io.auditpack.report.data;

import io.auditpack.domain.AuditorRequest;
import io.auditpack.verdict.RequestAnswer;
import io.auditpack.verdict.RequestEvidence;
import io.auditpack.verdict.Tracking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The auditor's request list with the pack's answer, one row per request in request-list order: the request as given,
 * the auditor's status beside the computed fulfilment, the controls targeted, answered and missing, the received
 * dates, and the evidence files (paths inside the bag, {@code ;}-separated).
 */
public final class RequestTable {
    public static final List<String> HEADER = List.of(
            "request_id",
            "reference",
            "description",
            "requirement_ids",
            "control_ids",
            "requested_on",
            "due_on",
            "auditor_status",
            "fulfilment",
            "controls_targeted",
            "controls_answered",
            "controls_missing",
            "first_received",
            "complete_on",
            "evidence_count",
            "evidence",
            "auditor_comment");

    private RequestTable() {}

    /** Every evidence path of each request. */
    public static Table of(Tracking tracking) {
        return of(tracking, Integer.MAX_VALUE);
    }

    /** At most {@code shown} evidence paths per request, then {@code and N more}. */
    public static Table of(Tracking tracking, int shown) {
        List<List<String>> rows = new ArrayList<>();
        for (RequestAnswer answer : tracking.requests()) {
            rows.add(row(answer, shown));
        }
        return new Table(HEADER, rows);
    }

    private static List<String> row(RequestAnswer answer, int shown) {
        AuditorRequest request = answer.request();
        List<String> missing = answer.controls().stream()
                .filter(c -> !answer.answered().contains(c))
                .toList();
        List<String> paths =
                answer.evidence().stream().map(RequestEvidence::path).distinct().toList();
        List<String> listed = new ArrayList<>(paths.stream().limit(shown).toList());
        if (paths.size() > shown) {
            listed.add("and %d more (data/requests.csv lists all)".formatted(paths.size() - shown));
        }
        return List.of(
                request.id(),
                request.reference(),
                request.description(),
                String.join(";", request.requirementIds()),
                String.join(";", request.controlIds()),
                day(request.requestedOn()),
                day(request.dueOn()),
                request.status(),
                answer.fulfilment().word(),
                String.join(";", answer.controls()),
                String.join(";", answer.answered()),
                String.join(";", missing),
                day(answer.firstReceived()),
                day(answer.completeOn()),
                Integer.toString(paths.size()),
                String.join(";", listed),
                request.auditorComment());
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String day(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
