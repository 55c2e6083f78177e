package io.auditpack.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** {@link EvidenceItems} kept as the objects they are (for catalogs built in memory, such as a test's). */
final class PlainEvidenceItems extends AbstractList<EvidenceItem> implements EvidenceItems, RandomAccess {
    private final List<EvidenceItem> items;

    PlainEvidenceItems(List<EvidenceItem> items) {
        this.items = List.copyOf(items);
    }

    @Override
    public EvidenceItem get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public EvidenceType type(int index) {
        return items.get(index).type();
    }
}
