package io.auditpack.report.excel;

import io.auditpack.report.EvidenceDigests;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The SHA-256 of evidence files, each asked for once however many rows show it, from the context's
 * {@link EvidenceDigests} (while a pack is built, the digest the pack itself takes). A file that cannot be read gives
 * an empty text: the pack build fails on it too, naming it.
 */
final class FileDigests {
    private final EvidenceDigests source;
    private final Map<Path, String> known = new HashMap<>();

    FileDigests(EvidenceDigests source) {
        this.source = source;
    }

    String sha256(Path file) {
        return known.computeIfAbsent(file, this::digest);
    }

    private String digest(Path file) {
        try {
            return source.sha256(file);
        } catch (UncheckedIOException e) {
            return "";
        }
    }
}
