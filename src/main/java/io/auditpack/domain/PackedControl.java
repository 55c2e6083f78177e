package io.auditpack.domain;

import java.util.List;
import java.util.Objects;

/**
 * One control's conclusion as a published pack recorded it: title, owner (empty when none), frequency, operating
 * status, the due, covered and pending slice counts and the labels of the missing slices.
 */
public record PackedControl(
        String id,
        String title,
        String owner,
        Frequency frequency,
        OperatingStatus status,
        int due,
        int covered,
        int pending,
        List<String> missingSlices) {

    public PackedControl {
        Objects.requireNonNull(id, "id must not be null");
        title = Objects.requireNonNullElse(title, "");
        owner = Objects.requireNonNullElse(owner, "");
        Objects.requireNonNull(frequency, "frequency must not be null");
        Objects.requireNonNull(status, "status must not be null");
        missingSlices = List.copyOf(missingSlices);
    }
}
