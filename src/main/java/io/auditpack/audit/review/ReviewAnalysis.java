package io.auditpack.audit.review;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.verdict.EvidenceDue;
import io.auditpack.verdict.ManagementReview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Analyses the inputs of a management review ({@link ManagementReview} says what each part holds). */
public final class ReviewAnalysis {
    private ReviewAnalysis() {}

    /** The review of {@code result} (a management-review job's) given the published history around it. */
    public static ManagementReview of(AuditResult result, PackHistory history) {
        Optional<PackSnapshot> lastReview = history.previous();
        List<PackSnapshot> versions = history.others().stream()
                .filter(v -> !v.asOf().isAfter(result.asOf())
                        && !v.job().equals(result.job().name()))
                .toList();
        Map<String, List<PackSnapshot>> byJob = new LinkedHashMap<>();
        versions.forEach(
                v -> byJob.computeIfAbsent(v.job(), j -> new ArrayList<>()).add(v));
        int version = lastReview.map(p -> p.version() + 1).orElse(1);
        List<EvidenceDue> due = DueDates.of(result);
        return new ManagementReview(
                result.asOf(),
                lastReview,
                List.copyOf(byJob.keySet()),
                ReviewActions.actions(result, lastReview, byJob),
                CoverageTrend.of(versions, result, version),
                ReviewActions.nonconformities(result, lastReview),
                ReviewActions.findings(result, lastReview),
                due,
                OwnerScorecard.of(result, due),
                result.remediation().stream().limit(ManagementReview.TOP).toList());
    }
}
