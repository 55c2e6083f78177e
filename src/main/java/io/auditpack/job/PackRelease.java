package io.auditpack.job;

import io.auditpack.audit.Verdicts;
import io.auditpack.audit.diff.CurrentSnapshot;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackageType;
import io.auditpack.input.EvidenceHashes;
import io.auditpack.pack.PackProgress;
import io.auditpack.pack.publish.Candidate;
import io.auditpack.pack.publish.PublishOutcome;
import io.auditpack.pack.publish.PublishedHistory;
import io.auditpack.pack.publish.Publisher;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.AuditReport;
import io.auditpack.verdict.VersionStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How a result becomes a published version, the same in the Batch steps and outside them:
 * <ol>
 * <li>{@link #plan}: the SHA-256 of every evidence file the pack will hold is taken, and the verdict is computed once
 * for the version it will be rendered as: the latest published version when the result says exactly what that
 * version says (its snapshot: figures, statuses, gaps, evidence and their digests, finding counts; or when that
 * snapshot cannot be read), else the next;</li>
 * <li>{@link #assemble}: a verdict rendered as the latest version is compared with it byte for byte; equal means
 * unchanged, nothing to publish; otherwise (the same figures in other words: a title, a finding's message) its
 * version-dependent parts are computed for the next version; the next version is staged;</li>
 * <li>{@code Publisher.commit} publishes it.</li>
 * </ol>
 */
public final class PackRelease {
    private PackRelease() {}

    /** The verdict of a result and whether it is rendered as the latest published version. */
    public record Plan(AuditReport report, boolean asLatest) {}

    /** Plans the release of {@code result} after the versions in {@code published}. */
    public static Plan plan(AuditResult result, InputSet inputs, Catalog catalog, PublishedHistory published)
            throws IOException {
        Map<String, String> digests = EvidenceHashes.of(
                result.packedEvidence(),
                inputs.evidenceFiles(),
                Runtime.getRuntime().availableProcessors());
        PackSnapshot current = CurrentSnapshot.of(result, VersionStamp.first(), digests);
        Optional<VersionStamp> latest = published.latestStamp();
        boolean sameFigures = published
                .latestSnapshot()
                .map(snapshot -> snapshot.sameContent(current))
                .orElse(true);
        if (latest.isPresent() && sameFigures) {
            return new Plan(
                    Verdicts.of(result, inputs, catalog, digests, current, latest.get(), published.latestHistory()),
                    true);
        }
        return new Plan(
                Verdicts.of(result, inputs, catalog, digests, current, published.nextStamp(), published.nextHistory()),
                false);
    }

    /** Decides the content is unchanged, or stages the next version (the plan's, or one retargeted to it). */
    public static Candidate assemble(
            Publisher publisher,
            Plan plan,
            InputSet inputs,
            Catalog catalog,
            PublishedHistory published,
            PackProgress progress)
            throws IOException {
        AuditReport report = plan.report();
        if (plan.asLatest()) {
            PublishedVersion latest = published.latest().orElseThrow();
            if (publisher.sameAsLatest(new PackContext(report, inputs, catalog), latest)) {
                return publisher.unchanged(latest);
            }
            report = Verdicts.retarget(report, published.nextStamp(), published.nextHistory());
        }
        return publisher.stage(
                new PackContext(report, inputs, catalog), published.outputRoot(), published.latest(), progress);
    }

    /**
     * The whole release in one call, for callers outside the Batch job (tools and tests): reads what is published of
     * the job under {@code outputRoot}, plans, assembles and publishes.
     */
    public static PublishOutcome publish(
            Publisher publisher, AuditResult result, InputSet inputs, Catalog catalog, Path outputRoot)
            throws IOException {
        PublishedHistory published = PublishedHistory.read(
                outputRoot, result.job().name(), result.job().packageType() == PackageType.MANAGEMENT_REVIEW);
        Plan plan = plan(result, inputs, catalog, published);
        return publisher.commit(assemble(publisher, plan, inputs, catalog, published, PackProgress.NONE));
    }
}
