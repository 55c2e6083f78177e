package io.auditpack.input;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditorRequest;
import io.auditpack.domain.Framework;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps the rows of requests.csv (the auditor's request list) to {@link AuditorRequest} records. A malformed row is an
 * error (blank ID or description, duplicate ID, impossible date, due before requested, unknown status); a request
 * naming a requirement or control the organisation does not have is a warning: the list is the auditor's, the pack
 * still answers it (from the IDs it knows) and the request stays unfulfilled until the IDs are sorted out.
 */
final class RequestRows {
    static final List<String> REQUIRED = List.of("request_id", "description", "requested_on");
    static final List<String> STATUSES = List.of("open", "in_progress", "received", "accepted", "rejected", "closed");

    private RequestRows() {}

    static List<AuditorRequest> map(Table table, KnownControls controls, Catalog catalog, FindingLog log) {
        if (!table.requireColumns(REQUIRED, log)) {
            return List.of();
        }
        List<AuditorRequest> requests = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            String id = cells.required("request_id");
            String description = cells.required("description");
            LocalDate requested = cells.date("requested_on");
            if (cells.text("requested_on").isEmpty()) {
                cells.error(
                        "input.missing_value",
                        "requested_on",
                        "",
                        "requested_on is required; accepted: the day the auditor asked, YYYY-MM-DD");
            }
            LocalDate due = cells.date("due_on");
            if (requested != null && due != null && due.isBefore(requested)) {
                cells.error(
                        "input.due_before_requested",
                        "due_on",
                        cells.text("due_on"),
                        "due_on is before requested_on " + requested + "; accepted: a day on or after it");
            }
            String status = cells.word(
                    "status",
                    STATUSES,
                    w -> Optional.of(w.toLowerCase(Locale.ROOT)).filter(STATUSES::contains));
            List<String> requirements = cells.list("requirement_ids");
            List<String> controlIds = cells.list("control_ids");
            if (cells.failed()) {
                continue;
            }
            Long earlier = seen.putIfAbsent(Objects.requireNonNull(id), row.line());
            if (earlier != null) {
                cells.error(
                        "input.duplicate_id",
                        "request_id",
                        id,
                        "request " + id + " is already on line " + earlier + "; give each request its own ID");
                continue;
            }
            requirements.stream()
                    .filter(r -> !catalog.isKnown(Framework.SOC2, r) && !catalog.isKnown(Framework.ISO27001, r))
                    .forEach(r -> cells.warning(
                            "request.unknown_requirement",
                            "requirement_ids",
                            r,
                            "request " + id + " names " + r + ", which is neither a SOC 2 criterion nor an ISO 27001 "
                                    + "requirement; it is left out of the answer"));
            controlIds.stream()
                    .filter(c -> controls.checked() && !controls.ids().contains(c))
                    .forEach(c -> cells.warning(
                            "request.unknown_control",
                            "control_ids",
                            c,
                            "request " + id + " names control " + c + ", which the control library does not define"
                                    + Suggestions.didYouMean(c, controls.ids())
                                    + "; the request cannot be fulfilled for it"));
            if (requirements.isEmpty() && controlIds.isEmpty()) {
                cells.warning(
                        "request.no_target",
                        "requirement_ids",
                        "",
                        "request " + id + " names no requirement and no control; the pack cannot tell what fulfils "
                                + "it, so it stays open");
            }
            requests.add(new AuditorRequest(
                    Objects.requireNonNull(id),
                    cells.text("reference"),
                    Objects.requireNonNull(description),
                    requirements,
                    controlIds,
                    Objects.requireNonNull(requested),
                    due,
                    Objects.requireNonNullElse(status, ""),
                    cells.text("auditor_comment"),
                    cells.at()));
        }
        return requests;
    }
}
