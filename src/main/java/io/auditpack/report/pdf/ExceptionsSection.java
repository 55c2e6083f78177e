package io.auditpack.report.pdf;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.Slice;
import io.auditpack.report.PackContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exceptions: due slices without a record, named per control ({@code CM-01: no record for 2026-04}), and
 * missing or stale documentation.
 */
final class ExceptionsSection implements Section {
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
        for (ControlResult control : missed) {
            blocks.bullet(missingSlices(control));
        }
        blocks.subsection("Documentation");
        List<ControlResult> undocumented = result.controls().stream()
                .filter(c -> c.documentation() == DocumentationStatus.MISSING
                        || c.documentation() == DocumentationStatus.STALE)
                .toList();
        if (undocumented.isEmpty()) {
            blocks.paragraph("Every control that needs documentation has a current document.");
        }
        for (ControlResult control : undocumented) {
            blocks.bullet(documentation(control));
        }
    }

    /** {@code CM-01: no record for 2026-04, 2026-05}. */
    static String missingSlices(ControlResult control) {
        return control.id() + ": no record for "
                + control.missingSlices().stream().map(Slice::label).collect(Collectors.joining(", "));
    }

    static String documentation(ControlResult control) {
        return control.documentation() == DocumentationStatus.STALE
                ? control.id() + ": documentation stale (latest approved " + control.latestDocument() + ")"
                : control.id() + ": no documentation approved on or before the as-of date";
    }
}
