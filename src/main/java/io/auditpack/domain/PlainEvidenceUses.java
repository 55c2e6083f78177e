package io.auditpack.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** {@link EvidenceUses} kept as the objects they are (for uses built in memory, such as a test's). */
final class PlainEvidenceUses extends AbstractList<EvidenceUse> implements EvidenceUses, RandomAccess {
    private final List<EvidenceUse> uses;
    private final EvidenceItems items;

    PlainEvidenceUses(List<EvidenceUse> uses) {
        this.uses = List.copyOf(uses);
        this.items =
                EvidenceItems.copyOf(this.uses.stream().map(EvidenceUse::item).toList());
    }

    @Override
    public EvidenceUse get(int index) {
        return uses.get(index);
    }

    @Override
    public int size() {
        return uses.size();
    }

    @Override
    public EvidenceItems items() {
        return items;
    }

    @Override
    public boolean counted(int index) {
        return uses.get(index).counted();
    }

    @Override
    public boolean inPeriod(int index) {
        return uses.get(index).inPeriod();
    }

    @Override
    public List<String> packedUnder(int index) {
        return uses.get(index).packedUnder();
    }
}
