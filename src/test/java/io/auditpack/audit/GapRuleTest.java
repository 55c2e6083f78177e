package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.ControlResult;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.Framework;
import io.auditpack.domain.GapType;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.RequirementResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapRuleTest {

    private static RequirementResult requirement(
            Framework framework, String id, DesignStatus design, String... controls) {
        return new RequirementResult(framework, id, "t", "g", design, OperatingStatus.EFFECTIVE, List.of(controls), "");
    }

    private static ControlResult result(String id, OperatingStatus status, DocumentationStatus documentation) {
        return new ControlResult(
                control(id).owner("owner-" + id).build(), status, 0, 0, 0, List.of(), documentation, null);
    }

    @Test
    void givenAnUncoveredRequirementThenOneMissingControlGapWithoutControl() {
        List<OpenGap> gaps =
                GapRule.find(List.of(requirement(Framework.SOC2, "CC6.4", DesignStatus.MISSING_CONTROL)), Map.of());

        assertThat(gaps).containsExactly(new OpenGap(GapType.MISSING_CONTROL, Framework.SOC2, "CC6.4", 0, "", ""));
    }

    @Test
    void givenAControlWithStaleDocumentationAndNoRecordsOnTwoRequirementsThenFourGaps() {
        ControlResult c1 = result("C1", OperatingStatus.NO_RECORDS, DocumentationStatus.STALE);

        List<OpenGap> gaps = GapRule.find(
                List.of(
                        requirement(Framework.SOC2, "CC7.2", DesignStatus.COVERED, "C1"),
                        requirement(Framework.ISO27001, "A.8.16", DesignStatus.PARTIAL, "C1")),
                Map.of("C1", c1));

        assertThat(gaps)
                .extracting(OpenGap::type, OpenGap::framework, OpenGap::requirement, OpenGap::owner)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                GapType.MISSING_DOCUMENTATION, Framework.SOC2, "CC7.2", "owner-C1"),
                        org.assertj.core.groups.Tuple.tuple(
                                GapType.MISSING_OPERATIONAL_RECORD, Framework.SOC2, "CC7.2", "owner-C1"),
                        org.assertj.core.groups.Tuple.tuple(
                                GapType.MISSING_DOCUMENTATION, Framework.ISO27001, "A.8.16", "owner-C1"),
                        org.assertj.core.groups.Tuple.tuple(
                                GapType.MISSING_OPERATIONAL_RECORD, Framework.ISO27001, "A.8.16", "owner-C1"));
    }

    @Test
    void givenAnInconsistentControlWithMissingDocumentationThenBothGapTypes() {
        assertThat(GapRule.typesOf(result("C1", OperatingStatus.INCONSISTENT, DocumentationStatus.MISSING)))
                .containsExactly(GapType.MISSING_DOCUMENTATION, GapType.INCONSISTENT_PERFORMANCE);
    }

    @Test
    void givenAnEffectiveControlWithCurrentOrUnrequiredDocumentationThenNoGap() {
        assertThat(GapRule.typesOf(result("C1", OperatingStatus.EFFECTIVE, DocumentationStatus.CURRENT)))
                .isEmpty();
        assertThat(GapRule.typesOf(result("C1", OperatingStatus.NOT_YET_DUE, DocumentationStatus.NOT_REQUIRED)))
                .isEmpty();
    }

    @Test
    void givenAnExcludedRequirementThenNoGap() {
        assertThat(GapRule.find(
                        List.of(requirement(Framework.ISO27001, "A.7.1", DesignStatus.NOT_APPLICABLE)), Map.of()))
                .isEmpty();
    }
}
