package io.auditpack.pack.publish;

import java.io.IOException;

/**
 * A version's ZIP was linked into place, its {@code .sha256} could not be, and withdrawing the ZIP failed too: the
 * ZIP (whole, flushed and verifiable) is visible without its sidecar until the next run of the job, which verifies
 * it and writes the sidecar. The message says so; it never claims that nothing was published.
 */
public final class PartialPublishException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The words of the message that say what is left visible (the printer then claims nothing else). */
    public static final String VISIBLE = "it stays visible without its .sha256";

    PartialPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
