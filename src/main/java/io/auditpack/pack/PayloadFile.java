package io.auditpack.pack;

import io.auditpack.report.ReportWriter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a bag's payload: its path inside the bag ({@code data/...}) and where its bytes come from, either a
 * report writer (rendered from the pack context) or an evidence file copied byte for byte.
 */
record PayloadFile(String path, ReportWriter report, Path evidence) {
    PayloadFile {
        Objects.requireNonNull(path, "path must not be null");
        if ((report == null) == (evidence == null)) {
            throw new IllegalArgumentException(path + ": exactly one of report and evidence file");
        }
    }

    static PayloadFile report(ReportWriter report) {
        return new PayloadFile(report.path(), report, null);
    }

    static PayloadFile evidence(String path, Path file) {
        return new PayloadFile(path, null, file);
    }

    boolean isReport() {
        return report != null;
    }
}
