package io.auditpack.pack.sign;

import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.zip.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Signs a pack's tag manifest with an Ed25519 private key (the JDK's {@link Signature} API). Ed25519 signatures are
 * deterministic, so a signed pack stays byte-for-byte reproducible. The signature, 64 raw bytes, is the tag file
 * {@value #SIGNATURE_FILE}; {@code bag-info.txt} names the key by {@value BagInfo#SIGNING_KEY}, the SHA-256 of the
 * public key's DER encoding (what {@code openssl pkey -pubin -in pub.pem -outform DER | sha256sum} prints).
 */
public final class PackSigner {
    public static final String SIGNATURE_FILE = "auditpack-tagmanifest.sig";

    private final PrivateKey key;
    private final String keySha256;

    private PackSigner(PrivateKey key, String keySha256) {
        this.key = key;
        this.keySha256 = keySha256;
    }

    /** A signer from a PKCS#8 PEM file holding an Ed25519 private key. */
    public static PackSigner fromPem(Path pem) throws SigningKeyException {
        PrivateKey key = PemKeys.privateKey(pem);
        PackSigner signer = new PackSigner(key, fingerprint(PemKeys.publicOf(key)));
        signer.sign("probe");
        return signer;
    }

    /** The SHA-256 of the public key's DER (X.509 SubjectPublicKeyInfo) encoding, in lower-case hex. */
    public String keySha256() {
        return keySha256;
    }

    public static String fingerprint(PublicKey key) {
        return Sha256.hex(key.getEncoded());
    }

    /** The 64-byte signature of the text's UTF-8 bytes. */
    public byte[] sign(String text) throws SigningKeyException {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("cannot sign with the configured Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code bytes} by {@code key}. */
    public static boolean verifies(PublicKey key, byte[] bytes, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(bytes);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
