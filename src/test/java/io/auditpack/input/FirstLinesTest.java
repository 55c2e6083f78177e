package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstLinesTest {

    @Test
    void eachIdKeepsItsFirstLineAndSpellingThroughManyGrowths() {
        FirstLines seen = new FirstLines();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.putIfAbsent("EV-%07d".formatted(i), i + 2)).isEqualTo(-1);
        }
        assertThat(seen.putIfAbsent("EV-0123456", 999_999)).isEqualTo(123_458);
        assertThat(seen.putIfAbsent("ev-0000007", 999_999)).isEqualTo(9);
        assertThat(seen.first("eV-0000007")).isEqualTo("EV-0000007");
        assertThat(seen.first("EV-9999999")).isNull();
    }

    @Test
    void idsEqualIgnoringCaseAreOneIdAsStringEqualsIgnoreCaseSaysBeyondAscii() {
        FirstLines seen = new FirstLines();
        assertThat(seen.putIfAbsent("Straße-İ", 2)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("STRASSE-I", 3)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("straße-i", 4)).isEqualTo(2);
        assertThat(seen.first("STRAßE-İ")).isEqualTo("Straße-İ");
        assertThat("straße-i".equalsIgnoreCase("Straße-İ")).isTrue();
    }
}
