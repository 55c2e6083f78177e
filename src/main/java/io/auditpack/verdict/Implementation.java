package io.auditpack.verdict;

import io.auditpack.domain.Words;

/**
 * The implementation status a Statement of Applicability gives an Annex A control: {@code implemented} (design
 * covered), {@code partially_implemented} (only partial mappings), {@code planned} (no implemented control, a
 * planned one mapped), {@code not_implemented} (no control at all) or {@code excluded} (not applicable).
 */
public enum Implementation {
    IMPLEMENTED,
    PARTIALLY_IMPLEMENTED,
    PLANNED,
    NOT_IMPLEMENTED,
    EXCLUDED;

    public String word() {
        return Words.word(this);
    }
}
