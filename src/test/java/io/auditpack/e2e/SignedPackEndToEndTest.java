package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack signed with an Ed25519 key given by configuration (here the system property {@code auditpack.signing-key},
 * which stands for the environment variable {@code AUDITPACK_SIGNING_KEY}), checked by {@code verify --public-key},
 * by the BagIt library, and, where the tools are installed, by the README's recipe with sha256sum, unzip and openssl.
 */
class SignedPackEndToEndTest {
    private static final String JOB = "small-soc2-type2";
    private static final String PROPERTY = "auditpack.signing-key";

    @TempDir
    Path folder;

    private Scenario scenario;
    private KeyPair keys;
    private Path privatePem;
    private Path publicPem;

    @BeforeEach
    void makeAKeyPair() throws Exception {
        scenario = Scenario.copy("small-soc2", folder.resolve("project"));
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        privatePem = Files.writeString(
                folder.resolve("key.pem"), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        publicPem = Files.writeString(
                folder.resolve("pub.pem"), pem("PUBLIC KEY", keys.getPublic().getEncoded()));
    }

    @AfterEach
    void forgetTheKey() {
        System.clearProperty(PROPERTY);
    }

    private Path runSigned(Path output) {
        System.setProperty(PROPERTY, privatePem.toString());
        try {
            Cli run = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15", "--output", output.toString());
            assertThat(run.exit()).as(run.toString()).isZero();
        } finally {
            System.clearProperty(PROPERTY);
        }
        return output.resolve(JOB).resolve(JOB + "-v0001.zip");
    }

    @Test
    void aSignedPackNamesItsKeyVerifiesWithThePublicKeyAndIsAValidBag() throws Exception {
        Path zip = runSigned(folder.resolve("out"));
        PackFile pack = PackFile.read(zip);

        String fingerprint = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(keys.getPublic().getEncoded()));
        assertThat(pack.text("bag-info.txt")).contains("Auditpack-Signing-Key-SHA256: " + fingerprint + "\n");
        assertThat(pack.bytes("auditpack-tagmanifest.sig")).hasSize(64);
        Cli plain = Cli.run("verify", zip.toString());
        assertThat(plain.exit()).as(plain.toString()).isZero();
        assertThat(plain.out()).contains("signed by Ed25519 key " + fingerprint + "; not checked");
        Cli checked = Cli.run("verify", zip.toString(), "--public-key", publicPem.toString());
        assertThat(checked.exit()).as(checked.toString()).isZero();
        assertThat(checked.out()).contains("is a valid Ed25519 signature of tagmanifest-sha256.txt");
        Bag bag = new BagReader().read(pack.extractTo(folder.resolve("bag")));
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
    }

    @Test
    void signingKeepsThePackReproducible() throws IOException {
        Path first = runSigned(folder.resolve("out-1"));
        Path second = runSigned(folder.resolve("out-2"));

        assertThat(PackFile.sha256(second)).isEqualTo(PackFile.sha256(first));
    }

    @Test
    void anotherKeyARemovedSignatureOrAnUnsignedPackFailVerificationWithExitThree() throws Exception {
        Path zip = runSigned(folder.resolve("out"));
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path otherPem = Files.writeString(
                folder.resolve("other.pem"), pem("PUBLIC KEY", other.getPublic().getEncoded()));
        Path stripped = rewrite(zip, folder.resolve("stripped/" + JOB + "-v0001.zip"), "auditpack-tagmanifest.sig");
        PackFile pack = PackFile.read(zip);
        byte[] signature = pack.bytes("auditpack-tagmanifest.sig").clone();
        signature[10] ^= 0x01;
        Path flipped = rewrite(zip, folder.resolve("flipped/" + JOB + "-v0001.zip"), "auditpack-tagmanifest.sig");
        flipped = addEntry(flipped, pack.top() + "/auditpack-tagmanifest.sig", signature);
        Cli unsignedRun = Cli.run(
                "run",
                scenario.job().toString(),
                "--as-of",
                "2026-05-15",
                "--output",
                folder.resolve("unsigned").toString());
        assertThat(unsignedRun.exit()).isZero();
        Path unsigned = folder.resolve("unsigned").resolve(JOB).resolve(JOB + "-v0001.zip");

        Cli wrongKey = Cli.run("verify", zip.toString(), "--public-key", otherPem.toString());
        Cli removed = Cli.run("verify", stripped.toString());
        Cli notSigned = Cli.run("verify", unsigned.toString(), "--public-key", publicPem.toString());
        Cli badSignature = Cli.run("verify", flipped.toString(), "--public-key", publicPem.toString());

        assertThat(wrongKey.exit()).isEqualTo(3);
        assertThat(wrongKey.out()).contains("PROBLEM  signature: bag-info.txt names key");
        assertThat(removed.exit()).isEqualTo(3);
        assertThat(removed.out()).contains("auditpack-tagmanifest.sig: missing").contains("signature removed?");
        assertThat(notSigned.exit()).isEqualTo(3);
        assertThat(notSigned.out()).contains("the pack is not signed, but a public key was given");
        assertThat(badSignature.exit()).isEqualTo(3);
        assertThat(badSignature.out()).contains("PROBLEM  signature: auditpack-tagmanifest.sig does not verify");
    }

