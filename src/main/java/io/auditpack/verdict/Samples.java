package io.auditpack.verdict;

import java.util.List;
import java.util.Objects;

/**
 * The auditor's samples of a pack: the seed they were drawn with and one {@link Stage2Sample} per control that counts
 * for an in-scope requirement. {@link #NONE} for packages audited without sampling (empty seed, no controls).
 */
public record Samples(String seed, List<Stage2Sample> controls) {
    public static final Samples NONE = new Samples("", List.of());

    public Samples {
        Objects.requireNonNull(seed, "seed must not be null");
        controls = List.copyOf(controls);
    }

    /** Whether the package is audited by sampling. */
    public boolean drawn() {
        return !seed.isEmpty();
    }
}
