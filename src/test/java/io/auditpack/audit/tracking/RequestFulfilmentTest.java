package io.auditpack.audit.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditorRequest;
import io.auditpack.domain.Coverage;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.SourceRef;
import io.auditpack.verdict.Fulfilment;
import io.auditpack.verdict.RequestAnswer;
import io.auditpack.verdict.RequestEvidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Fulfilment of auditor requests at its edges, from hand-made targets and evidence. */
class RequestFulfilmentTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    private static AuditorRequest request(List<String> requirements, List<String> controls, LocalDate due) {
        return new AuditorRequest(
                "PBC-1",
                "",
                "d",
                requirements,
                controls,
                LocalDate.of(2026, 10, 1),
                due,
                "open",
                "",
                SourceRef.of("r"));
    }

    private static RequestEvidence evidence(String id, String control, String received) {
        return new RequestEvidence(id, control, LocalDate.parse(received), "data/evidence/" + control + "/" + id);
    }

    private static RequestAnswer answer(
            Set<String> targets, Map<String, List<RequestEvidence>> evidence, LocalDate due) {
        return RequestFulfilment.answer(
                request(List.of(), List.copyOf(targets), due), new TreeSet<>(targets), evidence, AS_OF);
    }

    @Nested
    class Fulfilments {
        @Test
        void everyTargetedControlWithEvidenceIsFulfilledEvenWhenDuePassed() {
            assertThat(RequestFulfilment.fulfilment(2, 2, AS_OF.minusDays(30), AS_OF))
                    .isEqualTo(Fulfilment.FULFILLED);
        }

        @Test
        void someTargetedControlsWithEvidenceArePartial() {
            assertThat(RequestFulfilment.fulfilment(3, 1, null, AS_OF)).isEqualTo(Fulfilment.PARTIAL);
        }

        @Test
        void noTargetedControlWithEvidenceIsOpen() {
            assertThat(RequestFulfilment.fulfilment(2, 0, AS_OF.plusDays(1), AS_OF))
                    .isEqualTo(Fulfilment.OPEN);
        }

        @Test
        void aRequestTargetingNoControlIsOpenNeverFulfilled() {
            assertThat(RequestFulfilment.fulfilment(0, 0, null, AS_OF)).isEqualTo(Fulfilment.OPEN);
        }

        @Test
        void dueOnTheAsOfDayIsNotYetOverdue() {
            assertThat(RequestFulfilment.fulfilment(2, 1, AS_OF, AS_OF)).isEqualTo(Fulfilment.PARTIAL);
        }

        @Test
        void dueTheDayBeforeAsOfAndNotFulfilledIsOverdue() {
            assertThat(RequestFulfilment.fulfilment(2, 1, AS_OF.minusDays(1), AS_OF))
                    .isEqualTo(Fulfilment.OVERDUE);
            assertThat(RequestFulfilment.fulfilment(2, 0, AS_OF.minusDays(1), AS_OF))
                    .isEqualTo(Fulfilment.OVERDUE);
            assertThat(RequestFulfilment.fulfilment(0, 0, AS_OF.minusDays(1), AS_OF))
                    .isEqualTo(Fulfilment.OVERDUE);
        }
    }

    @Test
    void receivedIsTheFirstEvidenceAndCompleteTheDayTheLastControlGotItsFirst() {
        Map<String, List<RequestEvidence>> evidence = Map.of(
                "A", List.of(evidence("E1", "A", "2026-02-01"), evidence("E3", "A", "2026-05-01")),
                "B", List.of(evidence("E2", "B", "2026-03-15")));

        RequestAnswer answer = answer(Set.of("A", "B"), evidence, null);

        assertThat(answer.fulfilment()).isEqualTo(Fulfilment.FULFILLED);
        assertThat(answer.firstReceived()).contains(LocalDate.of(2026, 2, 1));
        assertThat(answer.completeOn()).contains(LocalDate.of(2026, 3, 15));
        assertThat(answer.evidence()).extracting(RequestEvidence::evidenceId).containsExactly("E1", "E3", "E2");
    }

    @Test
    void aPartialRequestHasAReceivedDateButNoCompleteDate() {
        RequestAnswer answer = answer(Set.of("A", "B"), Map.of("A", List.of(evidence("E1", "A", "2026-02-01"))), null);

        assertThat(answer.fulfilment()).isEqualTo(Fulfilment.PARTIAL);
        assertThat(answer.answered()).containsExactly("A");
        assertThat(answer.firstReceived()).contains(LocalDate.of(2026, 2, 1));
        assertThat(answer.completeOn()).isEmpty();
    }

    @Nested
    class Targets {
        private final Catalog catalog = Catalog.builtIn();

        private Mapping mapping(String control, Framework framework, String requirement) {
            return new Mapping(
                    control, framework, requirement, null, Coverage.FULL, "", SourceRef.of("mappings.csv"), Map.of());
        }

        @Test
        void aRequirementTargetsTheImplementedControlsMappedToIt() {
            List<Mapping> mappings = List.of(
                    mapping("A", Framework.SOC2, "CC6.1"),
                    mapping("PLANNED", Framework.SOC2, "CC6.1"),
                    mapping("B", Framework.SOC2, "CC6.2"));

            Set<String> targets = RequestFulfilment.targets(
                    request(List.of("CC6.1"), List.of("C"), null), mappings, Set.of("A", "B", "C"), catalog);

            assertThat(targets).containsExactly("A", "C");
        }

        @Test
        void aParentClauseTargetsTheControlsOfItsSubClauses() {
            List<Mapping> mappings =
                    List.of(mapping("AUDIT", Framework.ISO27001, "9.2.1"), mapping("MR", Framework.ISO27001, "9.3"));

            Set<String> targets = RequestFulfilment.targets(
                    request(List.of("9.2"), List.of(), null), mappings, Set.of("AUDIT", "MR"), catalog);

            assertThat(targets).containsExactly("AUDIT");
        }

        @Test
        void aNamedControlIsTargetedEvenWhenNotImplementedSoTheRequestCannotBeFulfilled() {
            Set<String> targets = RequestFulfilment.targets(
                    request(List.of("NOPE9.9"), List.of("PLANNED"), null), List.of(), Set.of(), catalog);

            assertThat(targets).containsExactly("PLANNED");
        }
    }

    @Test
    void aRemediationItemIsOverdueWhenItsTargetIsBeforeAsOfAndItIsNotClosed() {
        var open = new io.auditpack.domain.RemediationDate(
                "AV-03", "", AS_OF.minusDays(1), "in_progress", "", SourceRef.of("remediation.csv"));
        var today = new io.auditpack.domain.RemediationDate(
                "AV-03", "", AS_OF, "open", "", SourceRef.of("remediation.csv"));
        var closed = new io.auditpack.domain.RemediationDate(
                "AV-03", "", AS_OF.minusDays(30), "closed", "", SourceRef.of("remediation.csv"));
        var undated =
                new io.auditpack.domain.RemediationDate("AV-03", "", null, "open", "", SourceRef.of("remediation.csv"));

        assertThat(open.overdue(AS_OF)).isTrue();
        assertThat(today.overdue(AS_OF)).isFalse();
        assertThat(closed.overdue(AS_OF)).isFalse();
        assertThat(undated.overdue(AS_OF)).isFalse();
    }
}
