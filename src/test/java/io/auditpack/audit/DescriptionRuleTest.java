package io.auditpack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.DescriptionCriterion;
import io.auditpack.domain.Finding;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SourceRef;
import io.auditpack.domain.SubserviceOrganisation;
import io.auditpack.domain.SystemDescription;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DescriptionRuleTest {
    private static final Set<String> EVERY_KEY = Set.of(
            "services",
            "principal_service_commitments",
            "system_requirements",
            "system_components",
            "system_incidents",
            "complementary_user_entity_controls",
            "subservice_organisations",
            "significant_changes");

    private static final Map<String, List<String>> EVERY_COMPONENT = Map.of(
            "infrastructure", List.of("AWS"),
            "software", List.of("the platform"),
            "people", List.of("engineers"),
            "procedures", List.of("runbooks"),
            "data", List.of("customer datasets"));

    private static ScopeStatement scope(SystemDescription description) {
        return new ScopeStatement(List.of(), List.of(), Map.of(), SourceRef.of("scope.yaml"), description);
    }

    private static SystemDescription description(
            Set<String> given, Map<String, List<String>> components, List<SubserviceOrganisation> subservices) {
        return new SystemDescription(
                List.of("99.9% uptime"),
                List.of("MFA"),
                components,
                List.of(),
                List.of("customers manage their users"),
                subservices,
                List.of(),
                given);
    }

    @Test
    void aType2WithoutScopeYamlMissesEverySectionItNeedsIncludingChanges() {
        List<Finding> findings = DescriptionRule.find(PackageType.SOC2_TYPE2, ScopeStatement.none());

        assertThat(findings).hasSize(7).allSatisfy(f -> {
            assertThat(f.code()).isEqualTo(DescriptionRule.DESCRIPTION_MISSING);
            assertThat(f.file()).isEqualTo("scope.yaml");
        });
        assertThat(findings.get(0).message()).contains("DC 1 types of services provided");
        assertThat(findings.get(6).message()).contains("DC 9 significant changes during the period");
        assertThat(findings.get(6).column()).isEqualTo("significant_changes");
    }

    @Test
    void aType1DescriptionAsOfADateIsNotAskedForChangesDuringAPeriod() {
        assertThat(DescriptionRule.missing(PackageType.SOC2_TYPE1, SystemDescription.none()))
                .hasSize(6)
                .doesNotContain(DescriptionCriterion.CHANGES);
    }

    @Test
    void isoPackagesAndTheManagementReviewHaveNoSoc2Description() {
        for (PackageType type :
                List.of(PackageType.ISO27001_STAGE1, PackageType.ISO27001_STAGE2, PackageType.MANAGEMENT_REVIEW)) {
            assertThat(DescriptionRule.find(type, ScopeStatement.none())).isEmpty();
        }
    }

    @Test
    void everySectionGivenAndEmptyIncidentsAndChangesStatedAsNoneLeaveNoFinding() {
        SubserviceOrganisation aws = new SubserviceOrganisation("AWS", "hosting", true, List.of("physical access"));

        assertThat(DescriptionRule.find(
                        PackageType.SOC2_TYPE2, scope(description(EVERY_KEY, EVERY_COMPONENT, List.of(aws)))))
                .isEmpty();
    }

    @Test
    void aSectionWithOnlyOneOfItsTwoKeysIsMissing() {
        Set<String> withoutRequirements = new java.util.HashSet<>(EVERY_KEY);
        withoutRequirements.remove("system_requirements");

        assertThat(DescriptionRule.missing(
                        PackageType.SOC2_TYPE2, description(withoutRequirements, EVERY_COMPONENT, List.of())))
                .containsExactly(DescriptionCriterion.COMMITMENTS);
    }

    @Test
    void componentsWithoutLinesAndACarvedOutOrganisationWithoutCsocsAreFindings() {
        SubserviceOrganisation bare = new SubserviceOrganisation("Okta", "identity", true, List.of());
        SubserviceOrganisation included = new SubserviceOrganisation("Payroll Co", "payroll", false, List.of());

        List<Finding> findings = DescriptionRule.find(
                PackageType.SOC2_TYPE1,
                scope(description(EVERY_KEY, Map.of("infrastructure", List.of("AWS")), List.of(bare, included))));

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).code()).isEqualTo(DescriptionRule.DESCRIPTION_MISSING);
        assertThat(findings.get(0).value()).isEqualTo("software, people, procedures, data");
        assertThat(findings.get(1).code()).isEqualTo(DescriptionRule.CSOC_MISSING);
        assertThat(findings.get(1).value()).isEqualTo("Okta");
    }
}
