package io.auditpack.report;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pack being rendered, seen as a {@link PackSnapshot} (what {@code PackSnapshots.read} will give once it is
 * published), so reports can compare it with {@code history().previous()}. Its own SHA-256 is not known yet and is
 * empty. The evidence files' hashes are computed from the input files (each file read once).
 */
public final class CurrentSnapshot {
    private CurrentSnapshot() {}

    public static PackSnapshot of(PackContext context) {
        AuditResult result = context.result();
        List<FrameworkSummary> frameworks = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            if (result.job().packageType().covers(framework)) {
                frameworks.add(FrameworkSummary.of(framework, result.requirements()));
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
                context.stamp().version(),
                result.asOf(),
                result.job().period(),
                "",
                context.stamp().previousSha256(),
                frameworks,
                controls,
                result.gaps(),
                evidence(context),
                new TreeMap<>(bySeverity),
                new TreeMap<>(byCode));
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

    private static List<PackedEvidence> evidence(PackContext context) {
        Map<Path, String> digests = new HashMap<>();
        List<PackedEvidence> files = new ArrayList<>();
        for (EvidenceUse use : context.result().packedEvidence()) {
            Path file = context.inputs().evidenceFiles().get(use.item().id());
            for (String control : use.packedUnder()) {
                String sha = file == null ? "" : digests.computeIfAbsent(file, context.digests()::sha256);
                files.add(new PackedEvidence(
                        use.item().id(), control, "data/" + EvidencePath.of(control, use.item()), sha));
            }
        }
        files.sort(Comparator.comparing(PackedEvidence::path));
        return files;
    }
}
