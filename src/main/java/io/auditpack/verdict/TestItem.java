package io.auditpack.verdict;

import io.auditpack.domain.ManagementResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of the test sheet: a sampled item of a control ({@code pick} 1..n in population order) or an exception
 * found outside the sample ({@code pick} 0). {@code kind} is {@code occurrence} (an occurrence ID of
 * populations.csv), {@code record} (an evidence ID), {@code slice} (a due slice without a record, by its label) or
 * {@code none} (nothing to test: {@code item} empty). {@code date} is the day the item happened (a slice's first
 * day; null for {@code none}); {@code attributes} what is tested on it; {@code evidence} the IDs of the records
 * found for it; {@code note} why the result is what it is; {@code response} management's response, for exceptions.
 */
public record TestItem(
        String control,
        String title,
        int pick,
        String kind,
        String item,
        @Nullable LocalDate date,
        List<String> attributes,
        List<String> evidence,
        TestResult result,
        String note,
        Optional<ManagementResponse> response) {

    public TestItem {
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(item, "item must not be null");
        attributes = List.copyOf(attributes);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(note, "note must not be null");
        Objects.requireNonNull(response, "response must not be null");
        if (pick < 0) {
            throw new IllegalArgumentException("pick must not be negative: " + pick);
        }
    }

    /** Whether the item was drawn in the sample (an exception found outside the sample is not). */
    public boolean sampled() {
        return pick > 0;
    }
}
