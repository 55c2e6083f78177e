package io.auditpack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidenceOutline;
import io.auditpack.domain.EvidenceTally;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceListTest {

    @Test
    void everyFieldComesBackEqualInTheSameOrder() {
        List<EvidenceItem> items = List.of(
                item(
                        "EV-1",
                        List.of("C-1"),
                        "Access review Q1",
                        EvidenceType.REPORT,
                        LocalDate.of(2026, 3, 31),
                        null,
                        null,
                        LocalDate.of(2026, 4, 2),
                        "reviews/q1.pdf",
                        "ab".repeat(32),
                        "ciso@example.test",
                        "Jira",
                        Map.of()),
                item(
                        "EV-2",
                        List.of("C-1", "C-2"),
                        "Log export, weeks 1-4",
                        EvidenceType.LOG,
                        null,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 28),
                        null,
                        "",
                        "",
                        "",
                        "",
                        Map.of()),
                item(
                        "EV-3",
                        List.of("C-3"),
                        "Politique d'accès — version 2 ✓ 𝒜",
                        EvidenceType.POLICY,
                        LocalDate.of(1899, 12, 31),
                        null,
                        null,
                        LocalDate.of(9999, 12, 31),
                        "",
                        "",
                        "",
                        "",
                        ordered("risk", "high", "ticket", "=HYPERLINK(\"x\")")));

        EvidenceList compact = EvidenceList.copyOf(items);

        assertThat(compact).hasSize(3).containsExactlyElementsOf(items);
        assertThat(compact.get(2).extra().keySet()).containsExactly("risk", "ticket");
        assertThat(compact.get(1).source()).isEqualTo(new SourceRef("evidence.csv", 3));
        for (int i = 0; i < items.size(); i++) {
            assertThat(compact.type(i)).isEqualTo(items.get(i).type());
        }
    }

    @Test
    void aMillionCharacterRecordAndManySmallOnesSpanSeveralBlocks() {
        List<EvidenceItem> items = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 30_000; i++) {
            String title = i == 12_345 ? "x".repeat(1_200_000) : "record " + random.nextInt();
            items.add(item(
                    "EV-" + i,
                    List.of("C-" + i % 17),
                    title,
                    EvidenceType.TICKET,
                    LocalDate.of(2026, 1, 1).plusDays(i % 365),
                    null,
                    null,
                    null,
                    "",
                    "",
                    "",
                    "",
                    Map.of()));
        }

        EvidenceList compact = EvidenceList.copyOf(items);

        assertThat(compact).containsExactlyElementsOf(items);
        assertThat(compact.get(12_345).title()).hasSize(1_200_000);
    }

    @Test
    void anOutlineReadFromTheBytesEqualsTheOutlineOfTheDecodedItem() {
        Random random = new Random(11);
        String[] pieces = {"a", "Zz", "é", "—", "✓", "𝒜", "\n", "\r\n", " ", "=", "0", "\t", "日本"};
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Map<String, String> extra = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                extra.put("risk", text(random, pieces));
            }
            if (random.nextInt(3) == 0) {
                extra.put("notes", text(random, pieces));
            }
            LocalDate from = random.nextBoolean() ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)) : null;
            items.add(item(
                    "EV-" + text(random, pieces),
                    random.nextBoolean() ? List.of("C-1") : List.of("C-2", "C-1", "C-2"),
                    text(random, pieces),
                    EvidenceType.values()[random.nextInt(EvidenceType.values().length)],
                    random.nextInt(5) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)),
                    from,
                    from == null ? null : from.plusDays(random.nextInt(60)),
                    random.nextBoolean() ? null : LocalDate.of(2026, 6, 1),
                    text(random, pieces),
                    random.nextBoolean() ? "ab".repeat(32) : "",
                    random.nextBoolean() ? "ciso@example.test" : "",
                    random.nextBoolean() ? "Jira" : "",
                    extra));
        }

        EvidenceList compact = EvidenceList.copyOf(items);

        for (int i = 0; i < items.size(); i++) {
            assertThat(compact.outline(i)).as("item %d", i).isEqualTo(EvidenceOutline.of(items.get(i)));
        }
        assertThat(EvidenceOutline.longestLine("")).isZero();
        assertThat(EvidenceOutline.longestLine("ab\ncde\n")).isEqualTo(3);
        assertThat(EvidenceOutline.longestLine("𝒜é")).isEqualTo(3);
        assertThat(compact.outline(0).extraLines())
                .isEqualTo(EvidenceOutline.of(items.get(0)).extraLines());
    }

    private static String text(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void aCompactListIsNotCopiedAgainAndTheInputSetKeepsItCompact() {
        EvidenceList compact = EvidenceList.copyOf(List.of(item(
                "EV-1", List.of("C-1"), "t", EvidenceType.TICKET, null, null, null, null, "", "", "", "", Map.of())));

        assertThat(EvidenceList.copyOf(compact)).isSameAs(compact);
        assertThat(EvidenceList.copyOf(List.of())).isEmpty();
        assertThatThrownBy(() -> compact.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void usesCountAndListThePackedItemsWithoutChangingWhatGetReturns() {
        List<EvidenceUse> uses = sixUses();

        EvidenceUseList compact = EvidenceUseList.copyOf(uses);

        assertThat(compact).containsExactlyElementsOf(uses);
        assertThat(compact.tally()).isEqualTo(new EvidenceTally(6, 5, 4, 5));
        assertThat(compact.tallyByType())
                .containsExactly(
                        Map.entry(EvidenceType.POLICY, new EvidenceTally(3, 3, 2, 3)),
                        Map.entry(EvidenceType.TICKET, new EvidenceTally(3, 2, 2, 2)));
        assertThat(compact.packed()).containsExactlyElementsOf(uses.subList(0, 3));
        assertThat(EvidenceUseList.copyOf(compact)).isSameAs(compact);
    }

    @Test
    void usesKeptAsObjectsReadAsTheCompactOnesDo() {
        List<EvidenceUse> uses = sixUses();

        EvidenceUses plain = EvidenceUses.copyOf(uses);
        EvidenceUseList compact = EvidenceUseList.copyOf(uses);

        assertThat(plain).isNotInstanceOf(EvidenceUseList.class).containsExactlyElementsOf(compact);
        assertThat(plain.tally()).isEqualTo(compact.tally());
        assertThat(plain.tallyByType()).containsExactlyEntriesOf(compact.tallyByType());
        assertThat(plain.packed()).containsExactlyElementsOf(compact.packed());
        assertThat(plain.items()).containsExactlyElementsOf(compact.items());
        for (int i = 0; i < uses.size(); i++) {
            assertThat(plain.items().type(i)).isEqualTo(compact.items().type(i));
            assertThat(plain.packedUnder(i)).isEqualTo(compact.packedUnder(i));
        }
        assertThat(EvidenceUses.copyOf(compact)).isSameAs(compact);
        assertThat(EvidenceItems.copyOf(compact.items())).isSameAs(compact.items());
    }

    private List<EvidenceUse> sixUses() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(item(
                    "EV-" + i,
                    List.of("C-1", "C-2"),
                    "t" + i,
                    i % 2 == 0 ? EvidenceType.POLICY : EvidenceType.TICKET,
                    LocalDate.of(2026, 5, 1),
                    null,
                    null,
                    null,
                    "f" + i + ".pdf",
                    "",
                    "",
                    "",
                    Map.of()));
        }
        List<EvidenceUse> uses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> under = i < 2 ? List.of("C-1", "C-2") : i == 2 ? List.of("C-2") : List.of();
            uses.add(new EvidenceUse(items.get(i), i != 5, i % 3 != 0, under));
        }

        return uses;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private int line = 1;

    private EvidenceItem item(
            String id,
            List<String> controls,
            String title,
            EvidenceType type,
            LocalDate performed,
            LocalDate from,
            LocalDate to,
            LocalDate collected,
            String file,
            String sha256,
            String approvedBy,
            String source,
            Map<String, String> extra) {
        return new EvidenceItem(
                id,
                controls,
                title,
                type,
                performed,
                from,
                to,
                collected,
                file,
                sha256,
                approvedBy,
                source,
                new SourceRef("evidence.csv", ++line),
                extra);
    }
}
