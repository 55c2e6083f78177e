package io.auditpack.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One artifact of the evidence catalog. {@code performedOn} is null when the catalog gives no date (a finding: the
 * item then counts for nothing). {@code coversFrom}/{@code coversTo} are both null or both set. {@code file} is the
 * path relative to {@code input/evidence/} as written, empty when none; {@code sha256} the declared hash or empty.
 */
public record EvidenceItem(
        String id,
        List<String> controlIds,
        String title,
        EvidenceType type,
        @Nullable LocalDate performedOn,
        @Nullable LocalDate coversFrom,
        @Nullable LocalDate coversTo,
        @Nullable LocalDate collectedOn,
        String file,
        String sha256,
        String approvedBy,
        String sourceSystem,
        SourceRef source,
        Map<String, String> extra)
        implements EvidenceFacts {

    public EvidenceItem {
        Objects.requireNonNull(id, "id must not be null");
        controlIds = List.copyOf(controlIds);
        if (controlIds.isEmpty()) {
            throw new IllegalArgumentException("evidence " + id + " names no control");
        }
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(type, "type must not be null");
        if ((coversFrom == null) != (coversTo == null)) {
            throw new IllegalArgumentException("covers_from and covers_to go together");
        }
        if (coversFrom != null && coversTo.isBefore(coversFrom)) {
            throw new IllegalArgumentException("covers_to " + coversTo + " is before covers_from " + coversFrom);
        }
        file = Objects.requireNonNullElse(file, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        approvedBy = Objects.requireNonNullElse(approvedBy, "");
        sourceSystem = Objects.requireNonNullElse(sourceSystem, "");
        Objects.requireNonNull(source, "source must not be null");
        extra = extra.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    @Override
    public boolean dated() {
        return performedOn != null;
    }

    @Override
    public boolean hasRange() {
        return coversFrom != null;
    }

    @Override
    public boolean hasFile() {
        return !file.isEmpty();
    }

    /**
     * The occurrences this record proves: the {@code ;}-separated IDs of its optional {@code occurrence_id} column
     * (carried with the extra columns, matched ignoring the header's case), in order; empty when not given.
     */
    public List<String> occurrenceIds() {
        return Words.listColumn(extra, "occurrence_id");
    }
}
