package io.auditpack.audit;

import io.auditpack.domain.Gap;
import io.auditpack.domain.RemediationItem;
import java.util.List;

/** The ranked remediation items and every gap carrying the rank of the item that closes it, in report order. */
record RemediationPlan(List<RemediationItem> items, List<Gap> gaps) {
    RemediationPlan {
        items = List.copyOf(items);
        gaps = List.copyOf(gaps);
    }
}
