package io.auditpack.audit;

import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.period;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Frequency;
import io.auditpack.domain.Slice;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlicerTest {

    @Nested
    class MonthBasedSlices {
        @Test
        void givenAPeriodStartingOn31JanuaryWhenSlicedMonthlyThenSlicesStayAnchoredAtMonthEnds() {
            List<Slice> slices = Slicer.slices(Frequency.MONTHLY, period("2026-01-31", "2026-12-31"));

            assertThat(slices)
                    .extracting(Slice::start)
                    .startsWith(
                            day("2026-01-31"),
                            day("2026-02-28"),
                            day("2026-03-31"),
                            day("2026-04-30"),
                            day("2026-05-31"));
            assertThat(slices)
                    .extracting(Slice::end)
                    .startsWith(day("2026-02-27"), day("2026-03-30"), day("2026-04-29"), day("2026-05-30"));
            assertThat(slices).hasSize(12);
            assertThat(slices.get(11)).isEqualTo(new Slice(11, day("2026-12-31"), day("2026-12-31")));
        }

        @Test
        void givenA31JanuaryStartInALeapYearWhenSlicedMonthlyThenTheSecondSliceStartsOn29February() {
            List<Slice> slices = Slicer.slices(Frequency.MONTHLY, period("2024-01-31", "2024-12-30"));

            assertThat(slices.get(0)).isEqualTo(new Slice(0, day("2024-01-31"), day("2024-02-28")));
            assertThat(slices.get(1)).isEqualTo(new Slice(1, day("2024-02-29"), day("2024-03-30")));
            assertThat(slices.get(2).start()).isEqualTo(day("2024-03-31"));
        }

        @Test
        void givenA29FebruaryStartWhenSlicedAnnuallyThenLaterYearsStartOn28February() {
            List<Slice> slices = Slicer.slices(Frequency.ANNUAL, period("2024-02-29", "2026-02-27"));

            assertThat(slices)
                    .containsExactly(
                            new Slice(0, day("2024-02-29"), day("2025-02-27")),
                            new Slice(1, day("2025-02-28"), day("2026-02-27")));
        }

        @Test
        void givenACalendarYearWhenSlicedQuarterlyAndSemiannuallyThenFourAndTwoSlices() {
            assertThat(Slicer.slices(Frequency.QUARTERLY, period("2026-01-01", "2026-12-31")))
                    .extracting(Slice::end)
                    .containsExactly(day("2026-03-31"), day("2026-06-30"), day("2026-09-30"), day("2026-12-31"));
            assertThat(Slicer.slices(Frequency.SEMIANNUAL, period("2026-01-01", "2026-12-31")))
                    .hasSize(2);
        }

        @Test
        void givenAPeriodEndingMidMonthWhenSlicedMonthlyThenTheLastSliceIsCutAtThePeriodEnd() {
            List<Slice> slices = Slicer.slices(Frequency.MONTHLY, period("2026-01-01", "2026-02-15"));

            assertThat(slices)
                    .containsExactly(
                            new Slice(0, day("2026-01-01"), day("2026-01-31")),
                            new Slice(1, day("2026-02-01"), day("2026-02-15")));
        }

        @Test
        void givenAContinuousControlWhenSlicedThenItIsSlicedMonthly() {
            assertThat(Slicer.slices(Frequency.CONTINUOUS, period("2026-01-31", "2026-12-31")))
                    .isEqualTo(Slicer.slices(Frequency.MONTHLY, period("2026-01-31", "2026-12-31")));
        }
    }

    @Nested
    class DayBasedSlices {
        @Test
        void givenJanuaryWhenSlicedDailyThen31OneDaySlices() {
            List<Slice> slices = Slicer.slices(Frequency.DAILY, period("2026-01-01", "2026-01-31"));

            assertThat(slices).hasSize(31).allMatch(s -> s.start().equals(s.end()));
            assertThat(slices.get(30).start()).isEqualTo(day("2026-01-31"));
        }

        @Test
        void givenACalendarYearWhenSlicedWeeklyThen52WeeksAndAOneDayRemainder() {
            List<Slice> slices = Slicer.slices(Frequency.WEEKLY, period("2026-01-01", "2026-12-31"));

            assertThat(slices).hasSize(53);
            assertThat(slices.get(0)).isEqualTo(new Slice(0, day("2026-01-01"), day("2026-01-07")));
            assertThat(slices.get(52)).isEqualTo(new Slice(52, day("2026-12-31"), day("2026-12-31")));
        }

        @Test
        void givenAnEventControlWhenSlicedThenOneSliceIsTheWholePeriod() {
            assertThat(Slicer.slices(Frequency.EVENT, period("2026-01-01", "2026-12-31")))
                    .containsExactly(new Slice(0, day("2026-01-01"), day("2026-12-31")));
        }

        @Test
        void givenAOneDayPeriodWhenSlicedMonthlyThenOneOneDaySlice() {
            assertThat(Slicer.slices(Frequency.MONTHLY, period("2026-03-31", "2026-03-31")))
                    .containsExactly(new Slice(0, day("2026-03-31"), day("2026-03-31")));
        }
    }
}
