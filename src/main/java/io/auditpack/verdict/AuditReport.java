package io.auditpack.verdict;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.Slice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole verdict of one run, as the version {@code stamp} it is rendered as: the audit's {@code result}; the
 * SHA-256 of every evidence file the pack holds ({@code digests}, by evidence ID: the packer checks the bytes it
 * packs against them); the pack as {@code PackSnapshots} will read it back ({@code snapshot}, its own SHA-256 empty);
 * the {@code headlines} per framework and SOC 2 category; and what the package type's reports show beyond the
 * result:
 * <ul>
 * <li>{@code stage1}: the Stage 1 checklist and readiness verdict (iso27001-stage1);</li>
 * <li>{@code soa}: the Statement of Applicability rows (packages that cover ISO/IEC 27001);</li>
 * <li>{@code slices}: each control's slices of the period (period packages), by control ID;</li>
 * <li>{@code samples}: the auditor's samples and their seed (soc2-type2, iso27001-stage2; else {@link Samples#NONE});</li>
 * <li>{@code review}: the management-review analysis (management-review);</li>
 * <li>{@code changes}: the changes against the previous version (empty for a first version);</li>
 * <li>{@code testing}: the populations, their occurrences, management's responses and the test sheet.</li>
 * <li>{@code tracking}: the answers to the auditor's request list and the remediation plan's dates.</li>
 * </ul>
 * Computed once per run by the compute step ({@code audit.Verdicts}); writers render it and compute no audit rule.
 */
public record AuditReport(
        AuditResult result,
        VersionStamp stamp,
        Map<String, String> digests,
        PackSnapshot snapshot,
        List<Headline> headlines,
        Optional<Stage1Checklist> stage1,
        List<SoaRow> soa,
        Map<String, List<Slice>> slices,
        Samples samples,
        Optional<ManagementReview> review,
        Optional<PackDiff> changes,
        Testing testing,
        Tracking tracking) {

    public AuditReport {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(stamp, "stamp must not be null");
        digests = Map.copyOf(digests);
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        headlines = List.copyOf(headlines);
        Objects.requireNonNull(stage1, "stage1 must not be null");
        soa = List.copyOf(soa);
        slices = Map.copyOf(slices);
        Objects.requireNonNull(samples, "samples must not be null");
        Objects.requireNonNull(review, "review must not be null");
        Objects.requireNonNull(changes, "changes must not be null");
        Objects.requireNonNull(testing, "testing must not be null");
        tracking = tracking == null ? Tracking.NONE : tracking;
        if (snapshot.version() != stamp.version()) {
            throw new IllegalArgumentException(
                    "snapshot of v" + snapshot.version() + " in a report rendered as " + stamp.label());
        }
    }

    /** The SHA-256 of an evidence item's file, empty when the pack holds no file of it. */
    public String sha256(String evidenceId) {
        return digests.getOrDefault(evidenceId, "");
    }

    /** A control's slices of the period; empty for point-in-time packages and unknown controls. */
    public List<Slice> slices(String controlId) {
        return slices.getOrDefault(controlId, List.of());
    }
}
