package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFilesTest {
    private static final String HEADER = "evidence_id,control_ids,title,type,performed_on,file,sha256\n";
    private static final String HELLO_SHA256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    Path dir;

    InputFolder folder;

    @BeforeEach
    void folderWithOneEvidenceFile() {
        folder = new InputFolder(dir).write("evidence/access/review.txt", "hello");
    }

    private InputSet loadWithFile(String file, String sha256) {
        return folder.write(
                        "evidence.csv",
                        HEADER + "EV-1,AC-01,Review,review,2026-03-31,\"" + file + "\"," + sha256 + "\n")
                .load();
    }

    @Test
    void fileInsideTheFolderWithMatchingHashInAnyCaseIsVerified() throws Exception {
        InputSet input = loadWithFile("access/../access/review.txt", HELLO_SHA256.toUpperCase());

        assertThat(input.findings()).isEmpty();
        assertThat(input.evidenceFiles())
                .containsEntry("EV-1", dir.resolve("evidence/access/review.txt").toRealPath());
    }

    @Nested
    class RefusedPaths {
        @ParameterizedTest
        @ValueSource(strings = {"../x", "access/../../controls.csv", "/etc/passwd", "C:\\x", "C:x", "a\\b", "."})
        void pathThatCouldLeaveTheEvidenceFolderIsRefusedAndNeverOpened(String file) {
            InputSet input = loadWithFile(file, "");

            assertThat(input.findings())
                    .singleElement()
                    .extracting(
                            Finding::severity,
                            Finding::code,
                            Finding::file,
                            Finding::line,
                            Finding::column,
                            Finding::value)
                    .containsExactly(Severity.WARNING, "evidence.path_refused", "evidence.csv", 2L, "file", file);
            assertThat(input.evidenceFiles()).isEmpty();
        }

        @Test
        void nulCharacterIsRefusedAndShownEscaped() {
            InputSet input = loadWithFile("access/review.txt\0.pdf", "");

            assertThat(input.findings())
                    .singleElement()
                    .extracting(Finding::code, Finding::value)
                    .containsExactly("evidence.path_refused", "access/review.txt\\0.pdf");
        }

        @Test
        void overlongNameIsRefused() {
            InputSet input = loadWithFile("a".repeat(256), "");

            assertThat(input.findings())
                    .singleElement()
                    .extracting(Finding::code)
                    .isEqualTo("evidence.path_refused");
        }

        @Test
        void symlinkResolvingOutsideTheEvidenceFolderIsRefused() throws Exception {
            Files.writeString(dir.resolve("secret.txt"), "secret");
            Files.createSymbolicLink(dir.resolve("evidence/link.txt"), dir.resolve("secret.txt"));

            InputSet input = loadWithFile("link.txt", "");

            assertThat(input.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("evidence.path_refused");
                assertThat(f.message()).contains("symbolic link");
            });
            assertThat(input.evidenceFiles()).isEmpty();
        }

        @Test
        void symlinkStayingInsideTheEvidenceFolderIsAccepted() throws Exception {
            Files.createSymbolicLink(dir.resolve("evidence/link.txt"), dir.resolve("evidence/access/review.txt"));

            InputSet input = loadWithFile("link.txt", HELLO_SHA256);

            assertThat(input.findings()).isEmpty();
            assertThat(input.evidenceFiles()).containsOnlyKeys("EV-1");
        }
    }

    @Test
    void missingFileIsAWarning() {
        InputSet input = loadWithFile("access/nope.txt", "");

        assertThat(input.findings())
                .singleElement()
                .extracting(Finding::severity, Finding::code, Finding::line, Finding::value)
                .containsExactly(Severity.WARNING, "evidence.file_missing", 2L, "access/nope.txt");
        assertThat(input.evidenceFiles()).isEmpty();
    }

    @Test
    void hashMismatchIsAWarningAndTheFileIsNotVerified() {
        String wrong = "0".repeat(64);

        InputSet input = loadWithFile("access/review.txt", wrong);

        assertThat(input.findings())
                .singleElement()
                .extracting(Finding::severity, Finding::code, Finding::line, Finding::column, Finding::value)
                .containsExactly(Severity.WARNING, "evidence.hash_mismatch", 2L, "sha256", wrong);
        assertThat(input.findings().get(0).message()).contains(HELLO_SHA256);
        assertThat(input.evidenceFiles()).isEmpty();
    }

    @Test
    void malformedDeclaredHashIsAnInputError() {
        InputSet input = loadWithFile("access/review.txt", "abc");

        assertThat(input.findings())
                .singleElement()
                .extracting(Finding::severity, Finding::code, Finding::column, Finding::value)
                .containsExactly(Severity.ERROR, "input.bad_value", "sha256", "abc");
    }
}
