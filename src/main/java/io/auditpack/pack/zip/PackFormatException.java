package io.auditpack.pack.zip;

import java.io.IOException;

/** A pack file that cannot be read as a bag: not a ZIP, truncated, too large, or with refused entry names. */
public final class PackFormatException extends IOException {
    public PackFormatException(String message) {
        super(message);
    }
}
