package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.inputs;
import static io.auditpack.audit.Given.job;
import static io.auditpack.audit.Given.policy;
import static io.auditpack.audit.Given.record;
import static io.auditpack.audit.Given.type2;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvidenceFindingsTest {

    private static List<Finding> find(JobDefinition job, String asOf, InputSet inputs) {
        AuditFrame frame = new AuditFrame(job, day(asOf));
        CountedEvidence counted = CountedEvidence.of(inputs.evidence(), frame.asOf(), inputs.evidenceFiles());
        List<ControlVerdict> verdicts = inputs.controls().stream()
                .map(c -> ControlRule.judge(c, frame, counted, Occurrences.ofRecords()))
                .toList();
        return EvidenceFindings.find(frame, inputs.evidence(), verdicts);
    }

    private static List<Finding> find(String asOf, Given.EvidenceSpec... evidence) {
        return find(
                type2("2026-01-01", "2026-12-31"),
                asOf,
                inputs().controls(control("C1").noDocumentation())
                        .evidence(evidence)
                        .build());
    }

    @Nested
    class Dates {
        @Test
        void givenARecordAfterAsOfThenAWarningNamingItsLineAndDate() {
            List<Finding> findings =
                    find("2026-06-30", record("R1", "2026-05-01", "C1"), record("R2", "2026-07-01", "C1"));

            assertThat(findings)
                    .containsExactly(new Finding(
                            Severity.WARNING,
                            EvidenceFindings.AFTER_AS_OF,
                            "evidence.csv",
                            3,
                            "performed_on",
                            "2026-07-01",
                            findings.get(0).message()));
        }

        @Test
        void givenARecordBeforeThePeriodThenOutsidePeriod() {
            assertThat(find("2026-06-30", record("R1", "2025-12-31", "C1")))
                    .extracting(Finding::code)
                    .containsExactly(EvidenceFindings.OUTSIDE_PERIOD);
        }

        @Test
        void givenARecordDatedBeforeThePeriodWhoseRangeOverlapsItThenNoFinding() {
            assertThat(find("2026-06-30", record("R1", "2025-12-31", "C1").covers("2025-12-01", "2026-01-05")))
                    .isEmpty();
        }

        @Test
        void givenARecordAfterPeriodEndButBeforeAsOfThenOutsidePeriodOnly() {
            assertThat(find("2027-02-01", record("R1", "2027-01-10", "C1")))
                    .extracting(Finding::code)
                    .containsExactly(EvidenceFindings.OUTSIDE_PERIOD);
        }

        @Test
        void givenARecordAfterBothPeriodEndAndAsOfThenOnlyAfterAsOf() {
            assertThat(find("2027-01-05", record("R1", "2027-01-10", "C1")))
                    .extracting(Finding::code)
                    .containsExactly(EvidenceFindings.AFTER_AS_OF);
        }

        @Test
        void givenAnOldPolicyThenNoOutsidePeriodFindingBecauseDocumentsHaveAnyAge() {
            assertThat(find("2026-06-30", policy("P1", "2025-09-01", "C1"))).isEmpty();
        }

        @Test
        void givenAPointInTimePackageThenNoOutsidePeriodFinding() {
            assertThat(find(
                            job(PackageType.SOC2_TYPE1, null),
                            "2026-06-30",
                            inputs().controls(control("C1"))
                                    .evidence(record("R1", "2020-01-01", "C1"), policy("P1", "2026-01-01", "C1"))
                                    .build()))
                    .isEmpty();
        }
    }

    @Nested
    class Documents {
        @Test
        void givenAnUnapprovedPolicyThenAWarningOnItsApprovedByColumn() {
            List<Finding> findings =
                    find("2026-06-30", policy("P1", "2026-01-01", "C1").unapproved());

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(EvidenceFindings.DOCUMENT_UNAPPROVED);
                assertThat(f.column()).isEqualTo("approved_by");
                assertThat(f.line()).isEqualTo(2);
            });
        }

        @Test
        void givenAStaleNewestDocumentThenOneFindingNamingEveryControlItIsStaleFor() {
            List<Finding> findings = find(
                    type2("2026-01-01", "2026-12-31"),
                    "2026-06-30",
                    inputs().controls(control("C1"), control("C2"))
                            .evidence(policy("P1", "2025-06-29", "C1", "C2"))
                            .build());

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(EvidenceFindings.DOCUMENT_STALE);
                assertThat(f.value()).isEqualTo("2025-06-29");
                assertThat(f.message()).contains("C1, C2");
            });
        }

        @Test
        void givenAStaleDocumentSupersededByACurrentOneThenNoStaleFinding() {
            assertThat(find(
                            type2("2026-01-01", "2026-12-31"),
                            "2026-06-30",
                            inputs().controls(control("C1"))
                                    .evidence(policy("OLD", "2020-01-01", "C1"), policy("NEW", "2026-01-01", "C1"))
                                    .build()))
                    .isEmpty();
        }

        @Test
        void givenADocumentExactlyTwelveMonthsOldThenNoStaleFinding() {
            assertThat(find(
                            type2("2026-01-01", "2026-12-31"),
                            "2026-06-30",
                            inputs().controls(control("C1"))
                                    .evidence(policy("P1", "2025-06-30", "C1"))
                                    .build()))
                    .isEmpty();
        }
    }
}
