package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tamper suite, through the real command line: every good pack passes {@code verify} (and the BagIt library),
 * and each kind of tampering makes {@code verify} exit 3 naming the problem. A tampered copy is re-zipped with the
 * JDK's own writer into a folder of its own, with no sidecar unless the case says otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperEndToEndTest {
    private static final String JOB = "small-soc2-type2";

    private Path root;
    private Path v1;
    private Path v2;

    @BeforeAll
    void publishTwoVersions(@TempDir Path folder) throws Exception {
        root = folder;
        Scenario scenario = Scenario.copy("small-soc2", folder.resolve("project"));
        assertThat(Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15")
                        .exit())
                .isZero();
        Files.writeString(
                scenario.input("evidence/scans/scan-2026-04.txt"),
                "rescanned\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15")
                        .exit())
                .isZero();
        v1 = scenario.output().resolve(JOB).resolve(JOB + "-v0001.zip");
        v2 = scenario.output().resolve(JOB).resolve(JOB + "-v0002.zip");
        BagItLibrary.assertValid(v1, folder.resolve("bag-1"));
        BagItLibrary.assertValid(v2, folder.resolve("bag-2"));
    }

    @Test
    void theGoodPacksPassAndSayWhatWasChecked() {
        Cli verify = Cli.run("verify", v2.toString());

        assertThat(verify.exit()).as(verify.toString()).isZero();
        assertThat(verify.out())
                .contains("ok       " + JOB + "-v0002.zip: one top folder " + JOB + "-v0002/")
                .contains("ok       bagit.txt: BagIt-Version 1.0, UTF-8")
                .contains("ok       manifest-sha256.txt: ")
                .contains(" payload files match")
                .contains("ok       tagmanifest-sha256.txt: 3 tag files match")
                .contains("ok       bag-info.txt: Payload-Oxum ")
                .contains("ok       " + JOB + "-v0002.zip.sha256: matches the ZIP's SHA-256")
                .contains("ok       hash chain: " + JOB + "-v0001.zip has SHA-256")
                .contains("ok       signature: the pack is not signed")
                .contains("verified: ");
    }

    @ParameterizedTest(name = "a flipped byte in {0}")
    @CsvSource({
        "data/summary.pdf,        data/summary.pdf: SHA-256 mismatch (manifest says",
        "data/crosswalk.xlsx,     data/crosswalk.xlsx: SHA-256 mismatch (manifest says",
        "data/metrics.json,       data/metrics.json: SHA-256 mismatch (manifest says",
        "data/findings.csv,       data/findings.csv: SHA-256 mismatch (manifest says",
        "data/gaps.csv,           data/gaps.csv: SHA-256 mismatch (manifest says",
        "data/evidence/C-02/EV-04__scan-2026-01.txt, data/evidence/C-02/EV-04__scan-2026-01.txt: SHA-256 mismatch",
        "bagit.txt,               bagit.txt: SHA-256 mismatch (tag manifest says",
        "bag-info.txt,            bag-info.txt: SHA-256 mismatch (tag manifest says",
        "manifest-sha256.txt,     manifest-sha256.txt: SHA-256 mismatch (tag manifest says",
        "tagmanifest-sha256.txt,  tagmanifest-sha256.txt"
    })
    void aFlippedByteInAnyFileIsCaught(String path, String problem) throws IOException {
        Path copy = tampered("flip-" + path.replace('/', '_'), entries -> {
            byte[] bytes = entries.get(path).clone();
            bytes[bytes.length / 2] ^= 0x01;
            entries.put(path, bytes);
            return entries;
        });

        assertProblem(copy, problem);
    }

    @Test
    void aRemovedFileIsCaught() throws IOException {
        Path copy = tampered("removed", entries -> {
            entries.remove("data/gaps.csv");
            return entries;
        });

        assertProblem(copy, "data/gaps.csv: listed in manifest-sha256.txt but missing from the pack");
        assertProblem(copy, "Payload-Oxum says");
    }

    @Test
    void anAddedPayloadFileOrTagFileIsCaught() throws IOException {
        Path payload = tampered("added-payload", entries -> {
            entries.put("data/evidence/C-02/EV-99__extra.txt", "planted\n".getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        Path tag = tampered("added-tag", entries -> {
            entries.put("notes.txt", "planted\n".getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertProblem(payload, "data/evidence/C-02/EV-99__extra.txt: not listed in manifest-sha256.txt (added?)");
        assertProblem(tag, "notes.txt: tag file not covered by tagmanifest-sha256.txt (added?)");
    }

    @Test
    void anEditedManifestLineIsCaughtEvenWhenTheTagManifestIsRecomputed() throws IOException {
        String forged = "0".repeat(64);
        Path copy = tampered("manifest-line", entries -> {
            String manifest = text(entries, "manifest-sha256.txt")
                    .replaceFirst("[0-9a-f]{64}(  data/metrics.json)", forged + "$1");
            entries.put("manifest-sha256.txt", manifest.getBytes(StandardCharsets.UTF_8));
            return withRecomputedTagManifest(entries);
        });

        assertProblem(copy, "data/metrics.json: SHA-256 mismatch (manifest says " + forged);
    }

    @Test
    void anEditedBagInfoIsCaughtByTheTagManifestThePayloadOxumOrTheSidecar() throws IOException {
        Path naive = tampered("bag-info-naive", entries -> {
            entries.put(
                    "bag-info.txt",
                    text(entries, "bag-info.txt")
                            .replace("Small Example Ltd", "Other Ltd")
                            .getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        Path oxum = tampered("bag-info-oxum", entries -> {
            entries.put(
                    "bag-info.txt",
                    text(entries, "bag-info.txt")
                            .replaceFirst("Payload-Oxum: \\d+", "Payload-Oxum: 1")
                            .getBytes(StandardCharsets.UTF_8));
            return withRecomputedTagManifest(entries);
        });
        Path careful = tampered("bag-info-careful", entries -> {
            entries.put(
                    "bag-info.txt",
                    text(entries, "bag-info.txt")
                            .replace("Small Example Ltd", "Other Ltd")
                            .getBytes(StandardCharsets.UTF_8));
            return withRecomputedTagManifest(entries);
        });
        Files.copy(v2.resolveSibling(JOB + "-v0002.zip.sha256"), careful.resolveSibling(JOB + "-v0002.zip.sha256"));

        assertProblem(naive, "bag-info.txt: SHA-256 mismatch (tag manifest says");
        assertProblem(oxum, "bag-info.txt: Payload-Oxum says 1.");
        assertProblem(careful, JOB + "-v0002.zip.sha256: SHA-256 mismatch (sidecar says");
    }

    @Test
    void aReplacedPreviousVersionIsCaught() throws IOException {
        Path folder = Files.createDirectories(root.resolve("replaced"));
        Files.copy(v2, folder.resolve(v2.getFileName()));
        Path fakeFirst = tampered("replaced-source", entries -> entries);
        Files.copy(
                fakeFirst.resolveSibling(fakeFirst.getFileName()),
                folder.resolve(JOB + "-v0001.zip"),
                StandardCopyOption.REPLACE_EXISTING);

        assertProblem(folder.resolve(v2.getFileName()), "(previous version replaced or altered)");
    }

    @Test
    void aRawByteFlippedInsideTheZipOrATruncatedZipIsAProblemNotACrash() throws IOException {
        Path folder = Files.createDirectories(root.resolve("raw"));
        Path flipped = folder.resolve(v2.getFileName());
        byte[] bytes = Files.readAllBytes(v2);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(flipped, bytes);
        Files.copy(v2.resolveSibling(JOB + "-v0002.zip.sha256"), folder.resolve(JOB + "-v0002.zip.sha256"));
        Path cut = Files.write(
                Files.createDirectories(root.resolve("cut")).resolve(v2.getFileName()),
                java.util.Arrays.copyOf(Files.readAllBytes(v2), (int) Files.size(v2) - 10));
        Path junk =
                Files.writeString(Files.createDirectories(root.resolve("junk")).resolve("x.zip"), "not a zip");

        assertProblem(flipped, JOB + "-v0002.zip.sha256: SHA-256 mismatch");
        assertProblem(cut, JOB + "-v0002.zip: ");
        assertProblem(junk, "x.zip: not a ZIP file");
    }

    private static void assertProblem(Path zip, String problem) {
        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.toString()).isEqualTo(3);
        assertThat(verify.out())
                .as(verify.toString())
                .containsPattern("(?m)^PROBLEM  .*" + java.util.regex.Pattern.quote(problem));
        assertThat(verify.out())
                .containsPattern(
                        "(?m)^(1 problem|\\d+ problems) in " + java.util.regex.Pattern.quote(zip.toString()) + "$");
    }

    /** A copy of v0002 with its entries changed, alone in a folder named after the case. */
    private Path tampered(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        PackFile pack = PackFile.read(v2);
        Map<String, byte[]> entries = change.apply(new LinkedHashMap<>(pack.entries()));
        Path target =
                Files.createDirectories(root.resolve("tampered").resolve(name)).resolve(v2.getFileName());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(pack.top() + "/" + entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    private static String text(Map<String, byte[]> entries, String path) {
        return new String(entries.get(path), StandardCharsets.UTF_8);
    }

    /** What a careful forger does after editing a tag file: the tag manifest made to match again. */
    private static Map<String, byte[]> withRecomputedTagManifest(Map<String, byte[]> entries) {
        StringBuilder manifest = new StringBuilder();
        for (String tag : new String[] {"bag-info.txt", "bagit.txt", "manifest-sha256.txt"}) {
            manifest.append(sha256(entries.get(tag))).append("  ").append(tag).append('\n');
        }
        entries.put("tagmanifest-sha256.txt", manifest.toString().getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
