package io.auditpack.report;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.PackHistory;
import java.util.Objects;

/**
 * What a report is rendered from: the audit's conclusions, the inputs as read, the version stamp, and the published
 * packs around this one ({@link PackHistory}: the previous version, and for a management review every other job's
 * versions), and where reports get the SHA-256 of an evidence file ({@link EvidenceDigests}).
 */
public record PackContext(
        AuditResult result, InputSet inputs, VersionStamp stamp, PackHistory history, EvidenceDigests digests) {
    public PackContext {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(inputs, "inputs must not be null");
        Objects.requireNonNull(stamp, "stamp must not be null");
        Objects.requireNonNull(history, "history must not be null");
        Objects.requireNonNull(digests, "digests must not be null");
    }

    /** A context whose reports hash evidence files by reading them. */
    public PackContext(AuditResult result, InputSet inputs, VersionStamp stamp, PackHistory history) {
        this(result, inputs, stamp, history, EvidenceDigests.READ);
    }

    /** The same context, its reports taking evidence digests from {@code source}. */
    public PackContext withDigests(EvidenceDigests source) {
        return new PackContext(result, inputs, stamp, history, source);
    }

    /** A context without history (a first version, or a caller that does not look). */
    public PackContext(AuditResult result, InputSet inputs, VersionStamp stamp) {
        this(result, inputs, stamp, PackHistory.none());
    }
}
