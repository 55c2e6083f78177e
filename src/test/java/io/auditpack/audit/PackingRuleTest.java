package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.excluded;
import static io.auditpack.audit.Given.inputs;
import static io.auditpack.audit.Given.job;
import static io.auditpack.audit.Given.mapping;
import static io.auditpack.audit.Given.policy;
import static io.auditpack.audit.Given.record;
import static io.auditpack.audit.Given.type2;
import static io.auditpack.domain.Framework.ISO27001;
import static io.auditpack.domain.Framework.SOC2;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PackingRuleTest {

    private static List<EvidenceUse> use(JobDefinition job, String asOf, InputSet inputs) {
        AuditFrame frame = new AuditFrame(job, day(asOf));
        RequirementScope scope = RequirementScope.of(frame, Catalog.builtIn(), inputs.applicability());
        return PackingRule.use(frame, inputs, scope, ResolvedMapping.resolveAll(inputs.mappings(), Catalog.builtIn()));
    }

    private static final JobDefinition TYPE2 = type2("2026-01-01", "2026-12-31");

    @Nested
    class Packed {
        @Test
        void givenASharedRecordWithAFileThenItIsPackedUnderEachMappedControlInIdOrder() {
            List<EvidenceUse> uses = use(
                    TYPE2,
                    "2026-06-30",
                    inputs().controls(control("B"), control("A"))
                            .mappings(mapping("A", SOC2, "CC6.1"), mapping("B", SOC2, "CC6.2"))
                            .evidence(record("R1", "2026-03-01", "B", "A").file("access-review.pdf"))
                            .build());

            assertThat(uses)
                    .singleElement()
                    .isEqualTo(new EvidenceUse(uses.get(0).item(), true, true, List.of("A", "B")));
        }

        @Test
        void givenAnOldPolicyThenItIsPackedWhateverItsAge() {
            List<EvidenceUse> uses = use(
                    TYPE2,
                    "2026-06-30",
                    inputs().controls(control("A"))
                            .mappings(mapping("A", SOC2, "CC6.1"))
                            .evidence(policy("P1", "2019-01-01", "A").file("p.pdf"))
                            .build());

            assertThat(uses.get(0).inPeriod()).isFalse();
            assertThat(uses.get(0).packedUnder()).containsExactly("A");
        }

        @Test
        void givenAPointInTimePackageThenRecordsOfTheLastTwelveMonthsArePacked() {
            List<EvidenceUse> uses = use(
                    job(PackageType.SOC2_TYPE1, null),
                    "2026-06-30",
                    inputs().controls(control("A"))
                            .mappings(mapping("A", SOC2, "CC6.1"))
                            .evidence(
                                    record("IN", "2025-06-30", "A").file("in.pdf"),
                                    record("OUT", "2025-06-29", "A").file("out.pdf"))
                            .build());

            assertThat(uses).extracting(EvidenceUse::inPeriod).containsExactly(true, false);
            assertThat(uses).extracting(EvidenceUse::packedUnder).containsExactly(List.of("A"), List.of());
        }
    }

    @Nested
    class NotPacked {
        @Test
        void givenARecordWithoutFileThenItCountsButIsNotPacked() {
            List<EvidenceUse> uses = use(
                    TYPE2,
                    "2026-06-30",
                    inputs().controls(control("A"))
                            .mappings(mapping("A", SOC2, "CC6.1"))
                            .evidence(record("JIRA-1", "2026-03-01", "A"))
                            .build());

            assertThat(uses.get(0).counted()).isTrue();
            assertThat(uses.get(0).packedUnder()).isEmpty();
        }

        @Test
        void givenARefusedOrMissingFileThenItNeitherCountsNorIsPacked() {
            List<EvidenceUse> uses = use(
                    TYPE2,
                    "2026-06-30",
                    inputs().controls(control("A"))
                            .mappings(mapping("A", SOC2, "CC6.1"))
                            .evidence(record("R1", "2026-03-01", "A")
                                    .file("gone.pdf")
                                    .refused())
                            .build());

            assertThat(uses.get(0).counted()).isFalse();
            assertThat(uses.get(0).packedUnder()).isEmpty();
        }

        @Test
        void givenARecordOutsideThePeriodOrAfterAsOfThenItIsNotPacked() {
            List<EvidenceUse> uses = use(
                    TYPE2,
                    "2026-06-30",
                    inputs().controls(control("A"))
                            .mappings(mapping("A", SOC2, "CC6.1"))
                            .evidence(
                                    record("OLD", "2025-12-31", "A").file("old.pdf"),
                                    record("LATE", "2026-07-01", "A").file("late.pdf"),
                                    record("UNDATED", null, "A").file("u.pdf"))
                            .build());

            assertThat(uses).extracting(EvidenceUse::counted).containsExactly(true, false, false);
            assertThat(uses).extracting(EvidenceUse::inPeriod).containsExactly(false, true, false);
            assertThat(uses).allMatch(u -> u.packedUnder().isEmpty());
        }

        @Test
        void givenControlsMappedOnlyOutsideThePackageOrToExcludedRequirementsThenNotPackedUnderThem() {
            List<EvidenceUse> uses = use(
                    job(PackageType.ISO27001_STAGE1, null),
                    "2026-06-30",
                    inputs().controls(control("SOC-ONLY"), control("EXCLUDED"), control("UNMAPPED"), control("ISO"))
                            .mappings(
                                    mapping("SOC-ONLY", SOC2, "CC6.1"),
                                    mapping("EXCLUDED", ISO27001, "A.7.1"),
                                    mapping("ISO", ISO27001, "9.2"))
                            .applicability(excluded(ISO27001, "A.7.1", "no offices"))
                            .evidence(record("R1", "2026-03-01", "SOC-ONLY", "EXCLUDED", "UNMAPPED", "ISO")
                                    .file("r.pdf")
                                    .type(EvidenceType.REVIEW))
                            .build());

            assertThat(uses.get(0).packedUnder()).containsExactly("ISO");
        }

        @Test
        void givenASoc2PackAndAControlOutsideTheSoc2BoundaryThenItsEvidenceIsNotPackedUnderIt() {
            List<EvidenceUse> uses = use(
                    TYPE2,
                    "2026-06-30",
                    inputs().controls(
                                    control("PROD").scope("prod"),
                                    control("LAPTOP").scope("corp-it"))
                            .mappings(mapping("PROD", SOC2, "CC6.1"), mapping("LAPTOP", SOC2, "CC6.1"))
                            .scope(List.of("prod"), List.of("prod", "corp-it"))
                            .evidence(
                                    record("R1", "2026-03-01", "PROD", "LAPTOP").file("r.pdf"))
                            .build());

            assertThat(uses.get(0).packedUnder()).containsExactly("PROD");
        }
    }
}
