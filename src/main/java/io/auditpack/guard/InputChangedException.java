package io.auditpack.guard;

import java.io.IOException;
import java.nio.file.Path;

/** An input file changed while the run read it (deleted, moved, replaced by a folder); the message names it. */
public final class InputChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputChangedException(Path file, String what) {
        super("the input file " + file + " " + what + ": it changed while the run read it; run again once the "
                + "inputs stay as they are");
    }
}
