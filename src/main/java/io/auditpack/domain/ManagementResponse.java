package io.auditpack.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Management's response to one exception (responses.csv): the control, the {@code occurrence} it answers (an
 * occurrence ID, a record's evidence ID or a slice label, as the test sheet names the item), the response text, its
 * owner (empty when not given) and target date (null when not given).
 */
public record ManagementResponse(
        String controlId,
        String occurrence,
        String response,
        String owner,
        @Nullable LocalDate targetDate,
        SourceRef source) {
    public ManagementResponse {
        Objects.requireNonNull(controlId, "controlId must not be null");
        Objects.requireNonNull(occurrence, "occurrence must not be null");
        Objects.requireNonNull(response, "response must not be null");
        owner = Objects.requireNonNullElse(owner, "");
        Objects.requireNonNull(source, "source must not be null");
    }
}
