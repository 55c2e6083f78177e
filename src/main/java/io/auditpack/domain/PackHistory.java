package io.auditpack.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a pack being built knows of the published packs around it: {@code previous} is the version just before the
 * one being rendered (empty for a first version, or when that version cannot be read), {@code others} every
 * readable published version of every other job under the same output folder, sorted by job then version (filled
 * for management-review packages, which are built from them; empty for the others).
 */
public record PackHistory(Optional<PackSnapshot> previous, List<PackSnapshot> others) {
    private static final Comparator<PackSnapshot> BY_JOB_THEN_VERSION =
            Comparator.comparing(PackSnapshot::job).thenComparingInt(PackSnapshot::version);

    public PackHistory {
        previous = previous == null ? Optional.empty() : previous;
        others = others.stream().sorted(BY_JOB_THEN_VERSION).toList();
    }

    /** No history at all: a first version, or a caller that does not look. */
    public static PackHistory none() {
        return new PackHistory(Optional.empty(), List.of());
    }

    /** Only the previous version. */
    public static PackHistory after(PackSnapshot previous) {
        return new PackHistory(Optional.of(previous), List.of());
    }
}
