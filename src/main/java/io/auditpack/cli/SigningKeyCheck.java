package io.auditpack.cli;

import io.auditpack.pack.sign.PackSigner;
import io.auditpack.pack.sign.SigningKeyException;
import java.nio.file.Path;

/**
 * Checks the configured signing key before a run opens anything, so a wrong key is bad input (exit 2) rather than
 * a failure deep inside the batch context. The key is where the publisher will look: the system property
 * {@code auditpack.signing-key}, else the environment variable {@code AUDITPACK_SIGNING_KEY}.
 */
final class SigningKeyCheck {
    private SigningKeyCheck() {}

    static void check() throws SigningKeyException {
        String configured = configured();
        if (!configured.isEmpty()) {
            PackSigner.fromPem(Path.of(configured));
        }
    }

    /** The configured key file, empty when none is: packs are then published unsigned. */
    static String configured() {
        String configured = System.getProperty("auditpack.signing-key");
        if (configured == null) {
            configured = System.getenv("AUDITPACK_SIGNING_KEY");
        }
        return configured == null ? "" : configured.strip();
    }
}
