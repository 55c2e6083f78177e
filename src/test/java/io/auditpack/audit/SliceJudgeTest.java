package io.auditpack.audit;

import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.period;
import static io.auditpack.audit.Given.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SliceJudgeTest {
    private static final Period YEAR = period("2026-01-01", "2026-12-31");

    private static OperatingVerdict judge(Frequency frequency, String asOf, EvidenceItem... records) {
        return judge(frequency, asOf, 0, records);
    }

    private static OperatingVerdict judge(Frequency frequency, String asOf, int lag, EvidenceItem... records) {
        return SliceJudge.judge(Slicer.slices(frequency, YEAR), day(asOf), lag, List.of(records));
    }

    private static EvidenceItem on(String date) {
        return record("R-" + date, date, "C1").build();
    }

    @Nested
    class DueAndPending {
        @Test
        void givenAsOfOnTheFirstDayOfASliceThenThePreviousSliceIsDueAndThatSliceIsPending() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-04-01");

            assertThat(verdict.due()).isEqualTo(3);
            assertThat(verdict.pending()).isEqualTo(1);
        }

        @Test
        void givenAsOfOnTheLastDayOfASliceThenThatSliceIsStillPending() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-03-31");

            assertThat(verdict.due()).isEqualTo(2);
            assertThat(verdict.pending()).isEqualTo(1);
        }

        @Test
        void givenAsOfAfterThePeriodEndThenEverySliceIsDueAndNonePending() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2027-02-01");

            assertThat(verdict.due()).isEqualTo(12);
            assertThat(verdict.pending()).isZero();
        }

        @Test
        void givenAsOfTheDayAfterThePeriodEndThenTheLastSliceIsDue() {
            assertThat(judge(Frequency.MONTHLY, "2027-01-01").due()).isEqualTo(12);
            assertThat(judge(Frequency.MONTHLY, "2026-12-31").due()).isEqualTo(11);
        }

        @Test
        void givenAsOfBeforeThePeriodStartThenNothingIsDueOrPendingAndTheControlIsNotYetDue() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2025-12-15");

            assertThat(verdict.due()).isZero();
            assertThat(verdict.pending()).isZero();
            assertThat(verdict.status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
        }
    }

    @Nested
    class PendingSliceWithARecord {
        @Test
        void givenARecordInTheSliceHoldingAsOfThenThatSliceCountsAsDueAndCovered() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-02-15", on("2026-01-20"), on("2026-02-01"));

            assertThat(verdict.due()).isEqualTo(2);
            assertThat(verdict.covered()).isEqualTo(2);
            assertThat(verdict.pending()).isZero();
            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
        }

        @Test
        void givenNoRecordInTheSliceHoldingAsOfThenItStaysPendingAndIsNoGap() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-02-15", on("2026-01-20"));

            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.covered()).isEqualTo(1);
            assertThat(verdict.pending()).isEqualTo(1);
            assertThat(verdict.missing()).isEmpty();
            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
        }

        @Test
        void givenAnAnnualControlThatAlreadyOperatedThisYearThenItIsEffectiveBeforeTheYearEnds() {
            OperatingVerdict verdict = judge(Frequency.ANNUAL, "2026-12-05", on("2026-05-12"));

            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.covered()).isEqualTo(1);
        }

        @Test
        void givenAnAnnualControlThatHasNotOperatedYetThenItIsNotYetDueWithItsYearPending() {
            OperatingVerdict verdict = judge(Frequency.ANNUAL, "2026-12-05");

            assertThat(verdict.status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
            assertThat(verdict.due()).isZero();
            assertThat(verdict.pending()).isEqualTo(1);
        }

        @Test
        void givenARecordOnlyInTheOpenSliceThenTheEarlierUncoveredSliceStillMakesItInconsistent() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-02-15", on("2026-02-01"));

            assertThat(verdict.due()).isEqualTo(2);
            assertThat(verdict.covered()).isEqualTo(1);
            assertThat(verdict.missing()).containsExactly(new Slice(0, day("2026-01-01"), day("2026-01-31")));
            assertThat(verdict.status()).isEqualTo(OperatingStatus.INCONSISTENT);
        }
    }

    @Nested
    class CollectionLag {
        // Monthly, lag 5: January (last day 31 Jan) is due once 31 Jan + 5 = 5 Feb is before as-of, from 6 Feb.

        @Test
        void givenAsOfTheDayBeforeTheLagEndsThenTheSliceIsPending() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-02-05", 5);

            assertThat(verdict.due()).isZero();
            assertThat(verdict.pending()).isEqualTo(2);
            assertThat(verdict.status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
        }

        @Test
        void givenAsOfTheDayTheLagHasPassedThenTheSliceIsDueAndMissedWithoutARecord() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-02-06", 5);

            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.pending()).isEqualTo(1);
            assertThat(verdict.missing()).containsExactly(new Slice(0, day("2026-01-01"), day("2026-01-31")));
            assertThat(verdict.status()).isEqualTo(OperatingStatus.NO_RECORDS);
        }

        @Test
        void givenAsOfTheDayAfterThatThenTheSliceStaysDue() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-02-07", 5);

            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.missing()).hasSize(1);
        }

        @Test
        void givenARecordInTheLagThenTheSliceInTheLagCountsAsDueAndCovered() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-02-05", 5, on("2026-01-31"));

            assertThat(verdict.due()).isEqualTo(1);
            assertThat(verdict.covered()).isEqualTo(1);
            assertThat(verdict.pending()).isEqualTo(1);
            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
        }

        @Test
        void givenAsOfAfterThePeriodEndButInsideTheLagThenTheLastSliceIsStillPending() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2027-01-03", 5, on("2026-11-15"));

            assertThat(verdict.due()).isEqualTo(11);
            assertThat(verdict.pending()).isEqualTo(1);
            assertThat(judge(Frequency.MONTHLY, "2027-01-06", 5).due()).isEqualTo(12);
        }

        @Test
        void givenADailyControlWhoseLastDaysAreNotCollectedYetThenItIsNotInconsistent() {
            EvidenceItem export = record("DAILY-EXPORT", "2026-11-28", "C1")
                    .covers("2026-01-01", "2026-11-28")
                    .build();

            OperatingVerdict withLag = judge(Frequency.DAILY, "2026-12-03", 5, export);
            OperatingVerdict withoutLag = judge(Frequency.DAILY, "2026-12-03", 0, export);

            assertThat(withLag.status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(withLag.due()).isEqualTo(332);
            assertThat(withLag.pending()).isEqualTo(5);
            assertThat(withLag.missing()).isEmpty();
            assertThat(withoutLag.status()).isEqualTo(OperatingStatus.INCONSISTENT);
            assertThat(withoutLag.missing())
                    .extracting(Slice::label)
                    .containsExactly("2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02");
        }

        @Test
        void givenADailyControlWhoseLastDaysStayMissingPastTheLagThenTheyAreMissed() {
            EvidenceItem export = record("DAILY-EXPORT", "2026-11-28", "C1")
                    .covers("2026-01-01", "2026-11-28")
                    .build();

            OperatingVerdict verdict = judge(Frequency.DAILY, "2026-12-05", 5, export);

            assertThat(verdict.missing()).extracting(Slice::label).containsExactly("2026-11-29");
            assertThat(verdict.status()).isEqualTo(OperatingStatus.INCONSISTENT);
        }
    }

    @Nested
    class Coverage {
        @Test
        void givenAQuarterlyControlWithOneMissedQuarterThenItIsInconsistent() {
            OperatingVerdict verdict =
                    judge(Frequency.QUARTERLY, "2027-01-15", on("2026-02-10"), on("2026-05-10"), on("2026-11-10"));

            assertThat(verdict.status()).isEqualTo(OperatingStatus.INCONSISTENT);
            assertThat(verdict.due()).isEqualTo(4);
            assertThat(verdict.covered()).isEqualTo(3);
            assertThat(verdict.missing()).containsExactly(new Slice(2, day("2026-07-01"), day("2026-09-30")));
        }

        @Test
        void givenARecordInEveryDueSliceThenEffective() {
            OperatingVerdict verdict = judge(Frequency.QUARTERLY, "2026-07-01", on("2026-01-01"), on("2026-06-30"));

            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
            assertThat(verdict.covered()).isEqualTo(2);
        }

        @Test
        void givenNoRecordsAndDueSlicesThenNoRecords() {
            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-03-15");

            assertThat(verdict.status()).isEqualTo(OperatingStatus.NO_RECORDS);
            assertThat(verdict.covered()).isZero();
            assertThat(verdict.missing()).hasSize(2);
        }

        @Test
        void givenACoversRangeOverlappingSeveralSlicesThenItCoversEachOfThem() {
            EvidenceItem export = record("LOG", "2026-04-02", "C1")
                    .covers("2026-01-20", "2026-03-01")
                    .build();

            OperatingVerdict verdict = judge(Frequency.MONTHLY, "2026-04-02", export);

            // January to March through the range; April, the slice holding as-of, through the day it was performed.
            assertThat(verdict.due()).isEqualTo(4);
            assertThat(verdict.covered()).isEqualTo(4);
            assertThat(verdict.status()).isEqualTo(OperatingStatus.EFFECTIVE);
        }
    }
}
