package io.auditpack.input;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Finding;
import io.auditpack.guard.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code file} of each evidence item: a relative path that stays inside the evidence folder (after
 * normalisation and symlink resolution), an existing regular file, and the declared SHA-256 if any. Refused,
 * missing and mismatching files are warnings; the file of a refused path is never opened.
 */
final class EvidenceFiles {
    private static final int MAX_NAME_BYTES = 255;
    private static final int MAX_PATH_BYTES = 4096;

    private EvidenceFiles() {}

    /** Evidence ID to absolute real path, for every item whose file passed all checks. */
    static Map<String, Path> verify(Path evidenceRoot, List<EvidenceItem> items, FindingLog log) throws IOException {
        Path realRoot = Files.isDirectory(evidenceRoot) ? evidenceRoot.toRealPath() : null;
        Map<String, Path> verified = new LinkedHashMap<>();
        for (EvidenceItem item : items) {
            if (item.hasFile()) {
                check(evidenceRoot, realRoot, item, log).ifPresent(path -> verified.put(item.id(), path));
            }
        }
        return verified;
    }

    private static Optional<Path> check(Path root, @Nullable Path realRoot, EvidenceItem item, FindingLog log) {
        try {
            return checkReadable(root, realRoot, item, log);
        } catch (IOException e) {
            log.add(Finding.warning(
                    "evidence.file_missing",
                    item.source(),
                    "file",
                    Shown.value(item.file()),
                    "the file of evidence " + item.id() + " cannot be read ("
                            + e.getClass().getSimpleName().replace("Exception", "") + " "
                            + Shown.value(String.valueOf(e.getMessage()))
                            + "); the item counts "
                            + "for nothing"));
            return Optional.empty();
        }
    }

    private static Optional<Path> checkReadable(Path root, @Nullable Path realRoot, EvidenceItem item, FindingLog log)
            throws IOException {
        String file = item.file();
        Optional<String> refusal = refusal(file);
        if (refusal.isEmpty()) {
            Path inside = root.resolve(file).normalize();
            if (!inside.startsWith(root) || inside.equals(root)) {
                refusal = Optional.of("it leaves the evidence folder");
            } else if (realRoot != null && Files.exists(inside)) {
                Path real = inside.toRealPath();
                if (!real.startsWith(realRoot)) {
                    refusal = Optional.of("it resolves (through a symbolic link) outside the evidence folder");
                }
            }
        }
        if (refusal.isPresent()) {
            log.add(Finding.warning(
                    "evidence.path_refused",
                    item.source(),
                    "file",
                    Shown.value(file),
                    "the file of "
                            + "evidence " + item.id() + " is refused: " + refusal.get() + "; accepted: a relative path "
                            + "inside " + shown(root)
                            + " using '/' (e.g. access/2026-q1-review.pdf); the item counts for "
                            + "nothing"));
            return Optional.empty();
        }
        Path real;
        try {
            real = realRoot == null ? null : root.resolve(file).normalize().toRealPath();
        } catch (NoSuchFileException e) {
            real = null;
        }
        if (real == null || !Files.isRegularFile(real)) {
            log.add(Finding.warning(
                    "evidence.file_missing",
                    item.source(),
                    "file",
                    Shown.value(file),
                    "the file of evidence " + item.id()
                            + (real == null
                                    ? " is not in " + shown(root)
                                    : " is not a regular file (a folder, a pipe or a device); it is never opened")
                            + "; the item counts for nothing"));
            return Optional.empty();
        }
        if (!item.sha256().isEmpty()) {
            String actual = sha256(real);
            if (!actual.equalsIgnoreCase(item.sha256())) {
                log.add(Finding.warning(
                        "evidence.hash_mismatch",
                        item.source(),
                        "sha256",
                        item.sha256(),
                        "the file " + file + " of evidence " + item.id() + " has SHA-256 " + actual
                                + ", not the declared one; the file changed since it was catalogued: it counts for "
                                + "nothing and is not packed"));
                return Optional.empty();
            }
        }
        return Optional.of(real);
    }

    /**
     * The evidence folder as messages name it: the input folder's name and {@code evidence/}, e.g.
     * {@code input/evidence/}, or {@code other-input/evidence/} with {@code --input /x/other-input} (no absolute path:
     * findings go into the pack, which must not depend on where the inputs lie).
     */
    static String shown(Path root) {
        Path input = root.getParent() == null ? null : root.getParent().getFileName();
        return (input == null ? "" : input + "/") + root.getFileName() + "/";
    }

    /** Why a path as written is refused before touching the disk, if it is. */
    static Optional<String> refusal(String file) {
        if (file.indexOf('\0') >= 0) {
            return Optional.of("it contains a NUL character");
        }
        if (file.indexOf('\\') >= 0) {
            return Optional.of("it contains a backslash (use '/' between folders)");
        }
        if (file.startsWith("/")) {
            return Optional.of("it is an absolute path");
        }
        if (file.matches("^[A-Za-z]:.*")) {
            return Optional.of("it starts with a drive letter");
        }
        if (file.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            return Optional.of("it is longer than " + MAX_PATH_BYTES + " bytes");
        }
        for (String name : file.split("/")) {
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return Optional.of("a name in it is longer than " + MAX_NAME_BYTES + " bytes");
            }
        }
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                return Optional.of("it is an absolute path");
            }
        } catch (InvalidPathException e) {
            return Optional.of("it is not a valid path (" + e.getReason() + ")");
        }
        return Optional.empty();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = InputFile.open(file)) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
