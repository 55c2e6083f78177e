package io.auditpack.guard;

import java.io.IOException;
import java.nio.file.Path;

/** A file a user named is not a plain file of bounded size; the message names it and says what it is. */
public final class NamedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String problem;

    public NamedFileException(Path path, String problem) {
        super(path + " " + problem);
        this.path = path;
        this.problem = problem;
    }

    public Path path() {
        return path;
    }

    /** What is wrong, without the path ({@code is a folder, not a file}). */
    public String problem() {
        return problem;
    }
}
