package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SourceRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScopeRuleTest {
    private static final ScopeStatement BOUNDARY =
            new ScopeStatement(List.of("prod", "platform"), List.of(), Map.of(), SourceRef.of("scope.yaml"));

    private static AuditFrame frame(PackageType type) {
        return new AuditFrame(job(type, null), day("2026-06-30"));
    }

    @Test
    void givenAControlWhoseTagsAreAllOutsideTheSoc2BoundaryThenAWarningOnItsScopeColumn() {
        List<Finding> findings = ScopeRule.find(
                frame(PackageType.SOC2_TYPE1),
                List.of(
                        control("C1").scope("prod").build(),
                        control("LAPTOP").scope("corp-it", "office").build()),
                BOUNDARY);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ScopeRule.OUTSIDE_SOC2_BOUNDARY);
            assertThat(f.value()).isEqualTo("corp-it;office");
            assertThat(f.column()).isEqualTo("scope");
        });
    }

    @Test
    void givenAControlOutsideTheBoundaryThenItCountsForIsoButNotSoc2() {
        var laptop = control("LAPTOP").scope("corp-it").build();

        assertThat(ScopeRule.countsFor(laptop, Framework.SOC2, BOUNDARY)).isFalse();
        assertThat(ScopeRule.countsFor(laptop, Framework.ISO27001, BOUNDARY)).isTrue();
    }

    @Nested
    class NoFinding {
        @Test
        void givenAnIsoOnlyPackageThenNoBoundaryFinding() {
            assertThat(ScopeRule.find(
                            frame(PackageType.ISO27001_STAGE1),
                            List.of(control("LAPTOP").scope("corp-it").build()),
                            BOUNDARY))
                    .isEmpty();
        }

        @Test
        void givenAControlWithoutTagsThenItIsNeverOutside() {
            assertThat(ScopeRule.find(
                            frame(PackageType.SOC2_TYPE1), List.of(control("C1").build()), BOUNDARY))
                    .isEmpty();
        }

        @Test
        void givenNoStatedBoundaryThenNoControlIsOutside() {
            assertThat(ScopeRule.find(
                            frame(PackageType.SOC2_TYPE1),
                            List.of(control("LAPTOP").scope("corp-it").build()),
                            ScopeStatement.none()))
                    .isEmpty();
        }
    }
}
