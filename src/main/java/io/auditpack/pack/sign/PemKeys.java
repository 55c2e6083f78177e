package io.auditpack.pack.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Ed25519 keys from PEM files as {@code openssl genpkey -algorithm ed25519} ({@code PRIVATE KEY}, PKCS#8) and
 * {@code openssl pkey -pubout} ({@code PUBLIC KEY}, X.509 SubjectPublicKeyInfo) write them, with the JDK alone.
 */
public final class PemKeys {
    private static final int MAX_BYTES = 64 * 1024;

    private PemKeys() {}

    static PrivateKey privateKey(Path pem) throws SigningKeyException {
        byte[] der = der(pem, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SigningKeyException(
                    pem + ": not an Ed25519 private key in PKCS#8 PEM (" + e.getMessage()
                            + "); make one with: openssl genpkey -algorithm ed25519 -out key.pem",
                    e);
        }
    }

    public static PublicKey publicKey(Path pem) throws SigningKeyException {
        byte[] der = der(pem, "PUBLIC KEY");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SigningKeyException(
                    pem + ": not an Ed25519 public key in PEM (" + e.getMessage()
                            + "); derive it with: openssl pkey -in key.pem -pubout -out pub.pem",
                    e);
        }
    }

    /**
     * The public key of an Ed25519 private key. The JDK derives it only while generating a key pair, so the private
     * key's 32-byte seed is handed to the generator as its "random" bytes (RFC 8032 section 5.1.5).
     */
    static PublicKey publicOf(PrivateKey key) throws SigningKeyException {
        if (!(key instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
            throw new SigningKeyException("not an Ed25519 private key");
        }
        byte[] seed = ed.getBytes().get();
        SecureRandom replay = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        };
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, replay);
            KeyPair pair = generator.generateKeyPair();
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("cannot derive the Ed25519 public key: " + e.getMessage(), e);
        }
    }

    private static byte[] der(Path pem, String label) throws SigningKeyException {
        String text;
        try {
            if (Files.size(pem) > MAX_BYTES) {
                throw new SigningKeyException(pem + ": larger than " + MAX_BYTES + " bytes, not a PEM key");
            }
            text = Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (SigningKeyException e) {
            throw e;
        } catch (IOException e) {
            throw new SigningKeyException(pem + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Matcher m = Pattern.compile("-----BEGIN " + label + "-----([A-Za-z0-9+/=\\s]+)-----END " + label + "-----")
                .matcher(text);
        if (!m.find()) {
            throw new SigningKeyException(pem + ": no \"-----BEGIN " + label + "-----\" block");
        }
        try {
            return Base64.getMimeDecoder().decode(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new SigningKeyException(pem + ": the " + label + " block is not Base64", e);
        }
    }
}
