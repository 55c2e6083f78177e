package io.auditpack.audit;

import static io.auditpack.domain.Framework.ISO27001;
import static io.auditpack.domain.Framework.SOC2;
import static io.auditpack.domain.GapType.INCONSISTENT_PERFORMANCE;
import static io.auditpack.domain.GapType.MISSING_CONTROL;
import static io.auditpack.domain.GapType.MISSING_DOCUMENTATION;
import static io.auditpack.domain.GapType.MISSING_OPERATIONAL_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Framework;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.RemediationItem;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RemediationPlannerTest {

    private static OpenGap gap(GapType type, Framework framework, String requirement, int order, String control) {
        return new OpenGap(type, framework, requirement, order, control, control.isEmpty() ? "" : "owner-" + control);
    }

    /** A hand-built case: every sort key decides at least once, and ties fall to the ID. */
    private static final List<OpenGap> CASE = List.of(
            gap(INCONSISTENT_PERFORMANCE, SOC2, "CC8.1", 30, "C-INC-C"),
            gap(MISSING_CONTROL, SOC2, "CC6.4", 22, ""),
            gap(INCONSISTENT_PERFORMANCE, SOC2, "CC8.1", 30, "C-INC-A"),
            gap(MISSING_DOCUMENTATION, SOC2, "CC7.2", 25, "C-REC"),
            gap(MISSING_OPERATIONAL_RECORD, SOC2, "CC7.2", 25, "C-REC"),
            gap(INCONSISTENT_PERFORMANCE, SOC2, "CC7.1", 24, "C-INC-B"),
            gap(INCONSISTENT_PERFORMANCE, SOC2, "CC8.1", 30, "C-INC-B"),
            gap(MISSING_CONTROL, ISO27001, "A.5.15", 47, ""),
            gap(MISSING_DOCUMENTATION, ISO27001, "A.5.1", 34, "C-BOTH"),
            gap(MISSING_DOCUMENTATION, SOC2, "CC1.1", 0, "C-BOTH"));

    @Nested
    class Ranking {
        @Test
        void givenTheHandBuiltCaseThenItemsFollowFrameworksWeightCountAndId() {
            RemediationPlan plan = RemediationPlanner.plan(CASE);

            assertThat(plan.items())
                    .extracting(RemediationItem::id)
                    .containsExactly(
                            "C-BOTH", "ISO27001:A.5.15", "SOC2:CC6.4", "C-REC", "C-INC-B", "C-INC-A", "C-INC-C");
            assertThat(plan.items()).extracting(RemediationItem::priority).containsExactly(1, 2, 3, 4, 5, 6, 7);
        }

        @Test
        void givenAControlClosingGapsInBothFrameworksThenItRanksAboveAMissingControl() {
            RemediationItem first = RemediationPlanner.plan(CASE).items().get(0);

            assertThat(first.frameworks()).containsExactlyInAnyOrder(SOC2, ISO27001);
            assertThat(first.gapTypes()).containsExactly(MISSING_DOCUMENTATION);
            assertThat(first.closes()).containsExactly("SOC2 CC1.1", "ISO27001 A.5.1");
            assertThat(first.owner()).isEqualTo("owner-C-BOTH");
            assertThat(first.control()).isEqualTo("C-BOTH");
            assertThat(first.gapCount()).isEqualTo(2);
        }

        @Test
        void givenARequirementItemThenItHasNoOwnerOrControlAndSaysWhatToImplement() {
            RemediationItem item = RemediationPlanner.plan(CASE).items().get(2);

            assertThat(item.owner()).isEmpty();
            assertThat(item.control()).isEmpty();
            assertThat(item.closes()).containsExactly("SOC2 CC6.4");
            assertThat(item.action()).contains("SOC2 CC6.4");
        }

        @Test
        void givenAControlWithSeveralGapTypesThenTheyAreListedWorstFirst() {
            RemediationItem item = RemediationPlanner.plan(CASE).items().get(3);

            assertThat(item.gapTypes()).containsExactly(MISSING_OPERATIONAL_RECORD, MISSING_DOCUMENTATION);
            assertThat(item.closes()).containsExactly("SOC2 CC7.2");
        }

        @Test
        void givenTheWeightsThenMissingControlWeighsMostAndDocumentationLeast() {
            assertThat(List.of(
                            MISSING_CONTROL,
                            MISSING_OPERATIONAL_RECORD,
                            INCONSISTENT_PERFORMANCE,
                            MISSING_DOCUMENTATION))
                    .extracting(RemediationPlanner::weight)
                    .containsExactly(4, 3, 2, 1);
        }
    }

    @Nested
    class Gaps {
        @Test
        void givenTheHandBuiltCaseThenEachGapCarriesItsItemsPriorityAndGapsAreInPriorityOrder() {
            List<Gap> gaps = RemediationPlanner.plan(CASE).gaps();

            assertThat(gaps).extracting(Gap::priority).containsExactly(1, 1, 2, 3, 4, 4, 5, 5, 6, 7);
            assertThat(gaps.get(0))
                    .isEqualTo(new Gap(MISSING_DOCUMENTATION, SOC2, "CC1.1", "C-BOTH", "owner-C-BOTH", 1));
            assertThat(gaps.get(1).framework()).isEqualTo(ISO27001);
            assertThat(gaps.get(4).type()).isEqualTo(MISSING_DOCUMENTATION);
            assertThat(gaps.get(5).type()).isEqualTo(MISSING_OPERATIONAL_RECORD);
            assertThat(gaps.get(6).requirement()).isEqualTo("CC7.1");
        }

        @Test
        void givenNoGapsThenAnEmptyPlan() {
            RemediationPlan plan = RemediationPlanner.plan(List.of());

            assertThat(plan.items()).isEmpty();
            assertThat(plan.gaps()).isEmpty();
        }
    }
}
