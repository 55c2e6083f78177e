package io.auditpack.store;

import io.auditpack.domain.EvidenceTally;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of how each evidence item was used, kept compact beside the {@link EvidenceList} of the items
 * (a byte of flags and the index of a shared folder list per item): {@link #get} builds the {@link EvidenceUse}.
 */
public final class EvidenceUseList extends AbstractList<EvidenceUse> implements EvidenceUses, RandomAccess {
    private static final byte COUNTED = 1;
    private static final byte IN_PERIOD = 2;

    private final EvidenceList items;
    private final byte[] flags;
    private final int[] folders;
    private final List<List<String>> folderLists;
    // the counts, taken once: every report reads them, and each count is a pass over the catalog
    private volatile @Nullable EvidenceTally tally;
    private volatile @Nullable Map<EvidenceType, EvidenceTally> tallyByType;

    private EvidenceUseList(Builder builder) {
        this.items = builder.items;
        this.flags = Arrays.copyOf(builder.flags, builder.size);
        this.folders = Arrays.copyOf(builder.folders, builder.size);
        this.folderLists = List.copyOf(builder.folderLists);
    }

    /** The uses in the same order, compact: the list itself when it already is an {@code EvidenceUseList}. */
    public static EvidenceUseList copyOf(List<EvidenceUse> uses) {
        if (uses instanceof EvidenceUseList compact) {
            return compact;
        }
        Builder builder = new Builder(
                EvidenceList.copyOf(uses.stream().map(EvidenceUse::item).toList()));
        uses.forEach(use -> builder.add(use.counted(), use.inPeriod(), use.packedUnder()));
        return builder.build();
    }

    /** Uses of {@code items}, added in the items' order, one each. */
    public static Builder builder(EvidenceList items) {
        return new Builder(items);
    }

    @Override
    public EvidenceTally tally() {
        EvidenceTally counted = tally;
        if (counted == null) {
            counted = EvidenceUses.super.tally();
            tally = counted;
        }
        return counted;
    }

    @Override
    public Map<EvidenceType, EvidenceTally> tallyByType() {
        Map<EvidenceType, EvidenceTally> counted = tallyByType;
        if (counted == null) {
            counted = Collections.unmodifiableMap(new EnumMap<>(EvidenceUses.super.tallyByType()));
            tallyByType = counted;
        }
        return counted;
    }

    /** The items these uses are of, in the same order. */
    @Override
    public EvidenceList items() {
        return items;
    }

    @Override
    public int size() {
        return flags.length;
    }

    @Override
    public EvidenceUse get(int index) {
        Objects.checkIndex(index, flags.length);
        return new EvidenceUse(items.get(index), counted(index), inPeriod(index), packedUnder(index));
    }

    /** Whether the item at {@code index} counts, without decoding the item. */
    @Override
    public boolean counted(int index) {
        return (flags[index] & COUNTED) != 0;
    }

    /** Whether the item at {@code index} falls in the period, without decoding the item. */
    @Override
    public boolean inPeriod(int index) {
        return (flags[index] & IN_PERIOD) != 0;
    }

    /** The folders the item at {@code index} is packed under, without decoding the item. */
    @Override
    public List<String> packedUnder(int index) {
        return folderLists.get(folders[index]);
    }

    /** Collects one use per item, in the items' order. Not thread-safe. */
    public static final class Builder {
        private final EvidenceList items;
        private final Map<List<String>, Integer> numbers = new HashMap<>();
        private final List<List<String>> folderLists = new ArrayList<>();
        private byte[] flags;
        private int[] folders;
        private int size;

        private Builder(EvidenceList items) {
            this.items = Objects.requireNonNull(items, "items must not be null");
            this.flags = new byte[items.size()];
            this.folders = new int[items.size()];
        }

        public Builder add(boolean counted, boolean inPeriod, List<String> packedUnder) {
            if (size == items.size()) {
                throw new IllegalStateException("one use per item: " + items.size());
            }
            flags[size] = (byte) ((counted ? COUNTED : 0) | (inPeriod ? IN_PERIOD : 0));
            folders[size] = numbers.computeIfAbsent(List.copyOf(packedUnder), list -> {
                folderLists.add(list);
                return folderLists.size() - 1;
            });
            size++;
            return this;
        }

        public EvidenceUseList build() {
            if (size != items.size()) {
                throw new IllegalStateException(size + " uses for " + items.size() + " items");
            }
            return new EvidenceUseList(this);
        }
    }
}
