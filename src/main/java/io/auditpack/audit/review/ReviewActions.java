package io.auditpack.audit.review;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.Words;
import io.auditpack.verdict.FindingTrend;
import io.auditpack.verdict.GapActions;
import io.auditpack.verdict.Nonconformity;
import io.auditpack.verdict.PackDiff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Actions since the last review, nonconformities and finding trends. A job's baseline is its latest version as of
 * the last review (none when it had no version then: every gap it has now counts as opened); with no last review,
 * its first version. The review's own job compares its previous version with the current result.
 */
final class ReviewActions {
    private ReviewActions() {}

    static List<GapActions> actions(
            AuditResult result, Optional<PackSnapshot> lastReview, Map<String, List<PackSnapshot>> versionsByJob) {
        List<GapActions> actions = new ArrayList<>();
        Optional<LocalDate> since = lastReview.map(PackSnapshot::asOf);
        versionsByJob.forEach((job, versions) -> {
            PackSnapshot latest = versions.get(versions.size() - 1);
            Optional<PackSnapshot> baseline = since.isEmpty()
                    ? Optional.of(versions.get(0))
                    : versions.stream()
                            .filter(v -> !v.asOf().isAfter(since.get()))
                            .reduce((a, b) -> b);
            actions.add(compare(
                    job,
                    baseline.map(PackSnapshot::version).orElse(0),
                    baseline.map(PackSnapshot::gaps).orElse(List.of()),
                    latest.version(),
                    latest.gaps()));
        });
        actions.add(compare(
                result.job().name(),
                lastReview.map(PackSnapshot::version).orElse(0),
                lastReview.map(PackSnapshot::gaps).orElse(List.of()),
                lastReview.map(p -> p.version() + 1).orElse(1),
                result.gaps()));
        return actions;
    }

    static GapActions compare(String job, int fromVersion, List<Gap> before, int toVersion, List<Gap> after) {
        Set<String> old = before.stream().map(PackDiff::gapKey).collect(Collectors.toSet());
        Set<String> now = after.stream().map(PackDiff::gapKey).collect(Collectors.toSet());
        return new GapActions(
                job,
                fromVersion,
                toVersion,
                after.stream().filter(g -> !old.contains(PackDiff.gapKey(g))).toList(),
                before.stream().filter(g -> !now.contains(PackDiff.gapKey(g))).toList(),
                after.stream().filter(g -> old.contains(PackDiff.gapKey(g))).toList());
    }

    static List<Nonconformity> nonconformities(AuditResult result, Optional<PackSnapshot> lastReview) {
        Set<String> before = lastReview
                .map(p -> p.gaps().stream().map(PackDiff::gapKey).collect(Collectors.toSet()))
                .orElse(Set.of());
        return result.gaps().stream()
                .map(g -> new Nonconformity(
                        g, grade(g.type()), lastReview.isEmpty() || !before.contains(PackDiff.gapKey(g))))
                .toList();
    }

    static String grade(GapType type) {
        return switch (type) {
            case MISSING_CONTROL, MISSING_OPERATIONAL_RECORD -> Nonconformity.MAJOR;
            case INCONSISTENT_PERFORMANCE, MISSING_DOCUMENTATION -> Nonconformity.MINOR;
        };
    }

    static List<FindingTrend> findings(AuditResult result, Optional<PackSnapshot> lastReview) {
        Map<String, Integer> now = new TreeMap<>();
        Map<String, String> severity = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            now.merge(finding.code(), 1, Integer::sum);
            severity.putIfAbsent(finding.code(), Words.word(finding.severity()));
        }
        Map<String, Integer> then = lastReview.map(PackSnapshot::findingsByCode).orElse(Map.of());
        TreeMap<String, Integer> codes = new TreeMap<>(now);
        then.keySet().forEach(code -> codes.putIfAbsent(code, 0));
        return codes.keySet().stream()
                .map(code -> new FindingTrend(
                        code, severity.getOrDefault(code, ""), now.getOrDefault(code, 0), then.getOrDefault(code, 0)))
                .toList();
    }
}
