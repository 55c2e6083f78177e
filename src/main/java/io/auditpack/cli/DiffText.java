package io.auditpack.cli;

import io.auditpack.domain.Gap;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackedControl;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.verdict.ControlChange;
import io.auditpack.verdict.EvidenceChange;
import io.auditpack.verdict.MetricDelta;
import io.auditpack.verdict.PackDiff;
import java.util.List;

/**
 * A {@link PackDiff} for a terminal: one header line per version, then a section per kind of change ({@code +}
 * added or opened, {@code -} removed or closed, {@code ~} changed), then the changed metrics; unchanged metrics are
 * left out. SHA-256 values are shortened to 16 hex digits.
 */
final class DiffText {
    private DiffText() {}

    static String of(PackDiff diff) {
        return of(diff, PackSignature.UNSIGNED, PackSignature.UNSIGNED);
    }

    /** The diff with a line on the two versions' signatures (a signed version followed by an unsigned one shows). */
    static String of(PackDiff diff, PackSignature signedBefore, PackSignature signedAfter) {
        StringBuilder text = new StringBuilder();
        text.append("from ").append(describe(diff.before())).append('\n');
        text.append("to   ").append(describe(diff.after())).append('\n');
        if (!diff.before().job().equals(diff.after().job())) {
            text.append("note: the two packs belong to different jobs\n");
        }
        text.append(PackSignature.line(signedBefore, signedAfter));
        if (diff.isEmpty()) {
            return text.append("no differences in evidence, control status, gaps or metrics\n")
                    .toString();
        }
        text.append("evidence: %d added, %d removed, %d changed%n"
                .formatted(
                        diff.evidenceAdded().size(),
                        diff.evidenceRemoved().size(),
                        diff.evidenceChanged().size()));
        diff.evidenceAdded()
                .forEach(e -> text.append("  + ").append(evidence(e)).append('\n'));
        diff.evidenceRemoved()
                .forEach(e -> text.append("  - ").append(evidence(e)).append('\n'));
        diff.evidenceChanged()
                .forEach(c -> text.append("  ~ ").append(change(c)).append('\n'));
        text.append(
                "controls: %d with another status%n".formatted(diff.controls().size()));
        diff.controls().forEach(c -> text.append("  ~ ").append(control(c)).append('\n'));
        text.append("gaps: %d opened, %d closed%n"
                .formatted(diff.gapsOpened().size(), diff.gapsClosed().size()));
        diff.gapsOpened().forEach(g -> text.append("  + ").append(gap(g)).append('\n'));
        diff.gapsClosed().forEach(g -> text.append("  - ").append(gap(g)).append('\n'));
        List<MetricDelta> changed =
                diff.metrics().stream().filter(MetricDelta::changed).toList();
        text.append("metrics: %d changed%n".formatted(changed.size()));
        changed.forEach(m -> text.append(
                "  %s %s: %d -> %d (%+d)%n".formatted(m.group(), m.metric(), m.before(), m.after(), m.delta())));
        return text.toString();
    }

    private static String describe(PackSnapshot pack) {
        return "%s %s (%s, as of %s, sha256 %s)"
                .formatted(pack.job(), pack.label(), pack.packageType().word(), pack.asOf(), shortSha(pack.sha256()));
    }

    private static String evidence(PackedEvidence e) {
        return "%s under %s  %s  sha256 %s".formatted(e.id(), e.control(), e.path(), shortSha(e.sha256()));
    }

    private static String change(EvidenceChange c) {
        String path = c.before().path().equals(c.after().path())
                ? c.after().path()
                : c.before().path() + " -> " + c.after().path();
        return "%s under %s  %s  sha256 %s -> %s"
                .formatted(
                        c.id(),
                        c.control(),
                        path,
                        shortSha(c.before().sha256()),
                        shortSha(c.after().sha256()));
    }

    private static String control(ControlChange c) {
        return "%s  %s -> %s%s"
                .formatted(
                        c.id(),
                        c.statusBefore(),
                        c.statusAfter(),
                        c.after().map(DiffText::slices).orElse(""));
    }

    private static String slices(PackedControl control) {
        return control.due() == 0 ? "" : "  (covered %d of %d due slices)".formatted(control.covered(), control.due());
    }

    private static String gap(Gap g) {
        return "%s %s %s%s%s"
                .formatted(
                        g.type().word(),
                        g.framework().label(),
                        g.requirement(),
                        g.control().isEmpty() ? "" : " " + g.control(),
                        g.owner().isEmpty() ? "" : " (owner " + g.owner() + ")");
    }

    static String shortSha(String sha) {
        return sha.length() > 16 ? sha.substring(0, 16) : sha;
    }
}
