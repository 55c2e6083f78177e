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
 * the last review (none when it had no version then: every gap it has had since counts as opened); with no last
 * review, its first version; its actions are traced over every version from the baseline to its latest. The review's
 * own job compares its previous version with the current result; its first version compares with the gaps of the
 * other jobs' first versions (the same baseline their rows use).
 */
final class ReviewActions {
    private ReviewActions() {}

    static List<GapActions> actions(
            AuditResult result, Optional<PackSnapshot> lastReview, Map<String, List<PackSnapshot>> versionsByJob) {
        List<GapActions> actions = new ArrayList<>();
        Optional<LocalDate> since = lastReview.map(PackSnapshot::asOf);
        List<Gap> firstPacks = new ArrayList<>();
        versionsByJob.forEach((job, versions) -> {
            int baseline = since.isEmpty() ? 0 : lastIndexUpTo(versions, since.get());
            List<List<Gap>> later = versions.subList(baseline + 1, versions.size()).stream()
                    .map(PackSnapshot::gaps)
                    .toList();
            actions.add(track(
                    job,
                    baseline < 0 ? 0 : versions.get(baseline).version(),
                    baseline < 0 ? List.of() : versions.get(baseline).gaps(),
                    versions.get(versions.size() - 1).version(),
                    later));
            firstPacks.addAll(versions.get(0).gaps());
        });
        actions.add(track(
                result.job().name(),
                lastReview.map(PackSnapshot::version).orElse(0),
                lastReview.map(PackSnapshot::gaps).orElse(distinct(firstPacks)),
                lastReview.map(p -> p.version() + 1).orElse(1),
                List.of(result.gaps())));
        return actions;
    }

    /** The index of the latest version with an as-of date not after {@code day}; -1 when none. */
    private static int lastIndexUpTo(List<PackSnapshot> versions, LocalDate day) {
        int index = -1;
        for (int i = 0; i < versions.size(); i++) {
            if (!versions.get(i).asOf().isAfter(day)) {
                index = i;
            }
        }
        return index;
    }

    /**
     * The actions of one job over its history: {@code before} are the gaps of its baseline, {@code later} the gaps of
     * each version after it (the last is the latest; none: the baseline is the latest). Opened: the gaps absent from
     * the baseline that any later version has (a gap opened and closed in between is opened and closed); closed: the
     * gaps of the baseline or of any later version that the latest has not; still open: the baseline's gaps the
     * latest still has.
     */
    static GapActions track(String job, int fromVersion, List<Gap> before, int toVersion, List<List<Gap>> later) {
        Set<String> old = keys(before);
        List<Gap> latest = later.isEmpty() ? before : later.get(later.size() - 1);
        Set<String> now = keys(latest);
        List<Gap> everyLater = distinct(later.stream().flatMap(List::stream).toList());
        List<Gap> seen = new ArrayList<>(distinct(before));
        Set<String> seenKeys = keys(seen);
        everyLater.stream().filter(g -> !seenKeys.contains(PackDiff.gapKey(g))).forEach(seen::add);
        return new GapActions(
                job,
                fromVersion,
                toVersion,
                everyLater.stream()
                        .filter(g -> !old.contains(PackDiff.gapKey(g)))
                        .toList(),
                seen.stream().filter(g -> !now.contains(PackDiff.gapKey(g))).toList(),
                distinct(latest).stream()
                        .filter(g -> old.contains(PackDiff.gapKey(g)))
                        .toList());
    }

    private static Set<String> keys(List<Gap> gaps) {
        return gaps.stream().map(PackDiff::gapKey).collect(Collectors.toSet());
    }

    /** The gaps in order, the first of each key kept. */
    private static List<Gap> distinct(List<Gap> gaps) {
        Set<String> keys = new java.util.HashSet<>();
        return gaps.stream().filter(g -> keys.add(PackDiff.gapKey(g))).toList();
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
