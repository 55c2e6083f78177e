package io.auditpack.verdict;

import io.auditpack.domain.Words;

/**
 * What kind of documented information a Stage 1 checklist item asks for: a {@code document} maintained (policy,
 * procedure, standard or plan), a {@code record} retained as evidence (any operational record type), or
 * {@code both} (clause 6.1.3: the risk treatment process and the risk treatment plan's records).
 */
public enum ItemKind {
    DOCUMENT,
    RECORD,
    BOTH;

    public String word() {
        return Words.word(this);
    }
}
