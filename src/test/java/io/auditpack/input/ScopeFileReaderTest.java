package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.DescriptionCriterion;
import io.auditpack.domain.Finding;
import io.auditpack.domain.SubserviceOrganisation;
import io.auditpack.domain.SystemDescription;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopeFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void unknownKeyIsAnErrorWithLineColumnAndSuggestion() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                services: [Payments API]
                soc2_boundry: [prod]
                """);

        Finding error = folder.onlyError();

        assertThat(error)
                .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                .containsExactly("input.scope", "scope.yaml", 2L, "1", "soc2_boundry");
        assertThat(error.message()).contains("did you mean \"soc2_boundary\"").contains("accepted keys: ");
    }

    @Test
    void nestedMappingWhereAListIsExpectedIsAnError() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                teams:
                  platform: yes
                """);

        assertThat(folder.onlyError())
                .extracting(Finding::code, Finding::line, Finding::column)
                .containsExactly("input.scope", 2L, "3");
    }

    @Test
    void theDescriptionSectionsAreReadWithComponentsSubserviceOrganisationsAndStatedNones() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                services: [Payments API]
                principal_service_commitments: [99.9% uptime]
                system_requirements: [MFA for production access]
                system_components:
                  infrastructure: [AWS eu-west-2]
                  data: [card tokens]
                system_incidents: []
                complementary_user_entity_controls: [Customers manage their users]
                subservice_organisations:
                  - name: AWS
                    services: hosting
                    method: Carve-out
                    csocs: [physical access to data centres]
                  - name: Payroll Co
                    method: inclusive
                significant_changes: [moved to EKS]
                """);

        SystemDescription description = folder.load().scope().description();

        assertThat(description.commitments()).containsExactly("99.9% uptime");
        assertThat(description.components()).containsOnlyKeys("infrastructure", "data");
        assertThat(description.missingComponents()).containsExactly("software", "people", "procedures");
        assertThat(description.incidents()).isEmpty();
        assertThat(description.provides(DescriptionCriterion.INCIDENTS)).isTrue();
        assertThat(description.provides(DescriptionCriterion.SERVICES)).isTrue();
        assertThat(description.subservices())
                .extracting(SubserviceOrganisation::name, SubserviceOrganisation::carvedOut)
                .containsExactly(tuple("AWS", true), tuple("Payroll Co", false));
        assertThat(description.subservices().get(0).csocs()).containsExactly("physical access to data centres");
        assertThat(description.changes()).containsExactly("moved to EKS");
    }

    @Test
    void aMissingDescriptionKeyIsNotProvidedWhereAnEmptyListIsStatedAsNone() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                significant_changes: []
                """);

        SystemDescription description = folder.load().scope().description();

        assertThat(description.provides(DescriptionCriterion.CHANGES)).isTrue();
        assertThat(description.provides(DescriptionCriterion.INCIDENTS)).isFalse();
        assertThat(description.provides(DescriptionCriterion.COMMITMENTS)).isFalse();
    }

    @Test
    void anUnknownMethodOfASubserviceOrganisationIsAnErrorNamingLineColumnAndValue() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                subservice_organisations:
                  - name: AWS
                    method: carved
                """);

        Finding error = folder.onlyError();

        assertThat(error)
                .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                .containsExactly("input.scope", "scope.yaml", 3L, "13", "carved");
        assertThat(error.message())
                .contains("subservice_organisations[1].method")
                .contains("accepted: carve-out, inclusive");
    }

    @Test
    void aSubserviceOrganisationWithoutANameIsAnError() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                subservice_organisations:
                  - method: inclusive
                """);

        Finding error = folder.onlyError();

        assertThat(error).extracting(Finding::line, Finding::column).containsExactly(2L, "5");
        assertThat(error.message()).contains("subservice_organisations[1].name").contains("is required");
    }

    @Test
    void anUnknownSystemComponentIsAnErrorWithASuggestion() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                system_components:
                  infrastucture: [AWS]
                """);

        Finding error = folder.onlyError();

        assertThat(error)
                .extracting(Finding::line, Finding::column, Finding::value)
                .containsExactly(2L, "3", "infrastucture");
        assertThat(error.message())
                .contains("did you mean \"infrastructure\"")
                .contains("accepted keys: infrastructure, software, people, procedures, data");
    }

    @Test
    void subserviceOrganisationsGivenAsAMappingAreAnError() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                subservice_organisations:
                  name: AWS
                """);

        assertThat(folder.onlyError())
                .extracting(Finding::code, Finding::line, Finding::column)
                .containsExactly("input.scope", 2L, "3");
    }
}
