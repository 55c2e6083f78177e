package io.auditpack.audit;

import io.auditpack.domain.EvidenceFacts;
import io.auditpack.domain.EvidenceItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** Decides whether an evidence item counts at all and which days it speaks for. */
final class EvidenceRule {
    private EvidenceRule() {}

    /**
     * An item counts when it is dated, not dated after as-of, and either names no file or its file was verified by
     * the reader (present in {@code evidenceFiles}; refused, missing or mismatching files are absent).
     */
    static boolean counts(EvidenceItem item, LocalDate asOf, Map<String, Path> evidenceFiles) {
        return counts(item, item::id, asOf, evidenceFiles);
    }

    /** The same, of an item's facts; its ID is asked for only when it names a file. */
    static boolean counts(EvidenceFacts item, Supplier<String> id, LocalDate asOf, Map<String, Path> evidenceFiles) {
        return item.dated()
                && !Objects.requireNonNull(item.performedOn()).isAfter(asOf)
                && (!item.hasFile() || evidenceFiles.containsKey(id.get()));
    }

    /** Whether a dated item's date lies in {@code from..to}, or its covers range overlaps it. */
    static boolean touches(EvidenceFacts item, LocalDate from, LocalDate to) {
        LocalDate performed = Objects.requireNonNull(item.performedOn());
        boolean dateInside = !performed.isBefore(from) && !performed.isAfter(to);
        boolean rangeOverlaps = item.hasRange()
                && !Objects.requireNonNull(item.coversTo()).isBefore(from)
                && !Objects.requireNonNull(item.coversFrom()).isAfter(to);
        return dateInside || rangeOverlaps;
    }

    /** Whether a dated item is dated after as-of (a finding; it counts for nothing). */
    static boolean afterAsOf(EvidenceFacts item, LocalDate asOf) {
        return item.dated() && Objects.requireNonNull(item.performedOn()).isAfter(asOf);
    }
}
