package io.auditpack.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void textStartingWithAFormulaCharacterGetsALeadingApostrophe(String text) {
        assertThat(FormulaGuard.looksLikeFormula(text)).isTrue();
        assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CM-01", "a=b", " =1", "'quoted", "2026-04"})
    void otherTextStaysAsItIs(String text) {
        assertThat(FormulaGuard.looksLikeFormula(text)).isFalse();
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
    }
}
