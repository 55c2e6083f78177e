package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.excluded;
import static io.auditpack.audit.Given.inputs;
import static io.auditpack.audit.Given.job;
import static io.auditpack.audit.Given.mapping;
import static io.auditpack.audit.Given.partial;
import static io.auditpack.audit.Given.period;
import static io.auditpack.audit.Given.policy;
import static io.auditpack.audit.Given.record;
import static io.auditpack.audit.Given.type2;
import static io.auditpack.domain.Framework.ISO27001;
import static io.auditpack.domain.Framework.SOC2;
import static io.auditpack.domain.Frequency.ANNUAL;
import static io.auditpack.domain.Frequency.QUARTERLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditorTest {
    private static final JobDefinition YEAR_TYPE2 = type2("2026-01-01", "2026-12-31");

    private static AuditResult audit(JobDefinition job, String asOf, InputSet inputs) {
        return Auditor.audit(job, day(asOf), inputs, Catalog.builtIn());
    }

    private static RequirementResult requirement(AuditResult result, Framework framework, String id) {
        return result.requirements().stream()
                .filter(r -> r.framework() == framework && r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ControlResult control(AuditResult result, String id) {
        return result.controls().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class HandComputedSummary {
        /** ISO stage 2 at 2026-07-01: monthly slices Jan..Jun due, July pending; two Annex A exclusions. */
        private final AuditResult result = audit(
                job(PackageType.ISO27001_STAGE2, period("2026-01-01", "2026-12-31")),
                "2026-07-01",
                inputs().controls(
                                Given.control("EFF"),
                                Given.control("INC").frequency(QUARTERLY).noDocumentation(),
                                Given.control("NOREC").noDocumentation(),
                                Given.control("ANN").frequency(ANNUAL).noDocumentation(),
                                Given.control("PLAN").status(ControlStatus.PLANNED))
                        .mappings(
                                mapping("EFF", ISO27001, "A.5.1"),
                                partial("EFF", ISO27001, "A.5.2"),
                                mapping("INC", ISO27001, "A.5.15"),
                                partial("NOREC", ISO27001, "A.8.16"),
                                mapping("ANN", ISO27001, "9.2"),
                                mapping("PLAN", ISO27001, "A.8.1"))
                        .applicability(
                                excluded(ISO27001, "A.7.1", "no offices"), excluded(ISO27001, "A.7.2", "no offices"))
                        .evidence(
                                policy("POL", "2026-01-10", "EFF"),
                                record("JAN", "2026-01-15", "EFF"),
                                record("FEB", "2026-02-15", "EFF", "INC"),
                                record("MAR", "2026-03-15", "EFF"),
                                record("APR", "2026-04-15", "EFF"),
                                record("MAY", "2026-05-15", "EFF"),
                                record("JUN", "2026-06-15", "EFF"))
                        .build());

        @Test
        void givenTheSmallCaseThenTheFrameworkSummaryMatchesTheHandCount() {
            assertThat(FrameworkSummary.of(ISO27001, result.requirements()))
                    .isEqualTo(new FrameworkSummary(ISO27001, 121, 4, 2, 115, 2, 2, 1, 1, 2));
        }

        @Test
        void givenEvidenceSharedByTwoControlsThenItCountsForEach() {
            assertThat(control(result, "EFF").status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(control(result, "EFF").covered()).isEqualTo(6);
            assertThat(control(result, "INC").status()).isEqualTo(OperatingStatus.INCONSISTENT);
            assertThat(control(result, "INC").covered()).isEqualTo(1);
        }

        @Test
        void givenAPlannedControlThenItIsNotImplementedAndItsRequirementHasAMissingControlGap() {
            assertThat(control(result, "PLAN").status()).isEqualTo(OperatingStatus.NOT_IMPLEMENTED);
            assertThat(requirement(result, ISO27001, "A.8.1").design()).isEqualTo(DesignStatus.MISSING_CONTROL);
            assertThat(result.gaps())
                    .contains(new Gap(
                            GapType.MISSING_CONTROL,
                            ISO27001,
                            "A.8.1",
                            "",
                            "",
                            result.gaps().stream()
                                    .filter(g -> g.requirement().equals("A.8.1"))
                                    .findFirst()
                                    .orElseThrow()
                                    .priority()));
        }

        @Test
        void givenTheSmallCaseThenControlGapsRankAfterTheMissingControls() {
            assertThat(result.remediation()).hasSize(117);
            assertThat(result.remediation().get(115).id()).isEqualTo("NOREC");
            assertThat(result.remediation().get(116).id()).isEqualTo("INC");
            assertThat(result.gaps())
                    .last()
                    .isEqualTo(new Gap(GapType.INCONSISTENT_PERFORMANCE, ISO27001, "A.5.15", "INC", "alice", 117));
        }

        @Test
        void givenExclusionsThenTheyAreReportedNotApplicableInCatalogOrder() {
            assertThat(result.requirements()).hasSize(123);
            assertThat(result.requirements().get(0).id()).isEqualTo("4.1");
            assertThat(requirement(result, ISO27001, "A.7.1").justification()).isEqualTo("no offices");
        }
    }

    @Nested
    class Crosswalk {
        @Test
        void givenAControlMappedToBothFrameworksThenItHasGapsInBothAndItsItemRanksFirst() {
            AuditResult result = audit(
                    job(PackageType.MANAGEMENT_REVIEW, period("2026-01-01", "2026-12-31")),
                    "2026-07-01",
                    inputs().controls(
                                    Given.control("BOTH").noDocumentation(),
                                    Given.control("SOLO").noDocumentation())
                            .mappings(
                                    mapping("BOTH", SOC2, "CC6.1"),
                                    mapping("BOTH", ISO27001, "A.5.15"),
                                    mapping("SOLO", SOC2, "CC6.2"))
                            .build());

            assertThat(result.remediation().get(0).id()).isEqualTo("BOTH");
            assertThat(result.remediation().get(0).frameworks()).containsExactlyInAnyOrder(SOC2, ISO27001);
            assertThat(result.gaps().subList(0, 2))
                    .containsExactly(
                            new Gap(GapType.MISSING_OPERATIONAL_RECORD, SOC2, "CC6.1", "BOTH", "alice", 1),
                            new Gap(GapType.MISSING_OPERATIONAL_RECORD, ISO27001, "A.5.15", "BOTH", "alice", 1));
            assertThat(result.requirements().get(0).framework()).isEqualTo(SOC2);
            assertThat(result.requirements()).hasSize(33 + 123);
        }

        @Test
        void givenAControlOutsideTheSoc2BoundaryThenItsEvidenceDoesNotCountForSoc2() {
            AuditResult result = audit(
                    YEAR_TYPE2,
                    "2026-07-01",
                    inputs().controls(Given.control("LAPTOP").scope("corp-it").noDocumentation())
                            .mappings(mapping("LAPTOP", SOC2, "CC6.8"))
                            .scope(List.of("prod"), List.of("prod", "corp-it"))
                            .evidence(record("R1", "2026-03-01", "LAPTOP").file("r.pdf"))
                            .build());

            assertThat(requirement(result, SOC2, "CC6.8").design()).isEqualTo(DesignStatus.MISSING_CONTROL);
            assertThat(result.findings())
                    .extracting(Finding::code)
                    .contains(ScopeRule.OUTSIDE_SOC2_BOUNDARY, CrosswalkPitfalls.SCOPE_DRIFT);
            assertThat(result.evidence().get(0).packedUnder()).isEmpty();
        }
    }

    @Nested
    class EventControls {
        private AuditResult audit(JobDefinition job, String asOf, Given.EvidenceSpec... evidence) {
            return AuditorTest.audit(
                    job,
                    asOf,
                    inputs().controls(Given.control("HIRE").frequency(Frequency.EVENT))
                            .mappings(mapping("HIRE", SOC2, "CC1.4"))
                            .evidence(evidence)
                            .build());
        }

        @Test
        void givenNewHireRecordsThenEachCountingRecordInThePeriodIsOneDueAndCoveredOccurrence() {
            AuditResult result = audit(
                    YEAR_TYPE2.withCollectionLag(5),
                    "2026-12-05",
                    policy("POL", "2026-01-05", "HIRE"),
                    record("H1", "2026-01-12", "HIRE"),
                    record("H2", "2026-11-30", "HIRE"),
                    record("LATER", "2026-12-06", "HIRE"),
                    record("BEFORE", "2025-12-20", "HIRE"));

            assertThat(control(result, "HIRE"))
                    .extracting(
                            ControlResult::status, ControlResult::due, ControlResult::covered, ControlResult::pending)
                    .containsExactly(OperatingStatus.EFFECTIVE, 2, 2, 0);
            assertThat(requirement(result, SOC2, "CC1.4").operating()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(result.gaps()).extracting(Gap::control).doesNotContain("HIRE");
        }

        @Test
        void givenNoOccurrenceThenNoGapWhileThePeriodAndItsLagRunAndAMissingRecordGapAfter() {
            AuditResult during =
                    audit(YEAR_TYPE2.withCollectionLag(5), "2027-01-05", policy("POL", "2026-01-05", "HIRE"));
            AuditResult after =
                    audit(YEAR_TYPE2.withCollectionLag(5), "2027-01-06", policy("POL", "2026-01-05", "HIRE"));

            assertThat(control(during, "HIRE").status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
            assertThat(during.gaps()).extracting(Gap::control).doesNotContain("HIRE");
            assertThat(control(after, "HIRE").status()).isEqualTo(OperatingStatus.NO_RECORDS);
            assertThat(control(after, "HIRE").missingSlices())
                    .extracting(s -> s.label())
                    .containsExactly("2026-01-01..2026-12-31");
            assertThat(after.gaps())
                    .filteredOn(g -> g.control().equals("HIRE"))
                    .extracting(Gap::type, Gap::requirement)
                    .contains(tuple(GapType.MISSING_OPERATIONAL_RECORD, "CC1.4"));
        }
    }

    @Nested
    class PointInTime {
        @Test
        void givenASoc2Type1PackageThenNoSlicesAreJudgedAndDesignDecides() {
            AuditResult result = audit(
                    job(PackageType.SOC2_TYPE1, null),
                    "2026-06-30",
                    inputs().controls(Given.control("C1"), Given.control("C2").noDocumentation())
                            .mappings(mapping("C1", SOC2, "CC6.1"), mapping("C2", SOC2, "CC6.2"))
                            .evidence(policy("P1", "2025-06-29", "C1"), record("R1", "2026-01-01", "C2"))
                            .build());

            assertThat(result.controls()).extracting(ControlResult::status).containsOnly(OperatingStatus.NOT_YET_DUE);
            assertThat(result.controls()).allMatch(c -> c.due() + c.covered() + c.pending() == 0);
            assertThat(requirement(result, SOC2, "CC6.1").operating()).isEqualTo(OperatingStatus.NOT_YET_DUE);
            assertThat(control(result, "C1").documentation()).isEqualTo(DocumentationStatus.STALE);
            assertThat(result.gaps())
                    .filteredOn(g -> g.control().equals("C1"))
                    .extracting(Gap::type)
                    .containsExactly(GapType.MISSING_DOCUMENTATION);
            assertThat(result.findings()).extracting(Finding::code).contains(EvidenceFindings.DOCUMENT_STALE);
        }
    }

    @Nested
    class FindingsAndEvidence {
        @Test
        void givenReaderFindingsThenTheyComeFirstFollowedByTheAuditsOwn() {
            Finding untestable = Finding.warning(
                    "control.untestable",
                    new SourceRef("controls.csv", 2),
                    "expected_evidence",
                    "",
                    "no expected evidence");
            AuditResult result = audit(
                    YEAR_TYPE2,
                    "2026-06-30",
                    inputs().controls(Given.control("C1").noDocumentation())
                            .mappings(mapping("C1", SOC2, "CC6.1"))
                            .evidence(record("LATE", "2026-07-01", "C1"))
                            .readerFindings(untestable)
                            .build());

            assertThat(result.findings())
                    .filteredOn(f -> !f.code().equals(DescriptionRule.DESCRIPTION_MISSING))
                    .extracting(Finding::code)
                    .containsExactly(
                            "control.untestable",
                            EvidenceFindings.AFTER_AS_OF,
                            CrosswalkPitfalls.MAPPING_WITHOUT_EVIDENCE);
        }

        @Test
        void givenARecordAfterAsOfThenItCoversNothingAndIsNotCounted() {
            AuditResult result = audit(
                    YEAR_TYPE2,
                    "2026-02-01",
                    inputs().controls(Given.control("C1").noDocumentation())
                            .mappings(mapping("C1", SOC2, "CC6.1"))
                            .evidence(record("R1", "2026-02-02", "C1").covers("2026-01-01", "2026-01-31"))
                            .build());

            assertThat(control(result, "C1").status()).isEqualTo(OperatingStatus.NO_RECORDS);
            assertThat(result.evidence().get(0).counted()).isFalse();
        }

        @Test
        void givenARefusedFileThenTheItemCoversNothing() {
            AuditResult result = audit(
                    YEAR_TYPE2,
                    "2026-02-01",
                    inputs().controls(Given.control("C1").noDocumentation())
                            .mappings(mapping("C1", SOC2, "CC6.1"))
                            .evidence(record("R1", "2026-01-10", "C1")
                                    .file("../../etc/shadow")
                                    .refused())
                            .build());

            assertThat(control(result, "C1").status()).isEqualTo(OperatingStatus.NO_RECORDS);
            assertThat(control(result, "C1").missingSlices()).hasSize(1);
        }

        @Test
        void givenMissingAndUnrequiredDocumentationThenOnlyTheRequiredOneIsAGap() {
            AuditResult result = audit(
                    YEAR_TYPE2,
                    "2026-02-01",
                    inputs().controls(
                                    Given.control("DOC"), Given.control("NODOC").noDocumentation())
                            .mappings(mapping("DOC", SOC2, "CC6.1"), mapping("NODOC", SOC2, "CC6.2"))
                            .evidence(record("R1", "2026-01-10", "DOC", "NODOC"))
                            .build());

            assertThat(result.gaps())
                    .filteredOn(g -> !g.control().isEmpty())
                    .containsExactly(new Gap(
                            GapType.MISSING_DOCUMENTATION,
                            SOC2,
                            "CC6.1",
                            "DOC",
                            "alice",
                            result.gaps().stream()
                                    .filter(g -> g.control().equals("DOC"))
                                    .findFirst()
                                    .orElseThrow()
                                    .priority()));
            assertThat(control(result, "NODOC").documentation()).isEqualTo(DocumentationStatus.NOT_REQUIRED);
        }

        @Test
        void givenAnSoaExclusionOfASoc2CriterionThenItIsNotApplicableAndHasNoGap() {
            AuditResult result = audit(
                    YEAR_TYPE2,
                    "2026-02-01",
                    inputs().applicability(excluded(SOC2, "CC6.4", "carved out to AWS"))
                            .build());

            RequirementResult cc64 = requirement(result, SOC2, "CC6.4");
            assertThat(cc64.design()).isEqualTo(DesignStatus.NOT_APPLICABLE);
            assertThat(cc64.inScope()).isFalse();
            assertThat(result.gaps()).noneMatch(g -> g.requirement().equals("CC6.4"));
            assertThat(FrameworkSummary.of(SOC2, result.requirements()).requirementsInScope())
                    .isEqualTo(32);
        }
    }
}
