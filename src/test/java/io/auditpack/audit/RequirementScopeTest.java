package io.auditpack.audit;

import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.excluded;
import static io.auditpack.audit.Given.job;
import static io.auditpack.audit.Given.period;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Framework;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Soc2Category;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementScopeTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void givenASecurityOnlySoc2JobThenTheThirtyThreeCommonCriteriaAreInScope() {
        RequirementScope scope = RequirementScope.of(
                new AuditFrame(job(PackageType.SOC2_TYPE1, null), day("2026-06-30")), CATALOG, List.of());

        assertThat(scope.requirements()).hasSize(33).allMatch(ScopedRequirement::inScope);
        assertThat(scope.requirements().get(0).requirement().id()).isEqualTo("CC1.1");
    }

    @Test
    void givenAvailabilityThenItsCriteriaJoinTheCommonCriteria() {
        RequirementScope scope = RequirementScope.of(
                new AuditFrame(job(PackageType.SOC2_TYPE1, null, Soc2Category.AVAILABILITY), day("2026-06-30")),
                CATALOG,
                List.of());

        assertThat(scope.requirements()).hasSize(36);
        assertThat(scope.isInScope(Framework.SOC2, "A1.1")).isTrue();
        assertThat(scope.isInScope(Framework.SOC2, "C1.1")).isFalse();
    }

    @Test
    void givenAManagementReviewThenSoc2ComesFirstThenEveryIsoClauseAndAnnexAControl() {
        RequirementScope scope = RequirementScope.of(
                new AuditFrame(
                        job(PackageType.MANAGEMENT_REVIEW, period("2026-01-01", "2026-12-31")), day("2026-06-30")),
                CATALOG,
                List.of());

        assertThat(scope.requirements()).hasSize(33 + 30 + 93);
        assertThat(scope.requirements().get(33).requirement().id()).isEqualTo("4.1");
        assertThat(scope.order(Framework.ISO27001, "4.1")).isEqualTo(33);
    }

    @Test
    void givenAnAnnexAExclusionThenItIsReportedButNotInScopeWithItsJustification() {
        RequirementScope scope = RequirementScope.of(
                new AuditFrame(job(PackageType.ISO27001_STAGE1, null), day("2026-06-30")),
                CATALOG,
                List.of(excluded(Framework.ISO27001, "A.7.1", "no offices")));

        ScopedRequirement excludedOne = scope.find(Framework.ISO27001, "A.7.1").orElseThrow();
        assertThat(excludedOne.inScope()).isFalse();
        assertThat(excludedOne.justification()).isEqualTo("no offices");
        assertThat(scope.requirements()).hasSize(123);
    }

    @Test
    void givenAnExclusionOfAnIsoClauseThenTheClauseStaysInScope() {
        RequirementScope scope = RequirementScope.of(
                new AuditFrame(job(PackageType.ISO27001_STAGE1, null), day("2026-06-30")),
                CATALOG,
                List.of(excluded(Framework.ISO27001, "9.2", "none")));

        assertThat(scope.isInScope(Framework.ISO27001, "9.2.1")).isTrue();
    }
}
