package io.auditpack.pack;

import io.auditpack.pack.zip.Sha256;
import io.auditpack.report.ReportWriter;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One file of a bag's payload: its path inside the bag ({@code data/...}) and where its bytes come from, either a
 * report writer (rendered from the pack context) or an evidence file copied byte for byte, whose bytes must have the
 * SHA-256 the audit took of it ({@code sha256}, empty for a report).
 */
record PayloadFile(
        String path,
        @Nullable ReportWriter report,
        @Nullable Path evidence,
        String sha256) {
    PayloadFile {
        Objects.requireNonNull(path, "path must not be null");
        if ((report == null) == (evidence == null)) {
            throw new IllegalArgumentException(path + ": exactly one of report and evidence file");
        }
        if (evidence != null && !Sha256.HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException(path + ": an evidence file needs the SHA-256 the audit took of it");
        }
    }

    static PayloadFile report(ReportWriter report) {
        return new PayloadFile(report.path(), report, null, "");
    }

    static PayloadFile evidence(String path, Path file, String sha256) {
        return new PayloadFile(path, null, file, sha256);
    }

    boolean isReport() {
        return report != null;
    }
}
