package io.auditpack.audit;

import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.EvidenceItem;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A control's documentation status and the newest documentation item not after as-of (null when none). */
record DocumentationVerdict(
        DocumentationStatus status, @Nullable EvidenceItem newest) {

    DocumentationVerdict {
        Objects.requireNonNull(status, "status must not be null");
    }

    /** The approval date of the newest document, or null. */
    @Nullable
    LocalDate latestDocument() {
        return newest == null ? null : newest.performedOn();
    }

    boolean isGap() {
        return status == DocumentationStatus.STALE || status == DocumentationStatus.MISSING;
    }
}
