package io.auditpack.verdict;

import io.auditpack.domain.Words;

/** Whether the documented information of a Stage 1 checklist item is present (current), stale or missing. */
public enum ItemStatus {
    PRESENT,
    STALE,
    MISSING;

    public String word() {
        return Words.word(this);
    }

    /** The worse of two statuses (missing is worst). */
    public ItemStatus worse(ItemStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
