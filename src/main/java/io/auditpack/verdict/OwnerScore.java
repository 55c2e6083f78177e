package io.auditpack.verdict;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One owner's scorecard (owner empty: controls without an owner): their controls, how many are effective,
 * inconsistent or without records, how many are not yet due or not implemented, their stale or missing documents,
 * open gaps and remediation items, evidence overdue and due within 30, 60 and 90 days (cumulative), and
 * {@code effectivePercent}: effective controls over controls with at least one due slice (null when none is due).
 */
public record OwnerScore(
        String owner,
        int controls,
        int effective,
        int inconsistent,
        int noRecords,
        int notYetDue,
        int notImplemented,
        int documentsToRenew,
        int openGaps,
        int remediationItems,
        int overdue,
        int due30,
        int due60,
        int due90,
        @Nullable BigDecimal effectivePercent) {
    public OwnerScore {
        Objects.requireNonNull(owner, "owner must not be null");
    }
}
