package io.auditpack.report.pdf;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.Slice;
import io.auditpack.report.PackContext;
import java.util.List;

/**
 * The exceptions: due slices without a record, named per control ({@code CM-01: no record for 2026-04}), and
 * missing or stale documentation.
 */
final class ExceptionsSection implements Section {
    /** Controls listed with their missed slices, and slices named per control; the rest are counted. */
    static final int CONTROLS_SHOWN = 50;

    static final int SLICES_SHOWN = 12;

    @Override
    public void add(Blocks blocks, PackContext context) {
        AuditResult result = context.result();
        blocks.newPage();
        blocks.section("Exceptions");
        blocks.subsection("Operating records");
        List<ControlResult> missed = result.controls().stream()
                .filter(c -> !c.missingSlices().isEmpty())
                .toList();
        if (!result.job().judgesOperation()) {
            blocks.paragraph("Operation is not judged for a point-in-time package: no slices are due.");
        } else if (missed.isEmpty()) {
            blocks.paragraph("Every due slice of every implemented control has a record.");
        } else {
            blocks.paragraph("%d controls miss records for %d due slices."
                    .formatted(
                            missed.size(),
                            missed.stream()
                                    .mapToInt(c -> c.missingSlices().size())
                                    .sum()));
        }
        Shortlist<ControlResult> listed = Shortlist.of(missed, CONTROLS_SHOWN);
        for (ControlResult control : listed.shown()) {
            blocks.bullet(missingSlices(control));
        }
        listed.tell(blocks, "controls missing records", "the workbook's Controls sheet");
        blocks.subsection("Documentation");
        List<ControlResult> undocumented = result.controls().stream()
                .filter(c -> c.documentation() == DocumentationStatus.MISSING
                        || c.documentation() == DocumentationStatus.STALE)
                .toList();
        if (undocumented.isEmpty()) {
            blocks.paragraph("Every control that needs documentation has a current document.");
        }
        Shortlist<ControlResult> documents = Shortlist.of(undocumented, CONTROLS_SHOWN);
        for (ControlResult control : documents.shown()) {
            blocks.bullet(documentation(control));
        }
        documents.tell(blocks, "controls without current documentation", "the workbook's Controls sheet");
    }

    /** {@code CM-01: no record for 2026-04, 2026-05} (the first 12 slices, then how many more). */
    static String missingSlices(ControlResult control) {
        return control.id() + ": no record for "
                + Shortlist.joined(
                        control.missingSlices().stream().map(Slice::label).toList(), SLICES_SHOWN);
    }

    static String documentation(ControlResult control) {
        return control.documentation() == DocumentationStatus.STALE
                ? control.id() + ": documentation stale (latest approved " + control.latestDocument() + ")"
                : control.id() + ": no documentation approved on or before the as-of date";
    }
}
