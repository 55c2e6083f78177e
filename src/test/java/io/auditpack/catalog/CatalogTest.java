package io.auditpack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Framework;
import io.auditpack.domain.Soc2Category;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Catalog catalog = Catalog.builtIn();

    @Test
    void soc2HasSixtyOneCriteriaOfWhichThirtyThreeAreCommon() {
        assertThat(catalog.all(Framework.SOC2)).hasSize(61);
        assertThat(catalog.soc2InScope(Set.of(Soc2Category.SECURITY))).hasSize(33);
        assertThat(catalog.soc2InScope(EnumSet.allOf(Soc2Category.class))).hasSize(61);
        assertThat(catalog.soc2InScope(
                        Set.of(Soc2Category.SECURITY, Soc2Category.AVAILABILITY, Soc2Category.CONFIDENTIALITY)))
                .hasSize(38);
    }

    @Test
    void isoHasThirtyClausesAndNinetyThreeAnnexAControlsInFourThemes() {
        assertThat(catalog.all(Framework.ISO27001).stream().filter(Requirement::clause))
                .hasSize(30);
        assertThat(catalog.all(Framework.ISO27001).stream().filter(Requirement::annexA))
                .hasSize(93);
        assertThat(catalog.all(Framework.ISO27001).stream()
                        .filter(Requirement::annexA)
                        .map(Requirement::group))
                .containsOnly("organizational", "people", "physical", "technological");
    }

    @Nested
    class ParentClauses {
        @Test
        void aParentClauseResolvesToItsSubClauses() {
            assertThat(catalog.resolve(Framework.ISO27001, "9.2"))
                    .extracting(Requirement::id)
                    .containsExactly("9.2.1", "9.2.2");
            assertThat(catalog.resolve(Framework.ISO27001, "6.1"))
                    .extracting(Requirement::id)
                    .containsExactly("6.1.1", "6.1.2", "6.1.3");
            assertThat(catalog.resolve(Framework.ISO27001, "7.5")).hasSize(3);
            assertThat(catalog.resolve(Framework.ISO27001, "9.3")).hasSize(3);
        }

        @Test
        void aLeafResolvesToItselfAndAnUnknownIdToNothing() {
            assertThat(catalog.resolve(Framework.ISO27001, "4.1"))
                    .extracting(Requirement::id)
                    .containsExactly("4.1");
            assertThat(catalog.resolve(Framework.ISO27001, "9.1.1")).isEmpty();
            assertThat(catalog.resolve(Framework.ISO27001, "5.15")).isEmpty();
            assertThat(catalog.resolve(Framework.SOC2, "CC10.1")).isEmpty();
        }
    }

    @Nested
    class NearMisses {
        @Test
        void caseAndSpacingMistakesAreCorrected() {
            assertThat(catalog.suggest(Framework.SOC2, "cc6.1")).contains("CC6.1");
            assertThat(catalog.suggest(Framework.ISO27001, "A 5.15")).contains("A.5.15");
            assertThat(catalog.suggest(Framework.ISO27001, "a.8.32")).contains("A.8.32");
            assertThat(catalog.suggest(Framework.ISO27001, "A-5.15")).contains("A.5.15");
        }

        @Test
        void anAnnexAControlWrittenWithoutItsPrefixIsSuggestedWithIt() {
            assertThat(catalog.suggest(Framework.ISO27001, "5.15")).contains("A.5.15");
        }

        @Test
        void anAmbiguousOrDistantMistakeGetsNoSuggestion() {
            assertThat(catalog.suggest(Framework.ISO27001, "A.5.38")).isEmpty();
            assertThat(catalog.suggest(Framework.SOC2, "CC10.1")).isEmpty();
        }
    }
}
