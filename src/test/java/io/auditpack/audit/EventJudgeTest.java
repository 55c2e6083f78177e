package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.record;
import static io.auditpack.audit.Given.type2;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Slice;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventJudgeTest {

    /** An event control of period 2026 judged at as-of with a lag, through the operating rule as the audit does. */
    private static OperatingVerdict judge(String asOf, int lag, String... recordDays) {
        AuditFrame frame = new AuditFrame(type2("2026-01-01", "2026-12-31").withCollectionLag(lag), day(asOf));
        List<EvidenceItem> records = Arrays.stream(recordDays)
                .map(d -> record("R-" + d, d, "HR-01").build())
                .toList();
        return OperatingRule.judge(
                control("HR-01").frequency(Frequency.EVENT).build(), frame, records, Occurrences.ofRecords());
    }

    @Nested
    class BeforeThePeriodEnds {
        @Test
        void givenNoRecordThenTheControlIsNotYetDueWithThePeriodPending() {
            OperatingVerdict verdict = judge("2026-12-05", 5);

            assertThat(verdict.status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
            assertThat(verdict.due()).isZero();
            assertThat(verdict.pending()).isEqualTo(1);
            assertThat(verdict.missing()).isEmpty();
        }

        @Test
        void givenOneRecordThenItIsOneDueAndCoveredOccurrence() {
            OperatingVerdict verdict = judge("2026-12-05", 5, "2026-03-09");

            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.covered()).isEqualTo(1);
            assertThat(verdict.pending()).isZero();
        }

        @Test
        void givenElevenNewHireRecordsThenElevenOccurrencesAreDueAndCovered() {
            OperatingVerdict verdict = judge(
                    "2026-12-05",
                    5,
                    "2026-01-12",
                    "2026-02-02",
                    "2026-03-09",
                    "2026-04-13",
                    "2026-05-11",
                    "2026-06-15",
                    "2026-07-13",
                    "2026-09-07",
                    "2026-10-05",
                    "2026-11-02",
                    "2026-12-04");

            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(verdict.due()).isEqualTo(11);
            assertThat(verdict.covered()).isEqualTo(11);
        }
    }

    @Nested
    class AfterThePeriodEnds {
        @Test
        void givenNoRecordOnceThePeriodAndItsLagHaveEndedThenNoRecordsWithThePeriodMissed() {
            OperatingVerdict verdict = judge("2027-01-06", 5);

            assertThat(verdict.status()).isEqualTo(OperatingStatus.NO_RECORDS);
            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.covered()).isZero();
            assertThat(verdict.missing()).containsExactly(new Slice(0, day("2026-01-01"), day("2026-12-31")));
        }

        @Test
        void givenNoRecordWhileTheLagAfterThePeriodRunsThenStillNotYetDue() {
            assertThat(judge("2027-01-05", 5).status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
            assertThat(judge("2027-01-01", 0).status()).isEqualTo(OperatingStatus.NO_RECORDS);
            assertThat(judge("2026-12-31", 0).status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
        }

        @Test
        void givenOneRecordThenEffectiveOnOneOccurrence() {
            OperatingVerdict verdict = judge("2027-02-01", 5, "2026-07-13");

            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.covered()).isEqualTo(1);
            assertThat(verdict.pending()).isZero();
        }

        @Test
        void givenSeveralRecordsThenEachIsAnOccurrenceAndRecordsOutsideThePeriodAreNone() {
            OperatingVerdict verdict = judge("2027-02-01", 5, "2025-12-20", "2026-01-12", "2026-12-31", "2027-01-15");

            assertThat(verdict.due()).isEqualTo(2);
            assertThat(verdict.covered()).isEqualTo(2);
            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
        }
    }

    @Nested
    class OccurrencesWithoutARecord {
        // A population source (populations.csv) gives occurrences that may lack a record; each is judged like a day.

        private OperatingVerdict judge(String asOf, Occurrence... occurrences) {
            return EventJudge.judge(List.of(occurrences), Given.period("2026-01-01", "2026-12-31"), day(asOf), 5);
        }

        @Test
        void givenAnUnevidencedOccurrencePastTheLagThenItIsMissedAndTheControlInconsistent() {
            OperatingVerdict verdict = judge(
                    "2026-12-05",
                    new Occurrence("HIRE-1", day("2026-03-09"), true),
                    new Occurrence("HIRE-2", day("2026-11-29"), false));

            assertThat(verdict.status()).isEqualTo(OperatingStatus.INCONSISTENT);
            assertThat(verdict.due()).isEqualTo(2);
            assertThat(verdict.covered()).isEqualTo(1);
            assertThat(verdict.missing()).containsExactly(new Slice(1, day("2026-11-29"), day("2026-11-29")));
        }

        @Test
        void givenAnUnevidencedOccurrenceInsideTheLagThenItIsPending() {
            OperatingVerdict verdict = judge(
                    "2026-12-05",
                    new Occurrence("HIRE-1", day("2026-03-09"), true),
                    new Occurrence("HIRE-2", day("2026-11-30"), false));

            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.pending()).isEqualTo(1);
        }
    }
}
