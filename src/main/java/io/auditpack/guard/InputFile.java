package io.auditpack.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens an input file that was checked when the inputs were read (an evidence file) for reading again while the
 * pack is built: one deleted, moved or replaced by a folder since then fails with an {@link InputChangedException}
 * naming it, instead of an error without a file name (reading a folder just says "Is a directory").
 */
public final class InputFile {
    private InputFile() {}

    public static InputStream open(Path file) throws IOException {
        check(file);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputChangedException(file, "does not exist any more (deleted or moved)");
        }
    }

    /** Its size, once it is checked to be still a plain file. */
    public static long size(Path file) throws IOException {
        check(file);
        return Files.size(file);
    }

    private static void check(Path file) throws InputChangedException {
        Optional<String> problem = NamedFile.problem(file);
        if (problem.isPresent()) {
            throw new InputChangedException(
                    file,
                    problem.get().equals("does not exist")
                            ? "does not exist any more (deleted or moved)"
                            : problem.get().replace("; it is never opened", "") + " any more");
        }
    }
}