    @Test
    void anUnusableSigningKeyIsBadInputAndNothingIsWritten() throws IOException {
        Path broken = Files.writeString(
                folder.resolve("broken.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n" + "-----END PRIVATE KEY-----\n");
        System.setProperty(PROPERTY, broken.toString());
        Cli run = Cli.run(
                "run",
                scenario.job().toString(),
                "--as-of",
                "2026-05-15",
                "--output",
                folder.resolve("out").toString());
        System.clearProperty(PROPERTY);

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ": not an Ed25519 private key in PKCS#8 PEM");
        assertThat(folder.resolve("out").resolve(JOB)).doesNotExist();
    }

    @Test
    void anAuditorChecksThePackWithStandardToolsAsTheReadmeSays() throws Exception {
        Assumptions.assumeTrue(
                onPath("sha256sum") && onPath("unzip") && onPath("openssl"),
                "sha256sum, unzip and openssl are needed for this check");
        Path zip = runSigned(folder.resolve("out"));
        Path work = zip.getParent();
        Path bag = work.resolve(JOB + "-v0001");

        assertThat(shell(work, "sha256sum", "-c", zip.getFileName() + ".sha256"))
                .contains(": OK");
        shell(work, "unzip", "-q", zip.getFileName().toString());
        assertThat(shell(bag, "sha256sum", "-c", "manifest-sha256.txt")).doesNotContain("FAILED");
        assertThat(shell(bag, "sha256sum", "-c", "tagmanifest-sha256.txt")).doesNotContain("FAILED");
        String fingerprint = shell(
                        bag, "sh", "-c", "openssl pkey -pubin -in " + publicPem + " -outform DER | sha256sum")
                .substring(0, 64);
        assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains(fingerprint);
        assertThat(shell(
                        bag,
                        "openssl",
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        publicPem.toString(),
                        "-rawin",
                        "-in",
                        "tagmanifest-sha256.txt",
                        "-sigfile",
                        "auditpack-tagmanifest.sig"))
                .contains("Signature Verified Successfully");
        String oxum = shell(bag, "sh", "-c", "find data -type f | wc -l; find data -type f -exec cat {} + | wc -c");
        String[] counts = oxum.trim().split("\\s+");
        assertThat(Files.readString(bag.resolve("bag-info.txt")))
                .contains("Payload-Oxum: " + counts[1] + "." + counts[0] + "\n");
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    /** A copy of a pack without one of its files (path inside the bag folder). */
    private static Path rewrite(Path zip, Path target, String without) throws IOException {
        PackFile pack = PackFile.read(zip);
        Files.createDirectories(target.getParent());
        Map<String, byte[]> entries = new LinkedHashMap<>(pack.entries());
        entries.remove(without);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(pack.top() + "/" + entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    /** The same ZIP with one more entry at its end. */
    private static Path addEntry(Path zip, String name, byte[] bytes) throws IOException {
        Path target = zip.resolveSibling("with-entry.zip");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(bytes);
            out.closeEntry();
        }
        Files.move(target, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return zip;
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String shell(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
        return output;
    }
}
