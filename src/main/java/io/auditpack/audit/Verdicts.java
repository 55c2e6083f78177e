package io.auditpack.audit;

import io.auditpack.audit.diff.CurrentSnapshot;
import io.auditpack.audit.diff.VersionDiff;
import io.auditpack.audit.review.ReviewAnalysis;
import io.auditpack.audit.stage.PopulationTests;
import io.auditpack.audit.stage.SeededDraw;
import io.auditpack.audit.stage.Stage1Check;
import io.auditpack.audit.stage.Stage2Sampler;
import io.auditpack.audit.stage.StatementOfApplicability;
import io.auditpack.audit.stage.TestSheet;
import io.auditpack.audit.tracking.RemediationSchedule;
import io.auditpack.audit.tracking.RequestFulfilment;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.Framework;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import io.auditpack.verdict.AuditReport;
import io.auditpack.verdict.Headline;
import io.auditpack.verdict.ManagementReview;
import io.auditpack.verdict.PackDiff;
import io.auditpack.verdict.Samples;
import io.auditpack.verdict.SoaRow;
import io.auditpack.verdict.Stage1Checklist;
import io.auditpack.verdict.Testing;
import io.auditpack.verdict.Tracking;
import io.auditpack.verdict.VersionStamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes a result into the {@link AuditReport} its pack renders: each part the package type needs, each computed
 * once. The parts that depend on the version the pack is rendered as (the snapshot, the samples, whose seed names the
 * version, the management review and the changes, which look at the version before) are computed for {@code stamp}
 * and {@code history}; {@link #retarget} recomputes only those for another version.
 */
public final class Verdicts {
    private Verdicts() {}

    /**
     * The report of {@code result} rendered as {@code stamp}, after the versions in {@code history}; {@code digests}
     * holds the SHA-256 of every packed evidence file, by evidence ID.
     */
    public static AuditReport of(
            AuditResult result,
            InputSet inputs,
            Catalog catalog,
            Map<String, String> digests,
            VersionStamp stamp,
            PackHistory history) {
        return of(result, inputs, catalog, digests, CurrentSnapshot.of(result, stamp, digests), stamp, history);
    }

    /**
     * As above, with the result's snapshot already taken ({@link CurrentSnapshot}, as any version: it is given the
     * identity of {@code stamp}).
     */
    public static AuditReport of(
            AuditResult result,
            InputSet inputs,
            Catalog catalog,
            Map<String, String> digests,
            PackSnapshot current,
            VersionStamp stamp,
            PackHistory history) {
        PackageType type = result.job().packageType();
        List<SoaRow> soa =
                type.covers(Framework.ISO27001) ? StatementOfApplicability.rows(result, inputs, catalog) : List.of();
        Optional<Stage1Checklist> stage1 = type == PackageType.ISO27001_STAGE1
                ? Optional.of(Stage1Check.check(result, inputs, catalog, soa))
                : Optional.empty();
        PackSnapshot snapshot = current.as(stamp.version(), "", stamp.previousSha256());
        Map<String, List<MatchedOccurrence>> occurrences = PopulationTests.occurrences(result, inputs.populations());
        Testing testing = new Testing(
                PopulationTests.checks(inputs.populations(), occurrences), occurrences, inputs.responses(), List.of());
        Tracking tracking =
                new Tracking(RequestFulfilment.answer(result, inputs, catalog), RemediationSchedule.of(result, inputs));
        return versioned(
                result,
                stamp,
                digests,
                snapshot,
                Headlines.of(result, catalog),
                stage1,
                soa,
                slices(result),
                history,
                testing,
                tracking);
    }

    /**
     * The same report rendered as another version: the version-independent parts are kept, the snapshot's identity
     * changes, and the samples, the management review and the changes are computed for {@code stamp} after
     * {@code history}.
     */
    public static AuditReport retarget(AuditReport report, VersionStamp stamp, PackHistory history) {
        PackSnapshot snapshot = report.snapshot().as(stamp.version(), "", stamp.previousSha256());
        return versioned(
                report.result(),
                stamp,
                report.digests(),
                snapshot,
                report.headlines(),
                report.stage1(),
                report.soa(),
                report.slices(),
                history,
                report.testing(),
                report.tracking());
    }

    private static AuditReport versioned(
            AuditResult result,
            VersionStamp stamp,
            Map<String, String> digests,
            PackSnapshot snapshot,
            List<Headline> headlines,
            Optional<Stage1Checklist> stage1,
            List<SoaRow> soa,
            Map<String, List<Slice>> slices,
            PackHistory history,
            Testing testing,
            Tracking tracking) {
        PackageType type = result.job().packageType();
        Samples samples = samples(type)
                ? new Samples(
                        SeededDraw.seed(result.job().name(), stamp.version()),
                        Stage2Sampler.sample(result, stamp.version(), testing.occurrences()))
                : Samples.NONE;
        Testing tested = samples.drawn()
                ? testing.withItems(
                        TestSheet.items(result, samples.controls(), testing.occurrences(), testing.responses()))
                : testing;
        Optional<ManagementReview> review = type == PackageType.MANAGEMENT_REVIEW
                ? Optional.of(ReviewAnalysis.of(result, history))
                : Optional.empty();
        Optional<PackDiff> changes = history.previous().map(previous -> VersionDiff.between(previous, snapshot));
        return new AuditReport(
                result, stamp, digests, snapshot, headlines, stage1, soa, slices, samples, review, changes, tested,
                tracking);
    }

    /** Whether a package type's auditor tests samples: the period packages audited by sampling. */
    public static boolean samples(PackageType type) {
        return type == PackageType.SOC2_TYPE2 || type == PackageType.ISO27001_STAGE2;
    }

    /** Each control's slices of the period, for period packages (first control of an ID wins). */
    private static Map<String, List<Slice>> slices(AuditResult result) {
        Period period = result.job().period();
        Map<String, List<Slice>> slices = new LinkedHashMap<>();
        if (period == null) {
            return slices;
        }
        for (var controlResult : result.controls()) {
            Control control = controlResult.control();
            slices.computeIfAbsent(control.id(), id -> Slicer.slices(control.frequency(), period));
        }
        return slices;
    }
}
