package io.auditpack.pack.publish;

import java.io.IOException;

/** Another run published the version this run staged; nothing was replaced and this run's staging is removed. */
public final class VersionTakenException extends IOException {
    private final int version;

    public VersionTakenException(int version, String file) {
        super("version %04d was published meanwhile by another run (%s exists); nothing was replaced"
                .formatted(version, file));
        this.version = version;
    }

    public int version() {
        return version;
    }
}
