package io.auditpack.pack.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.auditpack.pack.PackFixture;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BagTextTest {
    @Test
    void bagInfoReadsContinuationLinesAndLabelsInAnyCase() {
        BagInfo info = BagInfo.parse("Source-Organization: Example\r\nExternal-Description: a long\n  description\n"
                + "auditpack-version: 0002\n");

        assertThat(info.get("External-Description")).contains("a long description");
        assertThat(info.get(BagInfo.VERSION)).contains("0002");
        assertThat(info.get(BagInfo.JOB)).isEmpty();
    }

    @Test
    void bagInfoValuesAreWrittenOnOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws java.io.IOException {
        var job = new PackFixture(temp).job();
        var multiLine = new io.auditpack.domain.JobDefinition(
                job.name(),
                job.packageType(),
                "Example\nCorp\tLtd\u0085Auditpack-Job: evil",
                "Platform\r\nOne\u2028Auditpack-Version: 9999\u2029Two",
                null,
                null,
                job.soc2Categories(),
                null,
                job.timeZone(),
                job.input(),
                job.output(),
                job.file());
        var result = new io.auditpack.domain.AuditResult(
                multiLine,
                PackFixture.AS_OF,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                io.auditpack.domain.EvidenceUses.copyOf(java.util.List.of()));

        String text = BagInfo.of(result, io.auditpack.verdict.VersionStamp.first(), 0, 0)
                .format();

        assertThat(text)
                .contains(
                        "Source-Organization: Example Corp Ltd Auditpack-Job: evil\n",
                        "Auditpack-System: Platform One Auditpack-Version: 9999 Two\n",
                        "Auditpack-Period: none\n",
                        "Payload-Oxum: 0.0\n");
        assertThat(text.lines()).hasSize(12).allMatch(line -> line.matches("[A-Za-z0-9-]+: \\S.*"));
        assertThat(text.split("[\\n\\r\\u0085\\u2028\\u2029]", -1))
                .as("no line separator of any kind but the line ends")
                .hasSize(13);
    }

    @Test
    void manifestPathsPercentEncodeCrLfAndPercentOnly() {
        Manifest manifest = Manifest.of(Map.of("data/a%b\nc\rd e.txt", "0".repeat(64)));

        assertThat(manifest.format()).isEqualTo("0".repeat(64) + "  data/a%25b%0Ac%0Dd e.txt\n");
        assertThat(Manifest.parse(manifest.format())).isEqualTo(manifest);
    }

    @Test
    void manifestLinesComeSortedByPath() {
        Manifest manifest = Manifest.of(Map.of("data/b", "b".repeat(64), "data/a", "a".repeat(64)));

        assertThat(manifest.format()).isEqualTo("a".repeat(64) + "  data/a\n" + "b".repeat(64) + "  data/b\n");
    }

    @Nested
    class Refuses {
        @Test
        void aManifestLineWithoutAHash() {
            assertThatThrownBy(() -> Manifest.parse("abc  data/x\n")).hasMessageContaining("line 1");
        }

        @Test
        void aManifestListingAPathTwice() {
            String line = "a".repeat(64) + "  data/x\n";
            assertThatThrownBy(() -> Manifest.parse(line + line)).hasMessageContaining("line 2");
        }

        @Test
        void aBagInfoLineWithoutALabel() {
            assertThatThrownBy(() -> BagInfo.parse("Source-Organization: x\nno label here\n"))
                    .hasMessageContaining("line 2");
        }
    }
}
