package io.auditpack.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an evidence item and its {@link EvidenceOutline outline} both tell: the controls it names, its type, dates,
 * approver and source, and whether it names a file. The rules that read only these take either, so a pass over a
 * large catalog need not make every item's texts.
 */
public interface EvidenceFacts {
    List<String> controlIds();

    EvidenceType type();

    @Nullable
    LocalDate performedOn();

    @Nullable
    LocalDate coversFrom();

    @Nullable
    LocalDate coversTo();

    @Nullable
    LocalDate collectedOn();

    String approvedBy();

    String sourceSystem();

    /** Whether the item names a file (relative to the evidence folder). */
    boolean hasFile();

    default boolean dated() {
        return performedOn() != null;
    }

    default boolean hasRange() {
        return coversFrom() != null;
    }
}
