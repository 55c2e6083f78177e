package io.auditpack.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How each evidence item of a catalog was used, in the items' order, immutable. An implementation may keep the uses
 * compact (flags and shared folder lists beside encoded items) and build each {@link EvidenceUse} on {@link #get}: the
 * positional reads and the counts below need no item decoded.
 */
public interface EvidenceUses extends List<EvidenceUse> {
    /** The items these uses are of, in the same order. */
    EvidenceItems items();

    /** Whether the item at {@code index} counts, without decoding the item. */
    boolean counted(int index);

    /** Whether the item at {@code index} falls in the period, without decoding the item. */
    boolean inPeriod(int index);

    /** The folders the item at {@code index} is packed under, without decoding the item. */
    List<String> packedUnder(int index);

    /** The uses whose item is packed under at least one folder, in order; the others are not decoded. */
    default List<EvidenceUse> packed() {
        List<EvidenceUse> packed = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (!packedUnder(i).isEmpty()) {
                packed.add(get(i));
            }
        }
        return packed;
    }

    /** The counts over every use, read without decoding the items. */
    default EvidenceTally tally() {
        long counted = 0;
        long inPeriod = 0;
        long packed = 0;
        for (int i = 0; i < size(); i++) {
            counted += counted(i) ? 1 : 0;
            inPeriod += inPeriod(i) ? 1 : 0;
            packed += packedUnder(i).size();
        }
        return new EvidenceTally(size(), counted, inPeriod, packed);
    }

    /** The counts per evidence type, in the type's declaration order, for the types that have items. */
    default Map<EvidenceType, EvidenceTally> tallyByType() {
        EvidenceItems items = items();
        Map<EvidenceType, EvidenceTally> byType = new EnumMap<>(EvidenceType.class);
        for (int i = 0; i < size(); i++) {
            byType.merge(
                    items.type(i),
                    EvidenceTally.NONE.plus(
                            counted(i), inPeriod(i), packedUnder(i).size()),
                    (a, b) -> new EvidenceTally(
                            a.items() + b.items(),
                            a.counted() + b.counted(),
                            a.inPeriod() + b.inPeriod(),
                            a.packedFiles() + b.packedFiles()));
        }
        return byType;
    }

    /** The uses in the same order: the list itself when it already is {@code EvidenceUses}, else a copy. */
    static EvidenceUses copyOf(List<EvidenceUse> uses) {
        return uses instanceof EvidenceUses already ? already : new PlainEvidenceUses(uses);
    }
}
