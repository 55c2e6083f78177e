package io.auditpack.input;

import io.auditpack.domain.ManagementResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the rows of responses.csv (or the responses sheet) to {@link ManagementResponse}s: each names a known control
 * and the exception it answers, once.
 */
final class ResponseRows {
    static final List<String> REQUIRED = List.of("control_id", "occurrence", "response");

    private ResponseRows() {}

    static List<ManagementResponse> map(Table table, KnownControls controls, FindingLog log) {
        if (!table.requireColumns(REQUIRED, log)) {
            return List.of();
        }
        List<ManagementResponse> responses = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            String controlId = cells.required("control_id");
            if (controlId != null) {
                controls.check(cells, "control_id", controlId);
            }
            String occurrence = cells.required("occurrence");
            String response = cells.required("response");
            LocalDate target = cells.date("target_date");
            if (controlId == null || occurrence == null || response == null || cells.failed()) {
                continue;
            }
            String key = controlId.toLowerCase(Locale.ROOT) + "|" + occurrence.toLowerCase(Locale.ROOT);
            Long earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                cells.error(
                        "input.duplicate_response",
                        "occurrence",
                        occurrence,
                        "control " + controlId + " already has a response to " + occurrence + " on line " + earlier
                                + "; give one response per exception");
                continue;
            }
            responses.add(
                    new ManagementResponse(controlId, occurrence, response, cells.text("owner"), target, cells.at()));
        }
        return responses;
    }
}
