package io.auditpack.report;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.verdict.AuditReport;
import io.auditpack.verdict.VersionStamp;
import java.util.Objects;

/**
 * What a report is rendered from: the run's verdict ({@link AuditReport}, computed once before any report is
 * written), the inputs as read (their rows and extra columns, shown as given) and the catalog of requirements (titles
 * and groups to show). A report computes no audit rule of its own.
 */
public record PackContext(AuditReport report, InputSet inputs, Catalog catalog, String signingKeySha256) {
    public PackContext {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(inputs, "inputs must not be null");
        Objects.requireNonNull(catalog, "catalog must not be null");
        signingKeySha256 = Objects.requireNonNullElse(signingKeySha256, "");
    }

    /** An unsigned pack's context. */
    public PackContext(AuditReport report, InputSet inputs, Catalog catalog) {
        this(report, inputs, catalog, "");
    }

    /**
     * The same context for a pack signed by the key with this SHA-256 (of its public key's DER encoding; empty:
     * unsigned), as the cover page shows it.
     */
    public PackContext signedBy(String keySha256) {
        return new PackContext(report, inputs, catalog, keySha256);
    }

    /** The audit's result. */
    public AuditResult result() {
        return report.result();
    }

    /** The version the pack is rendered as. */
    public VersionStamp stamp() {
        return report.stamp();
    }
}
