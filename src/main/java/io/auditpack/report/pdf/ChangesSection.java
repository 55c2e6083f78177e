package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.Gap;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.ControlChange;
import io.auditpack.verdict.MetricDelta;
import io.auditpack.verdict.PackDiff;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the previous version of this job: headline figures that moved, controls whose operating
 * status changed, gaps opened and closed, and evidence files added, removed or changed (counted; the workbook's
 * Changes sheet lists them).
 */
final class ChangesSection implements Section {
    static final int GAPS_SHOWN = 15;

    /** Controls whose status changed, listed. */
    static final int CONTROLS_SHOWN = 50;

    @Override
    public void add(Blocks blocks, PackContext context) {
        blocks.section("Changes since the previous version");
        Optional<PackDiff> changes = context.report().changes();
        if (changes.isEmpty()) {
            blocks.paragraph(
                    context.stamp().version() == 1
                            ? "This is the first version of the job: nothing to " + "compare with."
                            : "The previous version could not be read: no comparison.");
            return;
        }
        PackDiff diff = changes.get();
        PackSnapshot previous = diff.before();
        blocks.paragraph(("Compared with %s (as of %s): %d evidence files added, %d removed, %d changed; %d gaps "
                        + "opened, %d closed; %d controls changed status.")
                .formatted(
                        previous.label(),
                        previous.asOf(),
                        diff.evidenceAdded().size(),
                        diff.evidenceRemoved().size(),
                        diff.evidenceChanged().size(),
                        diff.gapsOpened().size(),
                        diff.gapsClosed().size(),
                        diff.controls().size()));
        List<MetricDelta> moved =
                diff.metrics().stream().filter(MetricDelta::changed).toList();
        if (!moved.isEmpty()) {
            PdfPTable table = blocks.table(List.of("Group", "Figure", "Before", "Now", "Change"), 1.5f, 3f, 1f, 1f, 1f);
            for (MetricDelta delta : moved) {
                blocks.cell(table, delta.group());
                blocks.cell(table, delta.metric());
                blocks.number(table, delta.before());
                blocks.number(table, delta.after());
                blocks.number(table, (delta.delta() > 0 ? "+" : "") + delta.delta());
            }
            blocks.add(table);
        }
        if (!diff.controls().isEmpty()) {
            PdfPTable table = blocks.table(List.of("Control", "Owner", "Before", "Now"), 1.2f, 2.5f, 1.5f, 1.5f);
            Shortlist<ControlChange> changed = Shortlist.of(diff.controls(), CONTROLS_SHOWN);
            for (ControlChange change : changed.shown()) {
                blocks.cell(table, change.id());
                blocks.cell(table, change.owner());
                blocks.status(table, change.statusBefore());
                blocks.status(table, change.statusAfter());
            }
            blocks.add(table);
            changed.tell(blocks, "controls whose status changed", "the workbook's Changes sheet");
        }
        gaps(blocks, "Gaps opened", diff.gapsOpened());
        gaps(blocks, "Gaps closed", diff.gapsClosed());
    }

    private static void gaps(Blocks blocks, String title, List<Gap> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        blocks.subsection(title + " (" + gaps.size() + ")");
        for (Gap gap : gaps.stream().limit(GAPS_SHOWN).toList()) {
            blocks.bullet(GapWords.describe(gap));
        }
        if (gaps.size() > GAPS_SHOWN) {
            blocks.paragraph("%d more in the workbook's Changes sheet.".formatted(gaps.size() - GAPS_SHOWN));
        }
    }
}
