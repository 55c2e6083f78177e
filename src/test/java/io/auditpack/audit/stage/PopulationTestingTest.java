package io.auditpack.audit.stage;

import static io.auditpack.domain.EvidenceType.RECORD;
import static io.auditpack.domain.Frequency.EVENT;
import static io.auditpack.domain.Frequency.QUARTERLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.verdict.PopulationCheck;
import io.auditpack.verdict.Stage2Sample;
import io.auditpack.verdict.TestItem;
import io.auditpack.verdict.TestResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationTestingTest {
    private static final String AS_OF = "2026-12-31";

    /** Event control E with five hires H1..H5; records prove H1, H2, H4 (H3 and H5 have none). */
    private static StageInputs hires() {
        return new StageInputs()
                .control("E", EVENT)
                .map("E", "A.6.1")
                .occurrence("POP-H", "E", "H1", "2026-01-10")
                .occurrence("POP-H", "E", "H2", "2026-03-10")
                .occurrence("POP-H", "E", "H3", "2026-05-10")
                .occurrence("POP-H", "E", "H4", "2026-07-10")
                .occurrence("POP-H", "E", "H5", "2026-09-10")
                .proof("EV-1", "2026-01-11", "E", "H1")
                .proof("EV-2", "2026-03-11", "E", "h2;H4");
    }

    /** The whole chain as the compute step runs it: audit, occurrences, sample of version 1, test sheet. */
    private record Tested(
            AuditResult result,
            Map<String, List<MatchedOccurrence>> occurrences,
            List<Stage2Sample> samples,
            List<TestItem> sheet) {
        static Tested of(StageInputs given, int version) {
            InputSet inputs = given.build();
            AuditResult result = given.audit(StageInputs.stage2(), AS_OF);
            Map<String, List<MatchedOccurrence>> occurrences =
                    PopulationTests.occurrences(result, inputs.populations());
            List<Stage2Sample> samples = Stage2Sampler.sample(result, version, occurrences);
            return new Tested(
                    result, occurrences, samples, TestSheet.items(result, samples, occurrences, inputs.responses()));
        }

        ControlResult control(String id) {
            return result.controls().stream()
                    .filter(c -> c.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void anEventControlWithOccurrencesMissingEvidenceIsJudgedOnItsPopulation() {
        Tested tested = Tested.of(hires(), 1);

        ControlResult control = tested.control("E");
        assertThat(control.status()).isEqualTo(OperatingStatus.INCONSISTENT);
        assertThat(control.due()).isEqualTo(5);
        assertThat(control.covered()).isEqualTo(3);
        assertThat(control.missingSlices()).extracting(s -> s.label()).containsExactly("2026-05-10", "2026-09-10");
        assertThat(tested.occurrences().get("E"))
                .extracting(MatchedOccurrence::id, MatchedOccurrence::evidence)
                .containsExactly(
                        tuple("H1", List.of("EV-1")),
                        tuple("H2", List.of("EV-2")),
                        tuple("H3", List.of()),
                        tuple("H4", List.of("EV-2")),
                        tuple("H5", List.of()));
    }

    @Test
    void aPopulationIsCountedWithItsCoveredOccurrencesAndExceptions() {
        StageInputs given = hires();
        Tested tested = Tested.of(given, 1);

        List<PopulationCheck> checks = PopulationTests.checks(given.build().populations(), tested.occurrences());

        assertThat(checks)
                .extracting(
                        PopulationCheck::inPeriod,
                        PopulationCheck::covered,
                        PopulationCheck::exceptions,
                        PopulationCheck::pending)
                .containsExactly(tuple(5, 3, 2, 0));
    }

    @Test
    void anOccurrenceNotYetDueWithoutEvidenceIsPendingAndNotSampled() {
        StageInputs given = hires().occurrence("POP-H", "E", "H6", "2026-12-31");

        Tested tested = Tested.of(given, 1);

        assertThat(tested.control("E").pending()).isEqualTo(1);
        assertThat(tested.samples().get(0).population()).containsExactly("H1", "H2", "H3", "H4", "H5");
    }

    @Test
    void givenACollectionLagThenAnOccurrenceStillInItsLagIsPendingAndOneWhoseLagHasPassedIsAnException() {
        StageInputs given =
                hires().occurrence("POP-H", "E", "H6", "2026-12-20").occurrence("POP-H", "E", "H7", "2026-12-28");
        InputSet inputs = given.build();

        AuditResult result = given.audit(StageInputs.stage2().withCollectionLag(5), AS_OF);
        Map<String, List<MatchedOccurrence>> occurrences = PopulationTests.occurrences(result, inputs.populations());

        ControlResult control = result.controls().get(0);
        assertThat(control.due()).isEqualTo(6);
        assertThat(control.covered()).isEqualTo(3);
        assertThat(control.pending()).isEqualTo(1);
        assertThat(control.missingSlices())
                .extracting(s -> s.label())
                .containsExactly("2026-05-10", "2026-09-10", "2026-12-20");
        assertThat(occurrences.get("E"))
                .filteredOn(o -> !o.counted())
                .extracting(MatchedOccurrence::id)
                .containsExactly("H7");
    }

    @Test
    void aSmallPopulationIsTestedWholeAndEveryOccurrenceWithoutEvidenceIsAnException() {
        Tested tested = Tested.of(hires(), 1);

        Stage2Sample sample = tested.samples().get(0);
        assertThat(sample.ofOccurrences()).isTrue();
        assertThat(sample.sampleSize()).isEqualTo(5);
        assertThat(sample.basis()).isEqualTo("population 1-25: all (whole population)");
        assertThat(tested.sheet())
                .extracting(TestItem::pick, TestItem::item, TestItem::result, TestItem::evidence)
                .containsExactly(
                        tuple(1, "H1", TestResult.PASS, List.of("EV-1")),
                        tuple(2, "H2", TestResult.PASS, List.of("EV-2")),
                        tuple(3, "H3", TestResult.EXCEPTION, List.of()),
                        tuple(4, "H4", TestResult.PASS, List.of("EV-2")),
                        tuple(5, "H5", TestResult.EXCEPTION, List.of()));
        assertThat(tested.sheet().get(0).attributes()).containsExactly("a record");
    }

    @Test
    void aManagementResponseIsAttachedToTheExceptionItNamesIgnoringCase() {
        Tested tested = Tested.of(hires().respond("E", "h3", "Screening done late; record attached"), 1);

        assertThat(tested.sheet())
                .filteredOn(item -> item.result() == TestResult.EXCEPTION)
                .extracting(
                        TestItem::item,
                        item -> item.response().map(r -> r.response()).orElse(""))
                .containsExactly(tuple("H3", "Screening done late; record attached"), tuple("H5", ""));
    }

    @Test
    void aResponseToNoExceptionIsAFindingNamingItsLine() {
        AuditResult result = hires().respond("E", "H3", "answered")
                .respond("E", "H1", "H1 passed: nothing to answer")
                .audit(StageInputs.stage2(), AS_OF);

        assertThat(result.findings())
                .filteredOn(f -> f.code().equals("response.no_exception"))
                .extracting(Finding::line, Finding::value)
                .containsExactly(tuple(3L, "H1"));
    }

    @Test
    void aMissedQuarterIsAnExceptionOutsideTheSampleAnsweredByItsSliceLabel() {
        StageInputs given = new StageInputs()
                .control("Q", QUARTERLY)
                .map("Q", "A.5.18")
                .evidence("R1", RECORD, "2026-02-10", "Q")
                .evidence("R3", RECORD, "2026-08-10", "Q")
                .evidence("R4", RECORD, "2026-11-10", "Q")
                .respond("Q", "2026-04-01..2026-06-30", "Review postponed");

        Tested tested = Tested.of(given, 1);

        assertThat(tested.sheet())
                .filteredOn(item -> !item.sampled())
                .extracting(
                        TestItem::kind,
                        TestItem::item,
                        TestItem::result,
                        i -> i.response().isPresent())
                .containsExactly(tuple("slice", "2026-04-01..2026-06-30", TestResult.EXCEPTION, true));
        assertThat(tested.result().findings()).noneMatch(f -> f.code().equals("response.no_exception"));
    }

    @Test
    void aControlWithNothingInItsPopulationIsNotTested() {
        Tested tested = Tested.of(new StageInputs().control("E", EVENT).map("E", "A.6.1"), 1);

        assertThat(tested.sheet())
                .extracting(TestItem::kind, TestItem::result)
                .containsExactly(tuple("none", TestResult.NOT_TESTED));
    }

    @ParameterizedTest(name = "{0} with a population of {1} draws {2}")
    @CsvSource({
        "ANNUAL,12,1",
        "SEMIANNUAL,2,2",
        "QUARTERLY,4,2",
        "MONTHLY,12,2",
        "MONTHLY,1,1",
        "WEEKLY,52,5",
        "DAILY,365,25",
        "DAILY,20,20",
        "EVENT,0,0",
        "EVENT,1,1",
        "EVENT,25,25",
        "EVENT,26,25",
        "EVENT,100,25",
        "EVENT,101,40",
        "EVENT,250,40",
        "EVENT,251,60",
        "CONTINUOUS,5000,60"
    })
    void theSampleSizeFollowsTheTableAtItsEdges(Frequency frequency, int population, int size) {
        assertThat(SampleSize.of(frequency, population)).isEqualTo(size);
    }

    @Test
    void aLargePopulationDrawsTheOccurrencesWithTheLowestSha256KeysTheSameWayEachTime() throws Exception {
        StageInputs given = new StageInputs().control("E", EVENT).map("E", "A.6.1");
        IntStream.rangeClosed(1, 120)
                .forEach(i -> given.occurrence("POP", "E", "C%03d".formatted(i), "2026-03-01")
                        .proof("EV-%03d".formatted(i), "2026-03-02", "E", "C%03d".formatted(i)));

        Stage2Sample first = Tested.of(given, 1).samples().get(0);
        Stage2Sample again = Tested.of(given, 1).samples().get(0);

        assertThat(first.sampleSize()).isEqualTo(40);
        assertThat(first.basis()).isEqualTo("population 101-250: 40");
        assertThat(again.sample()).isEqualTo(first.sample());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> expected = first.population().stream()
                .sorted(Comparator.comparing(id -> HexFormat.of()
                        .formatHex(sha.digest(("stage-job:v0001|E|" + id).getBytes(StandardCharsets.UTF_8)))))
                .limit(40)
                .sorted()
                .toList();
        assertThat(first.sample()).isEqualTo(expected);
        assertThat(Tested.of(given, 2).samples().get(0).sample()).isNotEqualTo(first.sample());
    }
}
