package io.auditpack.verdict;

import io.auditpack.domain.PackedControl;
import java.util.Objects;
import java.util.Optional;

/**
 * One control whose operating status differs between two versions; {@code before} or {@code after} is empty when
 * the control is in one version only.
 */
public record ControlChange(String id, Optional<PackedControl> before, Optional<PackedControl> after) {
    public ControlChange {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("control " + id + " is in neither version");
        }
    }

    /** The status word before, or {@code absent}. */
    public String statusBefore() {
        return before.map(c -> c.status().word()).orElse(ABSENT);
    }

    /** The status word after, or {@code absent}. */
    public String statusAfter() {
        return after.map(c -> c.status().word()).orElse(ABSENT);
    }

    /** The owner in the newer version, else in the older one. */
    public String owner() {
        return after.or(() -> before).map(PackedControl::owner).orElse("");
    }

    public static final String ABSENT = "absent";
}
