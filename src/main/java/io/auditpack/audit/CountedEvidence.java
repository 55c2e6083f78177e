package io.auditpack.audit;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidenceOutline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The evidence items that count, per control ID, in input order. An item naming several controls counts for each
 * of them. Holds positions in the evidence list, not the items: a catalog of millions of records keeps
 * four bytes per counting item and control, and the items are decoded when a rule reads them.
 */
final class CountedEvidence {
    private final List<EvidenceItem> evidence;
    private final Map<String, int[]> byControl;

    private CountedEvidence(List<EvidenceItem> evidence, Map<String, int[]> byControl) {
        this.evidence = evidence;
        this.byControl = byControl;
    }

    static CountedEvidence of(List<EvidenceItem> evidence, LocalDate asOf, Map<String, Path> evidenceFiles) {
        Map<String, Positions> positions = new HashMap<>();
        EvidenceItems items = EvidenceItems.copyOf(evidence);
        for (int i = 0; i < items.size(); i++) {
            int at = i;
            EvidenceOutline item = items.outline(i);
            if (EvidenceRule.counts(item, () -> items.id(at), asOf, evidenceFiles)) {
                for (String controlId : item.controlIds()) {
                    positions.computeIfAbsent(controlId, k -> new Positions()).add(i);
                }
            }
        }
        Map<String, int[]> byControl = new HashMap<>();
        positions.forEach((id, list) -> byControl.put(id, list.toArray()));
        return new CountedEvidence(evidence, byControl);
    }

    List<EvidenceItem> all(String controlId) {
        int[] at = byControl.get(controlId);
        return at == null ? List.of() : new Items(evidence, at);
    }

    /** The counting operational records of a control. */
    List<EvidenceItem> records(String controlId) {
        return all(controlId).stream()
                .filter(i -> i.type().isOperationalRecord())
                .toList();
    }

    /** The counting documentation items (policy, procedure, standard, plan) of a control. */
    List<EvidenceItem> documents(String controlId) {
        return all(controlId).stream().filter(i -> i.type().isDocumentation()).toList();
    }

    boolean hasAny(String controlId) {
        return byControl.containsKey(controlId);
    }

    /** Growing positions. */
    private static final class Positions {
        private int[] values = new int[4];
        private int size;

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The items at some positions of the evidence list, decoded on reading. */
    private static final class Items extends AbstractList<EvidenceItem> implements RandomAccess {
        private final List<EvidenceItem> evidence;
        private final int[] at;

        Items(List<EvidenceItem> evidence, int[] at) {
            this.evidence = evidence;
            this.at = at;
        }

        @Override
        public EvidenceItem get(int index) {
            return evidence.get(at[index]);
        }

        @Override
        public int size() {
            return at.length;
        }
    }
}
