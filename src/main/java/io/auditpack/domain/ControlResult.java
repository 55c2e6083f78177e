package io.auditpack.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the audit concluded about one control. {@code due}, {@code covered} and {@code pending} count slices;
 * {@code missingSlices} are the due slices without a record; {@code latestDocument} is the approval date of the
 * newest documentation item not after as-of, or null.
 */
public record ControlResult(
        Control control,
        OperatingStatus status,
        int due,
        int covered,
        int pending,
        List<Slice> missingSlices,
        DocumentationStatus documentation,
        @Nullable LocalDate latestDocument) {

    public ControlResult {
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(status, "status must not be null");
        missingSlices = List.copyOf(missingSlices);
        Objects.requireNonNull(documentation, "documentation must not be null");
        if (covered > due || due < 0 || pending < 0) {
            throw new IllegalArgumentException("impossible slice counts for " + control.id());
        }
    }

    public String id() {
        return control.id();
    }
}
