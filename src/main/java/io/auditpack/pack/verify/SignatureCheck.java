package io.auditpack.pack.verify;

import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.bag.BagTags;
import io.auditpack.pack.sign.PackSigner;
import io.auditpack.pack.zip.PackArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * Checks a pack's signature: {@code bag-info.txt}'s {@value BagInfo#SIGNING_KEY} and the tag file
 * {@value PackSigner#SIGNATURE_FILE} go together (one without the other is a problem: a signature removed or
 * added); with a public key, the key must be the one bag-info names and the signature must verify over the exact
 * bytes of {@code tagmanifest-sha256.txt}. A public key given for an unsigned pack is a problem.
 */
final class SignatureCheck {
    private static final int SIGNATURE_BYTES = 64;

    private SignatureCheck() {}

    static void check(
            PackArchive archive,
            Optional<BagInfo> info,
            Optional<PublicKey> key,
            List<String> checked,
            List<String> problems)
            throws IOException {
        String sig = PackSigner.SIGNATURE_FILE;
        Optional<String> declared = info.flatMap(i -> i.get(BagInfo.SIGNING_KEY));
        Optional<byte[]> signature = archive.bytes(sig, 4096);
        if (declared.isEmpty() && signature.isEmpty()) {
            if (key.isPresent()) {
                problems.add("signature: the pack is not signed, but a public key was given to check it");
            } else {
                checked.add("signature: the pack is not signed");
            }
            return;
        }
        if (declared.isEmpty()) {
            problems.add(sig + ": present, but bag-info.txt names no " + BagInfo.SIGNING_KEY + " (added?)");
            return;
        }
        if (signature.isEmpty()) {
            problems.add(sig + ": missing, but bag-info.txt says the pack is signed by key " + declared.get()
                    + " (signature removed?)");
            return;
        }
        if (signature.get().length != SIGNATURE_BYTES) {
            problems.add(sig + ": " + signature.get().length + " bytes, an Ed25519 signature has 64");
            return;
        }
        if (key.isEmpty()) {
            checked.add("signature: signed by Ed25519 key " + declared.get() + "; not checked (give --public-key)");
            return;
        }
        String given = PackSigner.fingerprint(key.get());
        if (!given.equals(declared.get())) {
            problems.add(
                    "signature: bag-info.txt names key " + declared.get() + " but the public key given is " + given);
            return;
        }
        Optional<String> manifest = archive.text(BagTags.TAGMANIFEST);
        if (manifest.isPresent()
                && PackSigner.verifies(key.get(), manifest.get().getBytes(StandardCharsets.UTF_8), signature.get())) {
            checked.add("signature: " + sig + " is a valid Ed25519 signature of " + BagTags.TAGMANIFEST + " by key "
                    + given);
        } else {
            problems.add("signature: " + sig + " does not verify over " + BagTags.TAGMANIFEST + " with key " + given);
        }
    }
}
