package io.auditpack.pack;

import io.auditpack.pack.zip.PreparedEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Prepares the entries of a pack's evidence files somewhere else than the builder's own threads (on the workers of a
 * distributed run): each file read once, its SHA-256 checked against the one the audit took, its raw entry bytes
 * (stored or deflated by the same {@code EntryPreparer}) left in a spill file under {@code workFolder}. The builder
 * writes those bytes as they are, so the pack is the one it would have built itself.
 */
public interface EvidencePreparation {
    /**
     * The prepared entry of every file of {@code files} (distinct, in the pack's order), by file.
     *
     * @throws IOException when a file could not be prepared; the message says which and why
     */
    Map<Path, PreparedEntry> prepare(String job, List<EvidenceFile> files, Path workFolder) throws IOException;

    /**
     * One distinct evidence file of a pack: where it is read from, the first payload path it is packed at (whose
     * control orders the ranges), its size and the SHA-256 the audit took of it.
     */
    record EvidenceFile(Path file, String firstPath, long size, String sha256) {}
}
