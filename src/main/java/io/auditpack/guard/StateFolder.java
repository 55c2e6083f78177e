package io.auditpack.guard;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The folder {@code <output>/.auditpack/} where auditpack keeps its own state: the job locks ({@code locks/}) and
 * the H2 run history. Nothing in it is ever followed as a link: the folder and {@code locks/} must be real folders
 * (created when missing), and every entry directly in them must be a real folder or a plain file with a single name.
 * A symbolic link, a second name of another file (hard link), a named pipe, a device or a socket there is refused
 * with an {@link UnsafePathException} before anything is opened, since writing through it would change a file
 * elsewhere.
 */
public final class StateFolder {
    static final String NAME = ".auditpack";
    static final String LOCKS = "locks";

    private StateFolder() {}

    /** The state folder of an output folder (whether or not it exists). */
    public static Path of(Path outputRoot) {
        return outputRoot.toAbsolutePath().normalize().resolve(NAME);
    }

    /** Checks the state folder and its {@code locks/} folder, creating them when missing; returns {@code locks/}. */
    public static Path prepareLocks(Path outputRoot) throws IOException {
        Path state = of(outputRoot);
        Files.createDirectories(state.getParent());
        folder(state);
        checkEntries(state);
        Path locks = state.resolve(LOCKS);
        folder(locks);
        checkEntries(locks);
        return locks;
    }

    /** Checks the state folder when it exists (the run history is about to be opened); creates nothing. */
    public static void check(Path outputRoot) throws IOException {
        Path state = of(outputRoot);
        Optional<BasicFileAttributes> attributes = attributes(state);
        if (attributes.isEmpty()) {
            return;
        }
        if (!attributes.get().isDirectory()) {
            throw new UnsafePathException(state, notAFolder(state, attributes.get()));
        }
        checkEntries(state);
    }

    /**
     * Checks one file that is about to be opened for writing: absent, or a plain file with a single name, reached
     * without following a link.
     */
    public static void checkFile(Path file) throws IOException {
        Optional<BasicFileAttributes> attributes = attributes(file);
        if (attributes.isPresent()) {
            String refusal = refusal(file, attributes.get());
            if (refusal != null) {
                throw new UnsafePathException(file, refusal);
            }
        }
    }

    private static void folder(Path folder) throws IOException {
        Optional<BasicFileAttributes> attributes = attributes(folder);
        if (attributes.isEmpty()) {
            try {
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException raced) {
                // made by another run meanwhile: checked below
            }
            attributes = attributes(folder);
        }
        if (attributes.isEmpty() || !attributes.get().isDirectory()) {
            throw new UnsafePathException(
                    folder, attributes.isEmpty() ? "vanished while it was made" : notAFolder(folder, attributes.get()));
        }
    }

    private static void checkEntries(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Optional<BasicFileAttributes> attributes = attributes(entry);
                if (attributes.isPresent() && !attributes.get().isDirectory()) {
                    String refusal = refusal(entry, attributes.get());
                    if (refusal != null) {
                        throw new UnsafePathException(entry, refusal);
                    }
                }
            }
        }
    }

    /** Why an existing path that should be a folder is not one. */
    private static String notAFolder(Path path, BasicFileAttributes attributes) throws IOException {
        String refused = refusal(path, attributes);
        return refused != null ? refused : "is a plain file, not a folder; remove it and run again";
    }

    /** Why an existing path may not be written through; null for a plain file with one name. */
    private static @Nullable String refusal(Path path, BasicFileAttributes attributes) throws IOException {
        String rule = "; auditpack never writes through links or special files in " + NAME
                + "/ (that could change a file elsewhere): remove it and run again";
        if (attributes.isSymbolicLink()) {
            return "is a symbolic link" + rule;
        }
        if (attributes.isDirectory()) {
            return "is a folder where a file belongs" + rule;
        }
        if (!attributes.isRegularFile()) {
            return "is " + FileKinds.describe(path) + ", not a plain file" + rule;
        }
        if (FileKinds.links(path) > 1) {
            return "is a file with more than one name (a hard link)" + rule;
        }
        return null;
    }

    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
