package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.EvidenceItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Judges documentation freshness: for an implemented control that requires documentation, the newest counting
 * documentation item decides; approved on or after {@code as_of - 12 months} is current, older is stale, none is
 * missing. Controls that do not require documentation, and planned or not-applicable controls, are not judged.
 */
final class DocumentationRule {
    private DocumentationRule() {}

    /** {@code documents} are the control's counting documentation items (none dated after as-of). */
    static DocumentationVerdict judge(Control control, LocalDate asOf, List<EvidenceItem> documents) {
        EvidenceItem newest = documents.stream()
                .filter(d -> !Objects.requireNonNull(d.performedOn()).isAfter(asOf))
                .max(Comparator.comparing(d -> Objects.requireNonNull(d.performedOn())))
                .orElse(null);
        if (!control.requiresDocumentation() || !control.implemented()) {
            return new DocumentationVerdict(DocumentationStatus.NOT_REQUIRED, newest);
        }
        if (newest == null) {
            return new DocumentationVerdict(DocumentationStatus.MISSING, null);
        }
        boolean current = !Objects.requireNonNull(newest.performedOn()).isBefore(asOf.minusMonths(12));
        return new DocumentationVerdict(current ? DocumentationStatus.CURRENT : DocumentationStatus.STALE, newest);
    }
}
