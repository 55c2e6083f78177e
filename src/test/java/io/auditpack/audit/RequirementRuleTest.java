package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.mapping;
import static io.auditpack.audit.Given.partial;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequirementRuleTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, ControlResult> results = new LinkedHashMap<>();

    private void given(Control control, OperatingStatus status) {
        controls.put(control.id(), control);
        results.put(
                control.id(),
                new ControlResult(control, status, 0, 0, 0, List.of(), DocumentationStatus.CURRENT, null));
    }

    private RequirementResult judge(Framework framework, String id, ScopeStatement scope, Mapping... rows) {
        Requirement requirement = CATALOG.find(framework, id).orElseThrow();
        return RequirementRule.judge(
                new ScopedRequirement(requirement, true, "", 0),
                ResolvedMapping.resolveAll(List.of(rows), CATALOG),
                controls,
                results,
                scope);
    }

    private RequirementResult judge(Framework framework, String id, Mapping... rows) {
        return judge(framework, id, ScopeStatement.none(), rows);
    }

    @Nested
    class Design {
        @Test
        void givenAFullMappingOfAnImplementedControlThenCovered() {
            given(control("C1").build(), OperatingStatus.EFFECTIVE);

            RequirementResult result = judge(Framework.SOC2, "CC6.1", mapping("C1", Framework.SOC2, "CC6.1"));

            assertThat(result.design()).isEqualTo(DesignStatus.COVERED);
            assertThat(result.operating()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(result.controls()).containsExactly("C1");
        }

        @Test
        void givenOnlyPartialMappingsThenDesignIsPartial() {
            given(control("C1").build(), OperatingStatus.EFFECTIVE);
            given(control("C2").build(), OperatingStatus.EFFECTIVE);

            RequirementResult result = judge(
                    Framework.SOC2,
                    "CC6.1",
                    partial("C2", Framework.SOC2, "CC6.1"),
                    partial("C1", Framework.SOC2, "CC6.1"));

            assertThat(result.design()).isEqualTo(DesignStatus.PARTIAL);
            assertThat(result.controls()).containsExactly("C1", "C2");
        }

        @Test
        void givenOnePartialAndOneFullMappingThenCovered() {
            given(control("C1").build(), OperatingStatus.EFFECTIVE);
            given(control("C2").build(), OperatingStatus.EFFECTIVE);

            assertThat(judge(
                                    Framework.SOC2,
                                    "CC6.1",
                                    partial("C1", Framework.SOC2, "CC6.1"),
                                    mapping("C2", Framework.SOC2, "CC6.1"))
                            .design())
                    .isEqualTo(DesignStatus.COVERED);
        }

        @Test
        void givenAParentClauseMappingThenItCoversEachSubClause() {
            given(control("AUDIT").build(), OperatingStatus.EFFECTIVE);
            Mapping parent = mapping("AUDIT", Framework.ISO27001, "9.2");

            assertThat(judge(Framework.ISO27001, "9.2.1", parent).design()).isEqualTo(DesignStatus.COVERED);
            assertThat(judge(Framework.ISO27001, "9.2.2", parent).design()).isEqualTo(DesignStatus.COVERED);
            assertThat(judge(Framework.ISO27001, "9.1", parent).design()).isEqualTo(DesignStatus.MISSING_CONTROL);
        }

        @Test
        void givenAnExcludedRequirementThenNotApplicableWithItsJustification() {
            Requirement requirement = CATALOG.find(Framework.ISO27001, "A.7.1").orElseThrow();

            RequirementResult result = RequirementRule.judge(
                    new ScopedRequirement(requirement, false, "cloud only", 0),
                    List.of(),
                    controls,
                    results,
                    ScopeStatement.none());

            assertThat(result.design()).isEqualTo(DesignStatus.NOT_APPLICABLE);
            assertThat(result.operating()).isEqualTo(OperatingStatus.NOT_IMPLEMENTED);
            assertThat(result.justification()).isEqualTo("cloud only");
            assertThat(result.inScope()).isFalse();
        }
    }

    @Nested
    class MissingControl {
        @Test
        void givenOnlyAPlannedControlMappedThenMissingControlAndNotImplemented() {
            given(control("C1").status(ControlStatus.PLANNED).build(), OperatingStatus.NOT_IMPLEMENTED);

            RequirementResult result = judge(Framework.SOC2, "CC6.1", mapping("C1", Framework.SOC2, "CC6.1"));

            assertThat(result.design()).isEqualTo(DesignStatus.MISSING_CONTROL);
            assertThat(result.operating()).isEqualTo(OperatingStatus.NOT_IMPLEMENTED);
            assertThat(result.controls()).isEmpty();
        }

        @Test
        void givenTheOnlyControlOutsideTheSoc2BoundaryThenTheSoc2RequirementHasNoControl() {
            given(control("LAPTOP").scope("corp-it").build(), OperatingStatus.EFFECTIVE);
            ScopeStatement scope = new ScopeStatement(
                    List.of("prod"), List.of("prod", "corp-it"), Map.of(), SourceRef.of("scope.yaml"));

            assertThat(judge(Framework.SOC2, "CC6.1", scope, mapping("LAPTOP", Framework.SOC2, "CC6.1"))
                            .design())
                    .isEqualTo(DesignStatus.MISSING_CONTROL);
            assertThat(judge(Framework.ISO27001, "A.8.1", scope, mapping("LAPTOP", Framework.ISO27001, "A.8.1"))
                            .design())
                    .isEqualTo(DesignStatus.COVERED);
        }

        @Test
        void givenAControlWithOneTagInsideTheBoundaryThenItStillCountsForSoc2() {
            given(control("C1").scope("corp-it", "prod").build(), OperatingStatus.EFFECTIVE);
            ScopeStatement scope = new ScopeStatement(List.of("prod"), List.of(), Map.of(), SourceRef.of("scope.yaml"));

            assertThat(judge(Framework.SOC2, "CC6.1", scope, mapping("C1", Framework.SOC2, "CC6.1"))
                            .design())
                    .isEqualTo(DesignStatus.COVERED);
        }
    }

    @Nested
    class Operating {
        @Test
        void givenControlsOfDifferentStatusesThenTheRequirementTakesTheWorst() {
            given(control("C1").build(), OperatingStatus.EFFECTIVE);
            given(control("C2").build(), OperatingStatus.INCONSISTENT);
            given(control("C3").build(), OperatingStatus.NOT_YET_DUE);

            RequirementResult result = judge(
                    Framework.SOC2,
                    "CC7.2",
                    mapping("C1", Framework.SOC2, "CC7.2"),
                    mapping("C2", Framework.SOC2, "CC7.2"),
                    mapping("C3", Framework.SOC2, "CC7.2"));

            assertThat(result.operating()).isEqualTo(OperatingStatus.INCONSISTENT);
        }

        @Test
        void givenNoRecordsAndInconsistentThenNoRecordsIsWorse() {
            given(control("C1").build(), OperatingStatus.NO_RECORDS);
            given(control("C2").build(), OperatingStatus.INCONSISTENT);

            assertThat(judge(
                                    Framework.SOC2,
                                    "CC7.2",
                                    mapping("C1", Framework.SOC2, "CC7.2"),
                                    mapping("C2", Framework.SOC2, "CC7.2"))
                            .operating())
                    .isEqualTo(OperatingStatus.NO_RECORDS);
        }
    }
}
