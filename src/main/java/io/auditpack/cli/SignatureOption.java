package io.auditpack.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --require-signature}: refuse to publish unsigned packs. With it and no signing key configured
 * ({@code AUDITPACK_SIGNING_KEY} or {@code auditpack.signing-key}), the command stops before reading any job: exit 2,
 * nothing written. A configured key that cannot be read already stops every run (exit 2).
 */
final class SignatureOption {
    @Option(
            names = "--require-signature",
            description = "Refuse to publish unsigned packs: exit 2, nothing written, unless a signing key is "
                    + "configured (AUDITPACK_SIGNING_KEY or auditpack.signing-key).")
    boolean required;

    /** Whether the command may go on; prints why not on {@code err} when it may not. */
    boolean allows(PrintWriter err) {
        if (!required || !SigningKeyCheck.configured().isEmpty()) {
            return true;
        }
        err.println("auditpack: --require-signature: no signing key is configured; set AUDITPACK_SIGNING_KEY (or the "
                + "property auditpack.signing-key) to an Ed25519 private key in PKCS#8 PEM, or publish without "
                + "--require-signature");
        err.println("auditpack: nothing was written (exit 2)");
        return false;
    }
}
