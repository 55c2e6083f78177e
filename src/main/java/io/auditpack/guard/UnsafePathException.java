package io.auditpack.guard;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A path auditpack is about to write through is not what it must be: a symbolic link, a file with a second name
 * (hard link), a named pipe, a device or a socket where a plain file or folder belongs. The run refuses before
 * writing anything, since writing through it could change a file elsewhere.
 */
public final class UnsafePathException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public UnsafePathException(Path path, String what) {
        super(path + " " + what);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
