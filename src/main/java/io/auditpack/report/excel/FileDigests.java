package io.auditpack.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The SHA-256 of evidence files, each file read once however many rows show it. A file that cannot be read gives
 * an empty text: the pack build reads the same file right after and fails on it, naming it.
 */
final class FileDigests {
    private final Map<Path, String> known = new HashMap<>();

    String sha256(Path file) {
        return known.computeIfAbsent(file, FileDigests::digest);
    }

    private static String digest(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
