package io.auditpack.verdict;

import io.auditpack.domain.Gap;
import java.util.List;
import java.util.Objects;

/**
 * The status of one job's actions since the last review: the gaps {@code opened} and {@code closed} between its
 * version at the last review ({@code fromVersion}, 0 when the job had none then, so every gap counts as opened) and
 * its latest version ({@code toVersion}), and the gaps {@code stillOpen} (present in both).
 */
public record GapActions(
        String job, int fromVersion, int toVersion, List<Gap> opened, List<Gap> closed, List<Gap> stillOpen) {
    public GapActions {
        Objects.requireNonNull(job, "job must not be null");
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
        stillOpen = List.copyOf(stillOpen);
    }
}
