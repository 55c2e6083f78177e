package io.auditpack.audit;

import io.auditpack.domain.ControlResult;
import java.util.Objects;

/** The result of one control together with the documentation verdict behind it (for the stale finding). */
record ControlVerdict(ControlResult result, DocumentationVerdict documentation) {
    ControlVerdict {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(documentation, "documentation must not be null");
    }

    String id() {
        return result.id();
    }
}
