package io.auditpack.domain;

import java.util.List;

/**
 * The evidence items of a catalog, in input order, immutable. An implementation may keep them encoded (catalogs run
 * to millions of records) and decode a new, equal {@link EvidenceItem} on each {@link #get}, so callers compare
 * items with {@code equals}, never {@code ==}.
 */
public interface EvidenceItems extends List<EvidenceItem> {
    /** The type of the item at {@code index}, without decoding the rest of it where the list can. */
    EvidenceType type(int index);

    /** The ID of the item at {@code index}, without decoding the rest of it where the list can. */
    default String id(int index) {
        return get(index).id();
    }

    /** The control IDs the item at {@code index} names, without decoding the rest of it where the list can. */
    default List<String> controlIds(int index) {
        return get(index).controlIds();
    }

    /**
     * The item at {@code index} without its free texts, without making them where the list can: what a pass over
     * every item of a large catalog needs (its controls, type, dates, approver, source and the longest line of each
     * text).
     */
    default EvidenceOutline outline(int index) {
        return EvidenceOutline.of(get(index));
    }

    /** The items in the same order: the list itself when it already is {@code EvidenceItems}, else a copy. */
    static EvidenceItems copyOf(List<EvidenceItem> items) {
        return items instanceof EvidenceItems already ? already : new PlainEvidenceItems(items);
    }
}
