package io.auditpack.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidencePathTest {
    private static final String ID = "E".repeat(64);

    @Test
    void aNameThatFitsIsKeptAsItIs() {
        assertThat(EvidencePath.fileName("EV-1", "report.pdf")).isEqualTo("EV-1__report.pdf");
        String exactly = "a".repeat(255 - 66);
        assertThat(EvidencePath.fileName(ID, exactly)).isEqualTo(ID + "__" + exactly);
    }

    @Test
    void aNameOver255BytesIsShortenedKeepingItsStartAHashAndItsExtension() {
        String name = "b".repeat(246) + ".txt";

        String shortened = EvidencePath.fileName(ID, name);

        assertThat(shortened).hasSize(255).startsWith(ID + "__bbbb").matches(".*b~[0-9a-f]{8}\\.txt");
        assertThat(EvidencePath.fileName(ID, name)).as("deterministic").isEqualTo(shortened);
    }

    @Test
    void twoLongNamesThatDifferOnlyAtTheirEndStayApart() {
        String one = EvidencePath.fileName(ID, "c".repeat(240) + "-1.csv");
        String two = EvidencePath.fileName(ID, "c".repeat(240) + "-2.csv");

        assertThat(one).hasSize(255).isNotEqualTo(two);
        assertThat(two).hasSize(255);
    }

    @Test
    void aLongExtensionIsNotKeptApart() {
        String shortened = EvidencePath.fileName(ID, "d".repeat(200) + "." + "e".repeat(60));

        assertThat(shortened).hasSize(255).matches(".*~[0-9a-f]{8}");
    }
}
