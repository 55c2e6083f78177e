package io.auditpack.audit.diff;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackedControl;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Slice;
import io.auditpack.domain.Words;
import io.auditpack.verdict.VersionStamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A result seen as a {@link PackSnapshot}: what {@code PackSnapshots.read} will give once its pack is published as
 * {@code stamp}, so it can be compared with other versions. Its own SHA-256 is not known yet and is empty; each
 * packed evidence file carries the SHA-256 in {@code digests} (by evidence ID).
 */
public final class CurrentSnapshot {
    private CurrentSnapshot() {}

    public static PackSnapshot of(AuditResult result, VersionStamp stamp, Map<String, String> digests) {
        List<FrameworkSummary> frameworks = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            if (result.job().packageType().covers(framework)) {
                FrameworkSummary summary = FrameworkSummary.of(framework, result.requirements());
                frameworks.add(result.job().judgesOperation() ? summary : designOnly(summary));
            }
        }
        List<PackedControl> controls =
                result.controls().stream().map(CurrentSnapshot::control).toList();
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(Words.word(severity), 0);
        }
        Map<String, Integer> byCode = new TreeMap<>();
        for (Finding finding : result.findings()) {
            bySeverity.merge(Words.word(finding.severity()), 1, Integer::sum);
            byCode.merge(finding.code(), 1, Integer::sum);
        }
        return new PackSnapshot(
                result.job().name(),
                result.job().packageType(),
                stamp.version(),
                result.asOf(),
                result.job().period(),
                "",
                stamp.previousSha256(),
                frameworks,
                controls,
                result.gaps(),
                evidence(result, digests),
                new TreeMap<>(bySeverity),
                new TreeMap<>(byCode));
    }

    /**
     * A point-in-time package's metrics.json holds no operating counts (operation is not judged), so its snapshot
     * reads them back as 0: the current snapshot says the same.
     */
    private static FrameworkSummary designOnly(FrameworkSummary s) {
        return new FrameworkSummary(
                s.framework(),
                s.requirementsInScope(),
                s.covered(),
                s.partial(),
                s.missingControl(),
                s.notApplicable(),
                0,
                0,
                0,
                0);
    }

    private static PackedControl control(ControlResult c) {
        return new PackedControl(
                c.id(),
                c.control().title(),
                c.control().owner(),
                c.control().frequency(),
                c.status(),
                c.due(),
                c.covered(),
                c.pending(),
                c.missingSlices().stream().map(Slice::label).toList());
    }

    private static List<PackedEvidence> evidence(AuditResult result, Map<String, String> digests) {
        List<PackedEvidence> files = new ArrayList<>();
        for (EvidenceUse use : result.packedEvidence()) {
            String sha = digests.getOrDefault(use.item().id(), "");
            for (String control : use.packedUnder()) {
                files.add(new PackedEvidence(
                        use.item().id(), control, "data/" + EvidencePath.of(control, use.item()), sha));
            }
        }
        files.sort(Comparator.comparing(PackedEvidence::path));
        return files;
    }
}
