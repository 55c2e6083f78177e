package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.pdf.PdfText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing is visible: on the summary's cover, in {@code history} and in {@code diff}, where a signed version followed
 * by an unsigned one is a change; {@code --require-signature} refuses to publish without a key.
 */
class SigningVisibilityEndToEndTest {
    private static final String JOB = "small-soc2-type2";
    private static final String PROPERTY = "auditpack.signing-key";

    @TempDir
    Path folder;

    private Scenario scenario;
    private Path privatePem;
    private String fingerprint;

    @BeforeEach
    void makeAKeyPair() throws Exception {
        scenario = Scenario.copy("small-soc2", folder.resolve("project"));
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        privatePem = Files.writeString(
                folder.resolve("key.pem"),
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(keys.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        fingerprint = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(keys.getPublic().getEncoded()));
    }

    @AfterEach
    void forgetTheKey() {
        System.clearProperty(PROPERTY);
    }

    private Cli run(Path output, boolean signed, String... more) {
        if (signed) {
            System.setProperty(PROPERTY, privatePem.toString());
        }
        try {
            String[] args = new String[6 + more.length];
            String[] base = {"run", scenario.job().toString(), "--as-of", "2026-05-15", "--output", output.toString()};
            System.arraycopy(base, 0, args, 0, 6);
            System.arraycopy(more, 0, args, 6, more.length);
            return Cli.run(args);
        } finally {
            System.clearProperty(PROPERTY);
        }
    }

    @Test
    void aSignedVersionFollowedByAnUnsignedOneShowsOnTheCoverInHistoryAndInDiff() throws Exception {
        // given a signed version 1 and, from the same inputs, an unsigned version 2
        Path output = folder.resolve("out");
        assertThat(run(output, true).exit()).isZero();
        Cli unsigned = run(output, false);
        assertThat(unsigned.exit()).as(unsigned.toString()).isZero();
        Path v1 = output.resolve(JOB).resolve(JOB + "-v0001.zip");
        Path v2 = output.resolve(JOB).resolve(JOB + "-v0002.zip");
        assertThat(v2).as("dropping the signature publishes a new version").exists();

        // then the covers say so
        String cover1 = PdfText.read(PackFile.read(v1).bytes("data/summary.pdf"))
                .pages()
                .get(0);
        String cover2 = PdfText.read(PackFile.read(v2).bytes("data/summary.pdf"))
                .pages()
                .get(0);
        assertThat(cover1.replaceAll("\\s+", " ")).contains("Signature", "signed (Ed25519) by the key with SHA-256");
        assertThat(cover1.replaceAll("\\s+", "")).contains(fingerprint);
        assertThat(cover2).contains("unsigned").doesNotContain(fingerprint);

        // and history flags the dropped signature
        Cli history = Cli.run("history", JOB, "--output", output.toString());
        assertThat(history.exit()).as(history.toString()).isZero();
        assertThat(history.out())
                .contains("v0001")
                .contains("signed by key " + fingerprint.substring(0, 16))
                .contains("unsigned (SIGNATURE DROPPED: the version before was signed by key "
                        + fingerprint.substring(0, 16) + ")");

        // and diff shows the change, in text and JSON
        Cli diff = Cli.run("diff", v1.toString(), v2.toString());
        assertThat(diff.exit()).as(diff.toString()).isZero();
        assertThat(diff.out())
                .contains("signature: ~ signed by key " + fingerprint.substring(0, 16)
                        + " -> unsigned (changed; the newer version is NOT signed)");
        Cli json = Cli.run("diff", v1.toString(), v2.toString(), "--json");
        assertThat(json.out().replaceAll("\\s+", ""))
                .contains("\"changed\":true")
                .contains("\"signature\":{\"from\":\"" + fingerprint + "\",\"to\":null,\"changed\":true}");
        Cli same = Cli.run("diff", v1.toString(), v1.toString());
        assertThat(same.out()).contains("signature: signed by key " + fingerprint.substring(0, 16) + " (unchanged)");
    }

    @Test
    void requireSignatureWithoutAKeyRefusesWithExitTwoAndWritesNothing() {
        // given no signing key configured
        Path output = folder.resolve("out");

        // when a run requires a signature
        Cli run = run(output, false, "--require-signature");
        Cli all = Cli.run(
                "run-all",
                "--jobs",
                scenario.job().getParent().toString(),
                "--as-of",
                "2026-05-15",
                "--require-signature");

        // then both refuse, say why, and nothing is written
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--require-signature: no signing key is configured", "nothing was written");
        assertThat(all.exit()).as(all.toString()).isEqualTo(2);
        assertThat(all.err()).contains("--require-signature: no signing key is configured");
        assertThat(output).doesNotExist();
    }

    @Test
    void requireSignatureWithAKeyPublishesASignedPack() throws Exception {
        Path output = folder.resolve("out");

        Cli run = run(output, true, "--require-signature");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(PackFile.read(output.resolve(JOB).resolve(JOB + "-v0001.zip"))
                        .text("bag-info.txt"))
                .contains("Auditpack-Signing-Key-SHA256: " + fingerprint);
    }
}
