package io.auditpack.audit.stage;

import io.auditpack.store.EvidenceList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The IDs of some records of the evidence list, in list order, each read from the list when asked for: a control's
 * population can run to hundreds of thousands of records, and only its size and its sample are kept for long.
 */
final class RecordIds extends AbstractList<String> implements RandomAccess {
    static final RecordIds NONE = new RecordIds(EvidenceList.of(), new int[0]);

    private final EvidenceList items;
    private final int[] positions;

    private RecordIds(EvidenceList items, int[] positions) {
        this.items = items;
        this.positions = positions;
    }

    static Builder builder(EvidenceList items) {
        return new Builder(items);
    }

    @Override
    public String get(int index) {
        return items.id(positions[index]);
    }

    @Override
    public int size() {
        return positions.length;
    }

    /** Positions added in increasing order; a position added twice in a row is kept once. */
    static final class Builder {
        private final EvidenceList items;
        private int[] positions = new int[8];
        private int size;

        private Builder(EvidenceList items) {
            this.items = items;
        }

        void add(int position) {
            if (size > 0 && positions[size - 1] == position) {
                return;
            }
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        RecordIds build() {
            return new RecordIds(items, Arrays.copyOf(positions, size));
        }
    }
}
