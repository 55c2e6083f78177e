package io.auditpack.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A control's population of occurrences as extracted from its system of record, with the facts an auditor checks
 * for completeness and accuracy: the {@code sourceSystem}, the {@code query} that produced it (empty when not
 * given), the day it was {@code extractedOn}, the {@code extractFile} it came from (relative to
 * {@code input/evidence/}, empty when not given) and the {@code sha256} of that file, or of the population's rows as
 * read when no file is named ({@code docs/inputs.md} says how to recompute it). Occurrences are in file order.
 */
public record Population(
        String id,
        String controlId,
        String sourceSystem,
        String query,
        LocalDate extractedOn,
        String extractFile,
        String sha256,
        List<Occurrence> occurrences,
        SourceRef source) {

    public Population {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(controlId, "controlId must not be null");
        Objects.requireNonNull(sourceSystem, "sourceSystem must not be null");
        query = Objects.requireNonNullElse(query, "");
        Objects.requireNonNull(extractedOn, "extractedOn must not be null");
        extractFile = Objects.requireNonNullElse(extractFile, "");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        occurrences = List.copyOf(occurrences);
        Objects.requireNonNull(source, "source must not be null");
    }

    /** The number of rows (occurrences) of the population. */
    public int count() {
        return occurrences.size();
    }
}
