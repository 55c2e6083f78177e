package io.auditpack.report;

import io.auditpack.audit.Verdicts;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.PackHistory;
import io.auditpack.verdict.VersionStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Render contexts for tests that hand-build a result: the verdict computed by {@link Verdicts} (as the compute step
 * does) with the built-in catalog, the digests taken of the evidence files that exist (hand-built inputs may name
 * files that are not there: those have no digest, as a file refused at reading has none).
 */
public final class TestContexts {
    private TestContexts() {}

    public static PackContext of(AuditResult result, InputSet inputs, VersionStamp stamp) {
        return of(result, inputs, stamp, PackHistory.none());
    }

    public static PackContext of(AuditResult result, InputSet inputs, VersionStamp stamp, PackHistory history) {
        return new PackContext(
                Verdicts.of(result, inputs, Catalog.builtIn(), digests(result, inputs), stamp, history),
                inputs,
                Catalog.builtIn());
    }

    /** The SHA-256 of each packed evidence item's file that exists, by evidence ID. */
    public static Map<String, String> digests(AuditResult result, InputSet inputs) {
        Map<String, String> digests = new HashMap<>();
        for (EvidenceUse use : result.packedEvidence()) {
            Path file = inputs.evidenceFiles().get(use.item().id());
            if (file != null && Files.isRegularFile(file)) {
                digests.put(use.item().id(), sha256(file));
            }
        }
        return digests;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
