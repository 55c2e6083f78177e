package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.SourceRef;
import io.auditpack.store.EvidenceList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpillingBlocksTest {

    @Test
    void aCatalogBeyondTheHeapShareIsReadBackFromTheMappedFileAndLeavesNoFileBehind() throws IOException {
        Set<String> before = temporaryFiles();
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            items.add(new EvidenceItem(
                    "EV-" + i,
                    List.of("C-" + i % 13),
                    "Ticket " + i + " closed",
                    EvidenceType.TICKET,
                    LocalDate.of(2026, 1, 1).plusDays(i % 365),
                    null,
                    null,
                    null,
                    "",
                    "",
                    "lead@example.test",
                    "Jira",
                    new SourceRef("evidence.csv", i + 2),
                    Map.of()));
        }
        SpillingBlocks store = new SpillingBlocks(64 * 1024);
        EvidenceList.Builder builder = EvidenceList.builder(store);
        items.forEach(builder::add);

        EvidenceList compact = builder.build();

        assertThat(store.spilled()).isTrue();
        assertThat(compact).containsExactlyElementsOf(items);
        assertThat(compact.parallelStream().map(EvidenceItem::id).distinct().count())
                .isEqualTo(50_000);
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @Test
    void aSmallCatalogStaysOnTheHeap() {
        SpillingBlocks store = new SpillingBlocks();
        EvidenceList.Builder builder = EvidenceList.builder(store);
        builder.add(new EvidenceItem(
                "EV-1",
                List.of("C-1"),
                "t",
                EvidenceType.POLICY,
                null,
                null,
                null,
                null,
                "",
                "",
                "",
                "",
                SourceRef.of("evidence.csv"),
                Map.of()));

        assertThat(builder.build()).hasSize(1);
        assertThat(store.spilled()).isFalse();
    }

    private static Set<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(Path::toString)
                    .filter(name -> name.contains("auditpack-evidence-"))
                    .collect(Collectors.toSet());
        }
    }
}
