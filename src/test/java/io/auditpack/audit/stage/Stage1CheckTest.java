package io.auditpack.audit.stage;

import static io.auditpack.domain.EvidenceType.POLICY;
import static io.auditpack.domain.EvidenceType.PROCEDURE;
import static io.auditpack.domain.EvidenceType.RECORD;
import static io.auditpack.domain.EvidenceType.REPORT;
import static io.auditpack.domain.Frequency.ANNUAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Framework;
import io.auditpack.verdict.ChecklistItem;
import io.auditpack.verdict.ItemStatus;
import io.auditpack.verdict.Readiness;
import io.auditpack.verdict.ReadinessReason;
import io.auditpack.verdict.Stage1Checklist;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Stage1CheckTest {
    private static final String AS_OF = "2026-10-15";

    private static Stage1Checklist check(StageInputs inputs) {
        var result = inputs.audit(StageInputs.stage1(), AS_OF);
        var read = inputs.build();
        return Stage1Check.check(
                result, read, Catalog.builtIn(), StatementOfApplicability.rows(result, read, Catalog.builtIn()));
    }

    private static ChecklistItem item(Stage1Checklist checklist, String clause) {
        return checklist.items().stream()
                .filter(i -> i.clause().equals(clause))
                .findFirst()
                .orElseThrow();
    }

    /** One annual control mapped to every ISO requirement, with a current policy and a current record. */
    private static StageInputs completeIsms() {
        return new StageInputs()
                .control("ISMS", ANNUAL)
                .map("ISMS", StageInputs.everyIsoRequirement())
                .evidence("POL", POLICY, "2026-01-10", "ISMS")
                .evidence("REC", RECORD, "2026-09-01", "ISMS")
                .includeEveryAnnexA("Required by the risk assessment");
    }

    @Test
    void theChecklistHasTheFourteenMandatoryClausesInClauseOrderAllKnownToTheCatalog() {
        Stage1Checklist checklist = check(completeIsms());
        assertThat(checklist.items())
                .extracting(ChecklistItem::clause)
                .containsExactly(
                        "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1", "9.2.2",
                        "9.3.3", "10.2");
        checklist
                .items()
                .forEach(i -> assertThat(Catalog.builtIn().find(Framework.ISO27001, i.clause()))
                        .isPresent());
        assertThat(item(checklist, "4.3").title()).isEqualTo("Scope of the ISMS");
    }

    @Test
    void aCompleteIsmsWithCurrentEvidenceIsReadyWithNoReasons() {
        Stage1Checklist checklist = check(completeIsms());
        assertThat(checklist.items()).allMatch(i -> i.status() == ItemStatus.PRESENT);
        assertThat(checklist.verdict()).isEqualTo(Readiness.READY);
        assertThat(checklist.reasons()).isEmpty();
        assertThat(item(checklist, "4.3").evidence()).containsExactly("POL");
        assertThat(item(checklist, "9.2.2").evidence()).containsExactly("REC");
        assertThat(item(checklist, "6.1.3").evidence()).containsExactly("POL", "REC");
        assertThat(item(checklist, "6.1.3").latest()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(item(checklist, "6.1.3").note()).startsWith("Statement of Applicability (sheet SoA): 93 of 93");
    }

    @Test
    void aDocumentApprovedMoreThanTwelveMonthsBeforeAsOfIsStaleAndAnObservation() {
        StageInputs inputs = completeIsms().control("SCOPE", ANNUAL).map("SCOPE", "4.3");
        Stage1Checklist fresh = check(inputs);
        assertThat(item(fresh, "4.3").controls()).containsExactly("ISMS", "SCOPE");

        Stage1Checklist stale = check(new StageInputs()
                .control("ISMS", ANNUAL)
                .map("ISMS", StageInputs.everyIsoRequirement())
                .includeEveryAnnexA("risk")
                .evidence("OLD", POLICY, "2025-10-14", "ISMS")
                .evidence("REC", RECORD, "2026-09-01", "ISMS"));
        assertThat(item(stale, "4.3").status()).isEqualTo(ItemStatus.STALE);
        assertThat(item(stale, "4.3").latest()).isEqualTo(LocalDate.parse("2025-10-14"));
        assertThat(stale.verdict()).isEqualTo(Readiness.READY_WITH_OBSERVATIONS);
        assertThat(stale.reasons()).extracting(ReadinessReason::blocking).containsOnly(false);
        assertThat(stale.reasons().get(0).text())
                .isEqualTo("4.3 Scope of the ISMS: stale, newest evidence dated 2025-10-14");
    }

    @Test
    void aDocumentApprovedExactlyTwelveMonthsBeforeAsOfIsPresent() {
        Stage1Checklist checklist = check(new StageInputs()
                .control("ISMS", ANNUAL)
                .map("ISMS", StageInputs.everyIsoRequirement())
                .evidence("EDGE", POLICY, "2025-10-15", "ISMS")
                .evidence("REC", RECORD, "2026-09-01", "ISMS"));
        assertThat(item(checklist, "5.2").status()).isEqualTo(ItemStatus.PRESENT);
    }

    @Test
    void aParentClauseMappingSpeaksForItsSubClauses() {
        Stage1Checklist checklist = check(new StageInputs()
                .control("AUDIT", ANNUAL)
                .map("AUDIT", "9.2")
                .evidence("AUD", REPORT, "2026-09-18", "AUDIT"));
        assertThat(item(checklist, "9.2.2").status()).isEqualTo(ItemStatus.PRESENT);
        assertThat(item(checklist, "9.2.2").controls()).containsExactly("AUDIT");
        assertThat(item(checklist, "9.3.3").status()).isEqualTo(ItemStatus.MISSING);
    }

    @Test
    void recordsDoNotMakeADocumentItemPresentNorDocumentsARecordItem() {
        Stage1Checklist checklist = check(new StageInputs()
                .control("C", ANNUAL)
                .map("C", "4.3", "7.2")
                .evidence("REC", RECORD, "2026-09-01", "C")
                .evidence("DOC", PROCEDURE, "2026-09-01", "C"));
        assertThat(item(checklist, "4.3").evidence()).containsExactly("DOC");
        assertThat(item(checklist, "7.2").evidence()).containsExactly("REC");

        Stage1Checklist recordOnly = check(
                new StageInputs().control("C", ANNUAL).map("C", "4.3").evidence("REC", RECORD, "2026-09-01", "C"));
        assertThat(item(recordOnly, "4.3").status()).isEqualTo(ItemStatus.MISSING);
        assertThat(item(recordOnly, "4.3").evidence()).isEmpty();
    }

    @Test
    void riskTreatmentNeedsBothTheProcessDocumentAndTheTreatmentPlanRecords() {
        Stage1Checklist documentOnly = check(new StageInputs()
                .control("RSK", ANNUAL)
                .map("RSK", "6.1.3")
                .evidence("METHOD", PROCEDURE, "2026-01-10", "RSK"));
        assertThat(item(documentOnly, "6.1.3").status()).isEqualTo(ItemStatus.MISSING);
        assertThat(item(documentOnly, "6.1.3").evidence()).containsExactly("METHOD");
    }

    @Test
    void evidenceOfAPlannedControlOrDatedAfterAsOfDoesNotCount() {
        Stage1Checklist checklist = check(new StageInputs()
                .control("PLAN", ANNUAL, ControlStatus.PLANNED)
                .control("LATE", ANNUAL)
                .map("PLAN", "5.2")
                .map("LATE", "5.2")
                .evidence("P1", POLICY, "2026-01-10", "PLAN")
                .evidence("L1", POLICY, "2026-10-16", "LATE"));
        assertThat(item(checklist, "5.2").status()).isEqualTo(ItemStatus.MISSING);
        assertThat(item(checklist, "5.2").controls()).containsExactly("LATE");
    }

    @Nested
    class Verdict {
        @Test
        void aMissingItemBlocksStage2() {
            Stage1Checklist checklist = check(new StageInputs()
                    .control("ISMS", ANNUAL)
                    .map("ISMS", StageInputs.everyIsoRequirement())
                    .evidence("POL", POLICY, "2026-01-10", "ISMS"));
            assertThat(checklist.verdict()).isEqualTo(Readiness.NOT_READY);
            assertThat(checklist.count(ItemStatus.MISSING)).isEqualTo(9);
            assertThat(checklist.reasons().get(0))
                    .isEqualTo(new ReadinessReason(
                            true,
                            "6.1.3",
                            "6.1.3 Risk treatment process: missing (risk treatment process, Statement of Applicability and "
                                    + "risk treatment plan)"));
        }

        @Test
        void anInternalAuditOlderThanTwelveMonthsBlocksWhereAnOldObjectiveRecordOnlyObserves() {
            StageInputs inputs = completeIsms()
                    .control("AUDIT", ANNUAL)
                    .map("AUDIT", "9.2.2")
                    .evidence("OLD-AUDIT", REPORT, "2025-09-01", "AUDIT");
            Stage1Checklist withCurrent = check(inputs);
            assertThat(withCurrent.verdict()).isEqualTo(Readiness.READY);

            Stage1Checklist checklist = check(new StageInputs()
                    .control("ISMS", ANNUAL)
                    .map("ISMS", StageInputs.everyIsoRequirement())
                    .includeEveryAnnexA("risk")
                    .evidence("POL", POLICY, "2026-01-10", "ISMS")
                    .evidence("OLD", RECORD, "2025-09-01", "ISMS"));
            assertThat(item(checklist, "9.2.2").status()).isEqualTo(ItemStatus.STALE);
            assertThat(checklist.verdict()).isEqualTo(Readiness.NOT_READY);
            assertThat(checklist.reasons())
                    .filteredOn(ReadinessReason::blocking)
                    .extracting(ReadinessReason::reference)
                    .containsExactly("9.2.2", "9.3.3");
            assertThat(checklist.reasons())
                    .filteredOn(r -> !r.blocking())
                    .extracting(ReadinessReason::reference)
                    .contains("7.2", "10.2");
        }

        @Test
        void includedControlsWithoutAJustificationForInclusionAreOneObservationNamingThem() {
            StageInputs inputs = new StageInputs()
                    .control("ISMS", ANNUAL)
                    .map("ISMS", StageInputs.everyIsoRequirement())
                    .evidence("POL", POLICY, "2026-01-10", "ISMS")
                    .evidence("REC", RECORD, "2026-09-01", "ISMS")
                    .include("A.5.1", "Required by the board")
                    .include("A.5.2", "");

            Stage1Checklist checklist = check(inputs);

            assertThat(checklist.verdict()).isEqualTo(Readiness.READY_WITH_OBSERVATIONS);
            assertThat(checklist.reasons()).hasSize(1);
            ReadinessReason reason = checklist.reasons().get(0);
            assertThat(reason.blocking()).isFalse();
            assertThat(reason.reference()).isEqualTo("6.1.3");
            assertThat(reason.text())
                    .startsWith("92 applicable Annex A controls without a justification for inclusion in "
                            + "applicability.csv (clause 6.1.3 d): A.5.2, A.5.3, ")
                    .endsWith(" and 82 more (sheet SoA)")
                    .doesNotContain("A.5.1,");
            assertThat(item(checklist, "6.1.3").note()).contains("92 applicable without a justification for inclusion");
        }

        @Test
        void everyIncludedControlJustifiedLeavesNoSoaObservation() {
            Stage1Checklist checklist = check(completeIsms());
            assertThat(checklist.reasons()).isEmpty();
            assertThat(item(checklist, "6.1.3").note()).doesNotContain("without a justification");
        }

        @Test
        void aClauseWithoutControlBlocksAndAnAnnexAControlWithoutControlIsAnObservation() {
            StageInputs inputs = new StageInputs()
                    .control("ISMS", ANNUAL)
                    .includeEveryAnnexA("risk")
                    .evidence("POL", POLICY, "2026-01-10", "ISMS")
                    .evidence("REC", RECORD, "2026-09-01", "ISMS");
            for (String id : StageInputs.everyIsoRequirement()) {
                if (!id.equals("4.1") && !id.equals("A.5.32")) {
                    inputs.map("ISMS", id);
                }
            }
            Stage1Checklist checklist = check(inputs);
            assertThat(checklist.verdict()).isEqualTo(Readiness.NOT_READY);
            assertThat(checklist.reasons())
                    .containsExactly(
                            new ReadinessReason(
                                    true,
                                    "4.1",
                                    "4.1 The organisation and its context: management-system clause without an implemented "
                                            + "control"),
                            new ReadinessReason(
                                    false,
                                    "A.5.32",
                                    "A.5.32 Intellectual property: applicable Annex A control without an implemented "
                                            + "control"));
        }

        @Test
        void noApplicabilityDecisionIsAnObservationAndTheSoaNoteSaysSo() {
            Stage1Checklist checklist = check(new StageInputs()
                    .control("ISMS", ANNUAL)
                    .map("ISMS", StageInputs.everyIsoRequirement())
                    .evidence("POL", POLICY, "2026-01-10", "ISMS")
                    .evidence("REC", RECORD, "2026-09-01", "ISMS"));
            assertThat(checklist.verdict()).isEqualTo(Readiness.READY_WITH_OBSERVATIONS);
            assertThat(checklist.reasons())
                    .extracting(ReadinessReason::reference)
                    .containsExactly("6.1.3");
            assertThat(item(checklist, "6.1.3").note()).endsWith("every control is applicable by default");
        }
    }
}
