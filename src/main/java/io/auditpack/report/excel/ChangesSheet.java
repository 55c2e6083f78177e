package io.auditpack.report.excel;

import io.auditpack.domain.Gap;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.ControlChange;
import io.auditpack.verdict.EvidenceChange;
import io.auditpack.verdict.MetricDelta;
import io.auditpack.verdict.PackDiff;
import java.util.List;
import java.util.Optional;

/**
 * Sheet {@code Changes}: what changed since the previous version of this job (the same {@link PackDiff} as the
 * {@code diff} command, between {@code history.previous()} and this pack). One row per change: section
 * {@code evidence} (added, removed, changed), {@code control} (status), {@code gap} (opened, closed),
 * {@code metric} (changed figures only). A first version holds one row saying there is no previous version; a
 * version whose predecessor cannot be read says so; an unchanged content says so.
 */
final class ChangesSheet {
    static final String NAME = "Changes";
    static final List<String> HEADER =
            List.of("Section", "Change", "Item", "Framework", "Control", "Before", "After", "Detail");
    private static final List<Integer> WIDTHS = List.of(10, 10, 22, 11, 14, 18, 18, 70);

    private ChangesSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        Optional<PackDiff> changes = context.report().changes();
        if (changes.isEmpty()) {
            boolean first = context.stamp().version() == 1;
            sheet.row()
                    .text("none")
                    .text("none")
                    .text("")
                    .text("")
                    .text("")
                    .text("")
                    .text("")
                    .text(
                            first
                                    ? "no previous version: this is the first version of the job"
                                    : "the previous version v%04d could not be read; run verify on it"
                                            .formatted(context.stamp().version() - 1));
            sheet.finish();
            return;
        }
        PackDiff diff = changes.get();
        PackSnapshot previous = diff.before();
        String since = "since " + previous.label() + " (as of " + previous.asOf() + ")";
        if (diff.isEmpty()) {
            sheet.row()
                    .text("none")
                    .text("none")
                    .text("")
                    .text("")
                    .text("")
                    .text("")
                    .text("")
                    .text("no change in evidence, control status, gaps or metrics " + since);
        }
        diff.evidenceAdded().forEach(e -> evidence(sheet, "added", e, "", e.sha256(), since));
        diff.evidenceRemoved().forEach(e -> evidence(sheet, "removed", e, e.sha256(), "", since));
        for (EvidenceChange c : diff.evidenceChanged()) {
            String detail = c.before().path().equals(c.after().path())
                    ? c.after().path()
                    : c.before().path() + " -> " + c.after().path();
            evidence(sheet, "changed", c.after(), c.before().sha256(), c.after().sha256(), detail);
        }
        for (ControlChange c : diff.controls()) {
            sheet.row()
                    .text("control")
                    .text("status")
                    .text(c.id())
                    .text("")
                    .text(c.id())
                    .status(c.statusBefore())
                    .status(c.statusAfter())
                    .text(c.owner().isEmpty() ? "" : "owner " + c.owner());
        }
        diff.gapsOpened().forEach(g -> gap(sheet, "opened", g));
        diff.gapsClosed().forEach(g -> gap(sheet, "closed", g));
        for (MetricDelta m : diff.metrics()) {
            if (m.changed()) {
                boolean findings = m.group().equals(MetricDelta.FINDINGS);
                sheet.row()
                        .text("metric")
                        .text("changed")
                        .text(m.metric())
                        .text(findings ? "" : m.group())
                        .text("")
                        .number(m.before())
                        .number(m.after())
                        .text((findings ? "findings" : "headline count") + ", %+d".formatted(m.delta()));
            }
        }
        sheet.finish();
    }

    private static void evidence(
            TableSheet sheet, String change, PackedEvidence e, String before, String after, String detail) {
        sheet.row()
                .text("evidence")
                .text(change)
                .text(e.id())
                .text("")
                .text(e.control())
                .text(before)
                .text(after)
                .text(change.equals("changed") ? detail : e.path());
    }

    private static void gap(TableSheet sheet, String change, Gap g) {
        sheet.row()
                .text("gap")
                .text(change)
                .text(g.requirement())
                .text(g.framework().label())
                .text(g.control())
                .text("")
                .text("")
                .text(g.type().word() + (g.owner().isEmpty() ? "" : ", owner " + g.owner()));
    }
}
