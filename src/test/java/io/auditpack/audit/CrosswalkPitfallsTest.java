package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.excluded;
import static io.auditpack.audit.Given.inputs;
import static io.auditpack.audit.Given.job;
import static io.auditpack.audit.Given.mapping;
import static io.auditpack.audit.Given.record;
import static io.auditpack.domain.ControlStatus.PLANNED;
import static io.auditpack.domain.Framework.ISO27001;
import static io.auditpack.domain.Framework.SOC2;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CrosswalkPitfallsTest {

    private static List<Finding> find(JobDefinition job, InputSet inputs) {
        AuditFrame frame = new AuditFrame(job, day("2026-06-30"));
        RequirementScope scope = RequirementScope.of(frame, Catalog.builtIn(), inputs.applicability());
        CountedEvidence counted = CountedEvidence.of(inputs.evidence(), frame.asOf(), inputs.evidenceFiles());
        return CrosswalkPitfalls.find(frame, inputs, scope, counted, Catalog.builtIn());
    }

    private static List<String> codes(JobDefinition job, InputSet inputs) {
        return find(job, inputs).stream().map(Finding::code).toList();
    }

    private static final JobDefinition MANAGEMENT_REVIEW = job(PackageType.MANAGEMENT_REVIEW, null);

    @Nested
    class ScopeDrift {
        @Test
        void givenTagsInOneScopeButNotTheOtherThenOneWarningPerTagSoc2SideFirst() {
            List<Finding> findings = find(
                    MANAGEMENT_REVIEW,
                    inputs().scope(List.of("prod", "support"), List.of("prod", "corp-it", "office"))
                            .build());

            assertThat(findings)
                    .extracting(Finding::column, Finding::value)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("soc2_boundary", "support"),
                            org.assertj.core.groups.Tuple.tuple("isms_scope", "corp-it"),
                            org.assertj.core.groups.Tuple.tuple("isms_scope", "office"));
            assertThat(findings).allMatch(f -> f.code().equals(CrosswalkPitfalls.SCOPE_DRIFT));
        }

        @Test
        void givenOnlyOneScopeStatedThenNoDrift() {
            assertThat(codes(
                            MANAGEMENT_REVIEW,
                            inputs().scope(List.of("prod"), List.of()).build()))
                    .isEmpty();
        }

        @Test
        void givenIdenticalScopesThenNoDrift() {
            assertThat(codes(
                            MANAGEMENT_REVIEW,
                            inputs().scope(List.of("prod"), List.of("prod")).build()))
                    .isEmpty();
        }
    }

    @Nested
    class OwnerConcentration {
        private InputSet rows(String... owners) {
            Given.InputsSpec spec = inputs();
            for (int i = 0; i < owners.length; i++) {
                spec.controls(control("C" + i).owner(owners[i]))
                        .mappings(mapping("C" + i, SOC2, "CC1." + (i + 1)))
                        .evidence(record("R" + i, "2026-01-01", "C" + i));
            }
            return spec.build();
        }

        @Test
        void givenOneOwnerWithThreeOfFourRowsThenAWarningNamingTheOwner() {
            List<Finding> findings = find(MANAGEMENT_REVIEW, rows("alice", "alice", "alice", "bob"));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(CrosswalkPitfalls.OWNER_CONCENTRATION);
                assertThat(f.value()).isEqualTo("alice");
                assertThat(f.file()).isEqualTo("mappings.csv");
            });
        }

        @Test
        void givenOneOwnerWithExactlyHalfOfTheRowsThenNoWarning() {
            assertThat(codes(MANAGEMENT_REVIEW, rows("alice", "alice", "bob", "carol")))
                    .isEmpty();
        }

        @Test
        void givenOnlyThreeRowsAllOwnedByOnePersonThenNoWarning() {
            assertThat(codes(MANAGEMENT_REVIEW, rows("alice", "alice", "alice")))
                    .isEmpty();
        }

        @Test
        void givenRowsOfAFrameworkOutsideThePackageThenTheyAreNotCounted() {
            InputSet inputs = inputs().controls(
                            control("A").owner("alice"), control("B").owner("bob"))
                    .mappings(
                            mapping("A", SOC2, "CC1.1"),
                            mapping("A", SOC2, "CC1.2"),
                            mapping("A", SOC2, "CC1.3"),
                            mapping("B", ISO27001, "A.5.1"))
                    .evidence(record("R1", "2026-01-01", "A", "B"))
                    .build();

            assertThat(codes(job(PackageType.SOC2_TYPE1, null), inputs)).isEmpty();
            assertThat(codes(MANAGEMENT_REVIEW, inputs)).containsExactly(CrosswalkPitfalls.OWNER_CONCENTRATION);
        }

        @Test
        void givenControlsWithoutOwnerThenTheyConcentrateOnNobody() {
            assertThat(codes(MANAGEMENT_REVIEW, rows("", "", "", "bob"))).isEmpty();
        }
    }

    @Nested
    class MappingWithoutEvidence {
        @Test
        void givenAnImplementedControlWithNoCountingEvidenceThenOneWarningPerMappingRow() {
            List<Finding> findings = find(
                    MANAGEMENT_REVIEW,
                    inputs().controls(control("C1"))
                            .mappings(mapping("C1", SOC2, "CC6.1"), mapping("C1", ISO27001, "A.5.15"))
                            .evidence(record("LATE", "2026-07-01", "C1"))
                            .build());

            assertThat(findings)
                    .extracting(Finding::code)
                    .containsExactly(
                            CrosswalkPitfalls.MAPPING_WITHOUT_EVIDENCE, CrosswalkPitfalls.MAPPING_WITHOUT_EVIDENCE);
            assertThat(findings.get(0).value()).isEqualTo("C1");
        }

        @Test
        void givenAControlWithOnlyARefusedFileThenItHasNoEvidence() {
            assertThat(codes(
                            MANAGEMENT_REVIEW,
                            inputs().controls(control("C1"))
                                    .mappings(mapping("C1", SOC2, "CC6.1"))
                                    .evidence(record("R1", "2026-01-01", "C1")
                                            .file("../etc/passwd")
                                            .refused())
                                    .build()))
                    .containsExactly(CrosswalkPitfalls.MAPPING_WITHOUT_EVIDENCE);
        }

        @Test
        void givenAPlannedControlOrAnExcludedRequirementThenNoWarning() {
            assertThat(codes(
                            MANAGEMENT_REVIEW,
                            inputs().controls(control("P").status(PLANNED), control("C1"))
                                    .mappings(mapping("P", SOC2, "CC6.1"), mapping("C1", ISO27001, "A.7.1"))
                                    .applicability(excluded(ISO27001, "A.7.1", "no offices"))
                                    .build()))
                    .isEmpty();
        }

        @Test
        void givenAMappingToAFrameworkOutsideThePackageThenNoWarning() {
            assertThat(codes(
                            job(PackageType.SOC2_TYPE1, null),
                            inputs().controls(control("C1"))
                                    .mappings(mapping("C1", ISO27001, "A.5.15"))
                                    .build()))
                    .isEmpty();
        }
    }
}
