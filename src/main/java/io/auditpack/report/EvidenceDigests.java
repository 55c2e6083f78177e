package io.auditpack.report;

import io.auditpack.guard.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (lower-case hex) of an evidence file, for reports that show it. While a pack is built the pack's
 * own digests are used, taken in the one pass that also packs the file ({@code pack/PreparedPayload}); elsewhere
 * {@link #READ} reads the file. Throws {@link UncheckedIOException} when the file cannot be read.
 */
@FunctionalInterface
public interface EvidenceDigests {
    /** Reads the file and hashes it. */
    EvidenceDigests READ = EvidenceDigests::read;

    String sha256(Path file);

    private static String read(Path file) {
        try (InputStream in = InputFile.open(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence file " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
