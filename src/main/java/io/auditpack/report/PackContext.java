package io.auditpack.report;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;

import java.util.Objects;

/** What a report is rendered from: the audit's conclusions, the inputs as read, and the version stamp. */
public record PackContext(AuditResult result, InputSet inputs, VersionStamp stamp) {
    public PackContext {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(inputs, "inputs must not be null");
        Objects.requireNonNull(stamp, "stamp must not be null");
    }
}
