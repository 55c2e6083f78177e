package io.auditpack.pack.sign;

import io.auditpack.guard.NamedFile;
import io.auditpack.guard.NamedFileException;
import java.nio.charset.StandardCharsets;
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
import java.util.Map;
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
                    pem + ": not an Ed25519 private key in PKCS#8 PEM (" + what(der)
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
                    pem + ": not an Ed25519 public key in PEM (" + what(der)
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

    /** The algorithms a PEM key may name, by the DER encoding of their object identifier. */
    private static final Map<String, byte[]> ALGORITHMS = Map.of(
            "an RSA key",
            new byte[] {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01},
            "an elliptic-curve (EC) key",
            new byte[] {0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01},
            "a DSA key",
            new byte[] {0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x38, 0x04, 0x01},
            "an Ed448 key",
            new byte[] {0x06, 0x03, 0x2B, 0x65, 0x71},
            "an X25519 key",
            new byte[] {0x06, 0x03, 0x2B, 0x65, 0x6E},
            "an X448 key",
            new byte[] {0x06, 0x03, 0x2B, 0x65, 0x6F});

    /** What a key that is not Ed25519 is, in words (never an exception's name or message). */
    static String what(byte[] der) {
        for (Map.Entry<String, byte[]> algorithm : ALGORITHMS.entrySet()) {
            if (contains(der, algorithm.getValue())) {
                return "it holds " + algorithm.getKey() + "; auditpack signs with Ed25519 keys only";
            }
        }
        return "its contents are not a key auditpack can read";
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] der(Path pem, String label) throws SigningKeyException {
        String text;
        try {
            text = new String(NamedFile.read(pem, MAX_BYTES), StandardCharsets.US_ASCII);
        } catch (NamedFileException e) {
            throw new SigningKeyException(pem + ": " + e.problem(), e);
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
