package io.auditpack.pack.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.PackFixture;
import io.auditpack.pack.ZipContents;
import io.auditpack.pack.publish.Publisher;
import io.auditpack.pack.version.Sidecar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackVerifierTest {
    private static final String TOP = "soc2-type2-2026-v0001/";

    @TempDir
    Path temp;

    PackFixture fixture;
    Publisher publisher;
    Path good;
    PackVerifier verifier = new PackVerifier();

    @BeforeEach
    void setUp() throws IOException {
        fixture = new PackFixture(temp);
        publisher = new Publisher(new PackBuilder(PackFixture.reports()));
        good = fixture.publish(publisher).version().zip();
    }

    /** A copy of the good pack with one entry edited, in a folder of its own (no sidecar, no previous version). */
    private Path tampered(String entry, java.util.function.UnaryOperator<byte[]> edit) throws IOException {
        Path copy = temp.resolve("tampered").resolve(good.getFileName());
        ZipContents.rewrite(good, copy, TOP + entry, edit);
        return copy;
    }

    @Test
    void aPublishedPackPassesWithEveryCheckListed() throws IOException {
        VerifyReport report = verifier.verify(good);

        assertThat(report.ok()).as(report.describe()).isTrue();
        assertThat(report.checked())
                .contains(
                        "manifest-sha256.txt: 7 payload files match",
                        "tagmanifest-sha256.txt: 3 tag files match",
                        "bagit.txt: BagIt-Version 1.0, UTF-8",
                        "hash chain: first version, no previous version");
        assertThat(report.checked()).anyMatch(line -> line.startsWith("bag-info.txt: Payload-Oxum "));
        assertThat(report.checked()).anyMatch(line -> line.startsWith("soc2-type2-2026-v0001.zip.sha256: matches"));
    }

    @Test
    void aCopyReZippedWithAnotherToolStillPasses() throws IOException {
        Path copy = tampered("bagit.txt", bytes -> bytes);

        assertThat(verifier.verify(copy).problems()).isEmpty();
    }

    @Nested
    class Catches {
        @Test
        void aFlippedByteInAPayloadFile() throws IOException {
            Path copy = tampered("data/metrics.json", bytes -> {
                byte[] flipped = bytes.clone();
                flipped[3] ^= 0x01;
                return flipped;
            });

            VerifyReport report = verifier.verify(copy);

            assertThat(report.ok()).isFalse();
            assertThat(report.problems())
                    .anyMatch(p -> p.startsWith("data/metrics.json: SHA-256 mismatch (manifest says "));
        }

        @Test
        void aRemovedPayloadFile() throws IOException {
            VerifyReport report = verifier.verify(tampered("data/evidence/OPS-2/EV-2__deploy.log", bytes -> null));

            assertThat(report.problems())
                    .contains(
                            "data/evidence/OPS-2/EV-2__deploy.log: listed in manifest-sha256.txt but missing from the pack");
            assertThat(report.problems()).anyMatch(p -> p.startsWith("bag-info.txt: Payload-Oxum says "));
        }

        @Test
        void anAddedPayloadFile() throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>(ZipContents.read(good));
            entries.put(TOP + "data/extra.txt", "smuggled".getBytes(StandardCharsets.UTF_8));
            Path copy = temp.resolve("added").resolve(good.getFileName());
            ZipContents.write(copy, entries);

            assertThat(verifier.verify(copy).problems())
                    .contains("data/extra.txt: not listed in manifest-sha256.txt (added?)");
        }

        @Test
        void anEditedManifestLine() throws IOException {
            Path copy = tampered("manifest-sha256.txt", bytes -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                String edited = (text.charAt(0) == '0' ? "1" : "0") + text.substring(1);
                return edited.getBytes(StandardCharsets.UTF_8);
            });

            VerifyReport report = verifier.verify(copy);

            assertThat(report.problems()).anyMatch(p -> p.startsWith("data/crosswalk.xlsx: SHA-256 mismatch"));
            assertThat(report.problems())
                    .anyMatch(p -> p.startsWith("manifest-sha256.txt: SHA-256 mismatch (tag manifest says"));
        }

        @Test
        void anEditedBagInfo() throws IOException {
            Path copy = tampered(
                    "bag-info.txt",
                    bytes -> new String(bytes, StandardCharsets.UTF_8)
                            .replace("Example Platform", "Another Platform")
                            .getBytes(StandardCharsets.UTF_8));

            assertThat(verifier.verify(copy).problems())
                    .anyMatch(p -> p.startsWith("bag-info.txt: SHA-256 mismatch (tag manifest says"));
        }

        @Test
        void aTruncatedZip() throws IOException {
            byte[] bytes = Files.readAllBytes(good);
            Path copy = Files.write(temp.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));

            VerifyReport report = verifier.verify(copy);

            assertThat(report.ok()).isFalse();
            assertThat(report.problems()).singleElement().asString().startsWith("truncated.zip: ");
        }

        @Test
        void aZipMissingOnlyItsLastBytes() throws IOException {
            byte[] bytes = Files.readAllBytes(good);
            Path copy = Files.write(temp.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length - 10));

            assertThat(verifier.verify(copy).ok()).isFalse();
        }

        @Test
        void aFileThatIsNoZipAtAll() throws IOException {
            Path text = Files.writeString(temp.resolve("notes.zip"), "just some text, not a ZIP archive at all\n");

            VerifyReport report = verifier.verify(text);

            assertThat(report.problems()).singleElement().asString().contains("not a ZIP");
        }

        @Test
        void aWrongSidecar() throws IOException {
            Files.writeString(Sidecar.of(good), "ab".repeat(32) + "  " + good.getFileName() + "\n");

            assertThat(verifier.verify(good).problems())
                    .singleElement()
                    .asString()
                    .startsWith("soc2-type2-2026-v0001.zip.sha256: SHA-256 mismatch (sidecar says abab");
        }

        @Test
        void aReplacedPreviousVersion() throws IOException {
            Files.writeString(fixture.evidenceRoot.resolve("deploy.log"), "changed\n");
            Path second = fixture.publish(publisher).version().zip();
            assertThat(verifier.verify(second).ok()).isTrue();
            Files.delete(good);
            Files.writeString(good, "a forged first version");

            VerifyReport report = verifier.verify(second);

            assertThat(report.problems())
                    .singleElement()
                    .asString()
                    .startsWith("hash chain: soc2-type2-2026-v0001.zip has SHA-256 ")
                    .contains("previous version replaced or altered");
        }

        @Test
        void anEntryNameThatClimbsOutOfTheBag() throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>(ZipContents.read(good));
            entries.put(TOP + "data/../../evil.sh", "rm -rf".getBytes(StandardCharsets.UTF_8));
            Path copy = temp.resolve("evil").resolve(good.getFileName());
            ZipContents.write(copy, entries);

            assertThat(verifier.verify(copy).problems())
                    .singleElement()
                    .asString()
                    .contains("refused entry name");
        }

        @Test
        void aSecondTopFolder() throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>(ZipContents.read(good));
            entries.put("other/readme.txt", "x".getBytes(StandardCharsets.UTF_8));
            Path copy = temp.resolve("two").resolve(good.getFileName());
            ZipContents.write(copy, entries);

            assertThat(verifier.verify(copy).problems())
                    .singleElement()
                    .asString()
                    .contains("outside the top folder");
        }

        @Test
        void aMissingFile() throws IOException {
            assertThat(verifier.verify(temp.resolve("absent.zip")).problems())
                    .singleElement()
                    .asString()
                    .endsWith("no such file");
        }
    }
}
