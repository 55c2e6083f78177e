package io.auditpack.verdict;

import io.auditpack.domain.Gap;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackedEvidence;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one pack version ({@code before}) to another ({@code after}):
 * <ul>
 * <li>evidence files added, removed or changed, keyed by (evidence ID, control folder); changed means another
 * SHA-256 or another path; sorted by control then ID;</li>
 * <li>controls whose operating status differs (or that exist in one version only), sorted by ID;</li>
 * <li>gaps opened (in {@code after} only) and closed (in {@code before} only), keyed by (type, framework,
 * requirement, control): a new owner or priority is not a new gap; in the order of each version's gap list;</li>
 * <li>every headline count of every framework of either version (0 where a version lacks the framework), then
 * the finding totals: all, per severity, and per code where they differ.</li>
 * </ul>
 */
public record PackDiff(
        PackSnapshot before,
        PackSnapshot after,
        List<PackedEvidence> evidenceAdded,
        List<PackedEvidence> evidenceRemoved,
        List<EvidenceChange> evidenceChanged,
        List<ControlChange> controls,
        List<Gap> gapsOpened,
        List<Gap> gapsClosed,
        List<MetricDelta> metrics) {

    public PackDiff {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        evidenceAdded = List.copyOf(evidenceAdded);
        evidenceRemoved = List.copyOf(evidenceRemoved);
        evidenceChanged = List.copyOf(evidenceChanged);
        controls = List.copyOf(controls);
        gapsOpened = List.copyOf(gapsOpened);
        gapsClosed = List.copyOf(gapsClosed);
        metrics = List.copyOf(metrics);
    }

    /** Whether the two versions differ in anything this diff looks at. */
    public boolean isEmpty() {
        return evidenceAdded.isEmpty()
                && evidenceRemoved.isEmpty()
                && evidenceChanged.isEmpty()
                && controls.isEmpty()
                && gapsOpened.isEmpty()
                && gapsClosed.isEmpty()
                && metrics.stream().noneMatch(MetricDelta::changed);
    }

    /** The identity of a gap across versions: type, framework, requirement and control. */
    public static String gapKey(Gap gap) {
        return gap.type().word() + "|" + gap.framework().label() + "|" + gap.requirement() + "|" + gap.control();
    }
}
