package io.auditpack.verdict;

import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.RemediationItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of an ISO/IEC 27001 clause 9.3 management review, built from the published packs of every other job
 * ({@link PackHistory#others()}, versions as of this review's date or earlier) and this review's own result and
 * previous version ({@code lastReview}, empty for the first review):
 * <ul>
 * <li>{@code actions}: per job, the gaps opened, closed and still open since the last review;</li>
 * <li>{@code coverage}: every job's coverage per framework and version, then this review's;</li>
 * <li>{@code nonconformities}: the current gaps graded major or minor, and {@code findings} per code, now and at
 * the last review;</li>
 * <li>{@code due}: when each control's next record falls due, by window (overdue, 30, 60, 90 days, later);</li>
 * <li>{@code scorecard}: one line per owner;</li>
 * <li>{@code opportunities}: the first {@value #TOP} items of the remediation plan (its priority order).</li>
 * </ul>
 */
public record ManagementReview(
        LocalDate asOf,
        Optional<PackSnapshot> lastReview,
        List<String> jobs,
        List<GapActions> actions,
        List<CoveragePoint> coverage,
        List<Nonconformity> nonconformities,
        List<FindingTrend> findings,
        List<EvidenceDue> due,
        List<OwnerScore> scorecard,
        List<RemediationItem> opportunities) {
    public static final int TOP = 10;

    public ManagementReview {
        jobs = List.copyOf(jobs);
        actions = List.copyOf(actions);
        coverage = List.copyOf(coverage);
        nonconformities = List.copyOf(nonconformities);
        findings = List.copyOf(findings);
        due = List.copyOf(due);
        scorecard = List.copyOf(scorecard);
        opportunities = List.copyOf(opportunities);
    }
}
