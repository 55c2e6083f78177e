package io.auditpack.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A file a user names (a job file, a pack, its {@code .sha256}, a key): checked to be a plain file (links followed,
 * as a Kubernetes secret is one) of bounded size before it is opened, so a named pipe, a device such as
 * {@code /dev/zero}, a folder or a huge file is refused in words instead of hanging a reader or filling memory. The
 * reading itself stops one byte past the bound, for files whose size the system does not report.
 */
public final class NamedFile {
    private NamedFile() {}

    /** Why the path does not name a plain file, in words ({@code is a named pipe (FIFO), not a plain file}); empty when it does. */
    public static Optional<String> problem(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of("does not exist");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            return Optional.of("is a folder, not a file");
        }
        return Optional.of("is " + FileKinds.describe(path, new java.nio.file.LinkOption[0])
                + ", not a plain file; it is never opened");
    }

    /** Checks the path names a plain file of at most {@code maxBytes} bytes. */
    public static void check(Path path, long maxBytes) throws NamedFileException {
        Optional<String> problem = problem(path);
        if (problem.isPresent()) {
            throw new NamedFileException(path, problem.get());
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new NamedFileException(path, "cannot be read (" + e.getMessage() + ")");
        }
        if (size > maxBytes) {
            throw new NamedFileException(path, tooLarge(size, maxBytes));
        }
    }

    /** The whole file, checked first; never more than {@code maxBytes} bytes are kept. */
    public static byte[] read(Path path, int maxBytes) throws NamedFileException {
        check(path, maxBytes);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new NamedFileException(path, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new NamedFileException(path, tooLarge(-1, maxBytes));
        }
        return bytes;
    }

    private static String tooLarge(long size, long maxBytes) {
        return "is larger than " + words(maxBytes) + (size < 0 ? "" : " (" + size + " bytes)")
                + ", more than such a file ever holds; it is not read";
    }

    /** {@code 4 KiB}, {@code 1 MiB}, or bytes. */
    static String words(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
