package io.auditpack.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one published pack says about itself, read back from its {@code data/metrics.json} and its payload manifest:
 * the job, package type, version, as-of date and period, the ZIP's SHA-256 and the previous version's (empty for a
 * first version), the headline counts per framework, every control's conclusion, the gaps, the evidence files it
 * packs (with their SHA-256) and its finding counts by severity and by code (both sorted by key).
 */
public record PackSnapshot(
        String job,
        PackageType packageType,
        int version,
        LocalDate asOf,
        @Nullable Period period,
        String sha256,
        String previousSha256,
        List<FrameworkSummary> frameworks,
        List<PackedControl> controls,
        List<Gap> gaps,
        List<PackedEvidence> evidence,
        Map<String, Integer> findingsBySeverity,
        Map<String, Integer> findingsByCode) {

    public PackSnapshot {
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(packageType, "packageType must not be null");
        if (version < 1 || version > 9999) {
            throw new IllegalArgumentException("version must be 1..9999: " + version);
        }
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        previousSha256 = Objects.requireNonNullElse(previousSha256, "");
        frameworks = List.copyOf(frameworks);
        controls = List.copyOf(controls);
        gaps = List.copyOf(gaps);
        evidence = List.copyOf(evidence);
        findingsBySeverity = Collections.unmodifiableSortedMap(new TreeMap<>(findingsBySeverity));
        findingsByCode = Collections.unmodifiableSortedMap(new TreeMap<>(findingsByCode));
    }

    /** {@code v0007}. */
    public String label() {
        return "v%04d".formatted(version);
    }

    /** The headline counts of one framework, when the pack speaks to it. */
    public Optional<FrameworkSummary> framework(Framework framework) {
        return frameworks.stream().filter(f -> f.framework() == framework).findFirst();
    }

    /** Findings of every severity. */
    public int findingsTotal() {
        return findingsBySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The controls by ID. */
    public Map<String, PackedControl> controlsById() {
        Map<String, PackedControl> byId = new TreeMap<>();
        controls.forEach(c -> byId.put(c.id(), c));
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The same content published under another identity: {@code version}, the ZIP's own SHA-256 and the previous
     * version's (the lists are shared, not copied).
     */
    public PackSnapshot as(int version, String sha256, String previousSha256) {
        return new PackSnapshot(
                job,
                packageType,
                version,
                asOf,
                period,
                sha256,
                previousSha256,
                frameworks,
                controls,
                gaps,
                evidence,
                findingsBySeverity,
                findingsByCode);
    }

    /** Whether {@code other} says the same as this snapshot, whatever version, SHA-256 and predecessor each has. */
    public boolean sameContent(PackSnapshot other) {
        return as(other.version, other.sha256, other.previousSha256).equals(other);
    }
}
