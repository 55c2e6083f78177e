package io.auditpack.audit.diff;

import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Gap;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackedControl;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Words;
import io.auditpack.verdict.ControlChange;
import io.auditpack.verdict.EvidenceChange;
import io.auditpack.verdict.MetricDelta;
import io.auditpack.verdict.PackDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/** Computes the {@link PackDiff} between two versions' snapshots (the rules are on {@link PackDiff}). */
public final class VersionDiff {
    private static final Map<String, ToIntFunction<FrameworkSummary>> COUNTS = counts();

    private VersionDiff() {}

    /** The changes from {@code before} to {@code after}. */
    public static PackDiff between(PackSnapshot before, PackSnapshot after) {
        Map<String, PackedEvidence> old = byKey(before.evidence());
        Map<String, PackedEvidence> now = byKey(after.evidence());
        List<PackedEvidence> added = new ArrayList<>();
        List<PackedEvidence> removed = new ArrayList<>();
        List<EvidenceChange> changed = new ArrayList<>();
        now.forEach((key, file) -> {
            PackedEvidence was = old.get(key);
            if (was == null) {
                added.add(file);
            } else if (!was.sha256().equals(file.sha256()) || !was.path().equals(file.path())) {
                changed.add(new EvidenceChange(was, file));
            }
        });
        old.forEach((key, file) -> {
            if (!now.containsKey(key)) {
                removed.add(file);
            }
        });
        return new PackDiff(
                before,
                after,
                added,
                removed,
                changed,
                controls(before, after),
                gapsOnlyIn(after, before),
                gapsOnlyIn(before, after),
                metrics(before, after));
    }

    private static Map<String, PackedEvidence> byKey(List<PackedEvidence> files) {
        Map<String, PackedEvidence> byKey = new TreeMap<>();
        for (PackedEvidence file : files) {
            byKey.put(file.control() + "\u0000" + file.id(), file);
        }
        return byKey;
    }

    private static List<ControlChange> controls(PackSnapshot before, PackSnapshot after) {
        Map<String, PackedControl> old = before.controlsById();
        Map<String, PackedControl> now = after.controlsById();
        Set<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        List<ControlChange> changes = new ArrayList<>();
        for (String id : ids) {
            PackedControl was = old.get(id);
            PackedControl is = now.get(id);
            if (was == null || is == null || was.status() != is.status()) {
                changes.add(new ControlChange(id, Optional.ofNullable(was), Optional.ofNullable(is)));
            }
        }
        return changes;
    }

    /** The gaps of {@code in} whose key is not among {@code notIn}'s. */
    private static List<Gap> gapsOnlyIn(PackSnapshot in, PackSnapshot notIn) {
        Set<String> other = new TreeSet<>();
        notIn.gaps().forEach(g -> other.add(PackDiff.gapKey(g)));
        return in.gaps().stream()
                .filter(g -> !other.contains(PackDiff.gapKey(g)))
                .toList();
    }

    private static List<MetricDelta> metrics(PackSnapshot before, PackSnapshot after) {
        List<MetricDelta> deltas = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            Optional<FrameworkSummary> was = before.framework(framework);
            Optional<FrameworkSummary> is = after.framework(framework);
            if (was.isEmpty() && is.isEmpty()) {
                continue;
            }
            COUNTS.forEach((metric, count) -> deltas.add(new MetricDelta(
                    framework.label(),
                    metric,
                    was.map(count::applyAsInt).orElse(0),
                    is.map(count::applyAsInt).orElse(0))));
        }
        deltas.add(new MetricDelta(MetricDelta.FINDINGS, "total", before.findingsTotal(), after.findingsTotal()));
        for (Severity severity : Severity.values()) {
            String s = Words.word(severity);
            deltas.add(new MetricDelta(
                    MetricDelta.FINDINGS,
                    s,
                    before.findingsBySeverity().getOrDefault(s, 0),
                    after.findingsBySeverity().getOrDefault(s, 0)));
        }
        Set<String> codes = new TreeSet<>(before.findingsByCode().keySet());
        codes.addAll(after.findingsByCode().keySet());
        for (String code : codes) {
            MetricDelta delta = new MetricDelta(
                    MetricDelta.FINDINGS,
                    code,
                    before.findingsByCode().getOrDefault(code, 0),
                    after.findingsByCode().getOrDefault(code, 0));
            if (delta.changed()) {
                deltas.add(delta);
            }
        }
        return deltas;
    }

    private static Map<String, ToIntFunction<FrameworkSummary>> counts() {
        Map<String, ToIntFunction<FrameworkSummary>> counts = new LinkedHashMap<>();
        counts.put("requirements_in_scope", FrameworkSummary::requirementsInScope);
        counts.put("covered", FrameworkSummary::covered);
        counts.put("partial", FrameworkSummary::partial);
        counts.put("missing_control", FrameworkSummary::missingControl);
        counts.put("not_applicable", FrameworkSummary::notApplicable);
        counts.put("effective", FrameworkSummary::effective);
        counts.put("inconsistent", FrameworkSummary::inconsistent);
        counts.put("no_records", FrameworkSummary::noRecords);
        counts.put("not_yet_due", FrameworkSummary::notYetDue);
        return counts;
    }
}
