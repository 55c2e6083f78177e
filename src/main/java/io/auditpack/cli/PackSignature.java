package io.auditpack.cli;

import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.snapshot.PackFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether a pack is signed, as {@code history} and {@code diff} show it: the key named by {@code bag-info.txt}'s
 * {@value BagInfo#SIGNING_KEY} (empty: unsigned). Read, not verified: {@code verify --public-key} checks it.
 */
record PackSignature(String keySha256) {
    static final PackSignature UNSIGNED = new PackSignature("");

    static PackSignature read(Path zip) throws IOException {
        return new PackSignature(PackFiles.text(zip, "bag-info.txt")
                .map(BagInfo::parse)
                .flatMap(info -> info.get(BagInfo.SIGNING_KEY))
                .orElse(""));
    }

    boolean signed() {
        return !keySha256.isEmpty();
    }

    /** {@code signed by key 1a2b3c4d5e6f7a8b} (the key's SHA-256, shortened) or {@code unsigned}. */
    String describe() {
        return signed() ? "signed by key " + keySha256.substring(0, Math.min(16, keySha256.length())) : "unsigned";
    }

    /** The line {@code diff} prints: {@code signature: ...}, marked {@code ~} and {@code (changed)} when it did. */
    static String line(PackSignature before, PackSignature after) {
        if (before.equals(after)) {
            return "signature: " + after.describe() + " (unchanged)\n";
        }
        String warning = before.signed() && !after.signed() ? "; the newer version is NOT signed" : "";
        return "signature: ~ " + before.describe() + " -> " + after.describe() + " (changed" + warning + ")\n";
    }
}
