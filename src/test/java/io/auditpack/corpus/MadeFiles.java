package io.auditpack.corpus;

import io.auditpack.cli.AuditpackCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Files the corpus setup makes rather than stores: a real pack of the valid base ({@code pack DIR}: published once
 * per test run through the real command line, then copied with its {@code .sha256}) and PEM key pairs
 * ({@code key ALGORITHM | PRIVATE | PUBLIC}, e.g. {@code Ed25519} or {@code RSA}).
 */
final class MadeFiles {
    static final String PACK = "corpus-base-v0001.zip";
    private static Path published;

    private MadeFiles() {}

    /** Copies the base's published v0001 and its sidecar into {@code folder}. */
    static void pack(Path folder) throws IOException {
        Path zip = basePack();
        Files.createDirectories(folder);
        Files.copy(zip, folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                zip.resolveSibling(PACK + ".sha256"),
                folder.resolve(PACK + ".sha256"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static synchronized Path basePack() throws IOException {
        if (published == null) {
            Path tmp = Files.createTempDirectory("corpus-pack");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
            CorpusFolder base = CorpusFolder.base(tmp, java.util.List.of());
            StringWriter out = new StringWriter();
            int exit = AuditpackCli.execute(
                    new PrintWriter(out, true),
                    new PrintWriter(out, true),
                    "run",
                    base.job().toString(),
                    "--as-of",
                    "2026-05-15",
                    "--quiet");
            Path zip = base.output().resolve("corpus-base").resolve(PACK);
            if (exit != 0 || !Files.isRegularFile(zip)) {
                throw new IllegalStateException("the base did not publish (exit " + exit + "):\n" + out);
            }
            published = zip;
        }
        return published;
    }

    /** Writes a fresh key pair of the algorithm as PEM: PKCS#8 private key, X.509 public key. */
    static void key(String algorithm, Path privatePem, Path publicPem) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("RSA")) {
                generator.initialize(2048);
            }
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(privatePem.toAbsolutePath().getParent());
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
