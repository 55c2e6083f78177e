package io.auditpack.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the auditor's request list (PBC, "provided by client"), as read: the requirements and controls it names
 * (as written), when it was requested and is due ({@code dueOn} null when not given), the auditor's own
 * {@code status} (empty when not given) and comment.
 */
public record AuditorRequest(
        String id,
        String reference,
        String description,
        List<String> requirementIds,
        List<String> controlIds,
        LocalDate requestedOn,
        @Nullable LocalDate dueOn,
        String status,
        String auditorComment,
        SourceRef source) {

    public AuditorRequest {
        Objects.requireNonNull(id, "id must not be null");
        reference = Objects.requireNonNullElse(reference, "");
        description = Objects.requireNonNullElse(description, "");
        requirementIds = List.copyOf(requirementIds);
        controlIds = List.copyOf(controlIds);
        status = Objects.requireNonNullElse(status, "");
        auditorComment = Objects.requireNonNullElse(auditorComment, "");
        Objects.requireNonNull(source, "source must not be null");
    }
}
