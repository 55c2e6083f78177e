package io.auditpack.domain;

import java.util.List;
import java.util.Objects;

/**
 * How the audit used one evidence item: whether it counts, whether it falls inside the audit period, and the
 * in-scope controls under whose folders its file is packed (empty when the item is not packed).
 */
public record EvidenceUse(EvidenceItem item, boolean counted, boolean inPeriod, List<String> packedUnder) {
    public EvidenceUse {
        Objects.requireNonNull(item, "item must not be null");
        packedUnder = List.copyOf(packedUnder);
    }
}
