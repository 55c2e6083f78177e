package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.inputs;
import static io.auditpack.audit.Given.mapping;
import static io.auditpack.audit.Given.record;
import static io.auditpack.audit.Given.type2;
import static io.auditpack.domain.Framework.SOC2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.SliceDeadline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {
    private static final JobDefinition YEAR = type2("2026-01-01", "2026-12-31");

    private static Deadlines deadlines(JobDefinition job, String asOf, int window, Given.InputsSpec inputs) {
        return DeadlineRule.of(Auditor.audit(job, day(asOf), inputs.build(), Catalog.builtIn()), window);
    }

    private static Given.InputsSpec monthly(String id) {
        return inputs().controls(control(id).noDocumentation()).mappings(mapping(id, SOC2, "CC1.1"));
    }

    private static List<LocalDate> dates(List<SliceDeadline> deadlines) {
        return deadlines.stream().map(SliceDeadline::deadline).toList();
    }

    @Test
    void aSliceWhoseDeadlineIsTheReferenceDateIsDueTodayNotOverdue() {
        Deadlines deadlines = deadlines(
                YEAR,
                "2026-03-31",
                30,
                monthly("C1").evidence(record("R1", "2026-01-15", "C1"), record("R2", "2026-02-10", "C1")));

        assertThat(deadlines.overdue()).isEmpty();
        SliceDeadline march = deadlines.dueSoon().get(0);
        assertThat(march.slice().label()).isEqualTo("2026-03");
        assertThat(march.deadline()).isEqualTo(day("2026-03-31"));
        assertThat(march.daysLeft()).isZero();
        assertThat(march.countdown()).isEqualTo("due today");
    }

    @Test
    void theDayAfterItsDeadlineAnUnrecordedSliceIsOverdue() {
        Deadlines deadlines = deadlines(
                YEAR,
                "2026-04-01",
                30,
                monthly("C1").evidence(record("R1", "2026-01-15", "C1"), record("R2", "2026-02-10", "C1")));

        assertThat(deadlines.overdue())
                .extracting(d -> d.slice().label(), SliceDeadline::daysLeft, SliceDeadline::overdue)
                .containsExactly(tuple("2026-03", -1L, true));
        assertThat(deadlines.overdue().get(0).countdown()).isEqualTo("1 day overdue");
    }

    @Test
    void theCollectionLagCarriesADeadlineAcrossTheSliceBoundary() {
        JobDefinition lagged = YEAR.withCollectionLag(5);

        Deadlines deadlines = deadlines(lagged, "2026-02-03", 30, monthly("C1"));

        assertThat(deadlines.overdue()).isEmpty();
        assertThat(deadlines.dueSoon())
                .extracting(d -> d.slice().label(), SliceDeadline::deadline, SliceDeadline::daysLeft)
                .containsExactly(tuple("2026-01", day("2026-02-05"), 2L), tuple("2026-02", day("2026-03-05"), 30L));
        assertThat(deadlines(lagged, "2026-02-06", 30, monthly("C1")).overdue())
                .extracting(d -> d.slice().label())
                .containsExactly("2026-01");
    }

    @Test
    void aSliceWithARecordIsNotDueEvenBeforeItsDeadline() {
        Deadlines deadlines = deadlines(
                YEAR,
                "2026-03-20",
                30,
                monthly("C1")
                        .evidence(
                                record("R1", "2026-01-15", "C1"),
                                record("R2", "2026-02-10", "C1"),
                                record("R3", "2026-03-19", "C1")));

        assertThat(deadlines.dueSoon()).isEmpty();
        assertThat(dates(deadlines.upcoming())).startsWith(day("2026-04-30")).hasSize(9);
    }

    @Test
    void aCoversRangeDoesTheSliceItOverlaps() {
        Deadlines deadlines = deadlines(
                YEAR,
                "2026-03-20",
                30,
                monthly("C1").evidence(record("R1", "2026-03-15", "C1").covers("2026-01-01", "2026-04-02")));

        assertThat(deadlines.overdue()).isEmpty();
        assertThat(deadlines.upcoming()).extracting(d -> d.slice().label()).startsWith("2026-05");
    }

    @Test
    void overdueSlicesComeFirstThenTheUpcomingOnesByDeadline() {
        Given.InputsSpec inputs = inputs().controls(
                        control("Q1").frequency(Frequency.QUARTERLY).noDocumentation(),
                        control("M1").noDocumentation())
                .mappings(mapping("Q1", SOC2, "CC1.1"), mapping("M1", SOC2, "CC1.2"))
                .evidence(record("R1", "2026-04-20", "M1"));

        Deadlines deadlines = deadlines(YEAR, "2026-05-20", 45, inputs);

        assertThat(deadlines.dueSoon())
                .extracting(SliceDeadline::control, d -> d.slice().label(), SliceDeadline::daysLeft)
                .containsExactly(
                        tuple("M1", "2026-01", -109L),
                        tuple("M1", "2026-02", -81L),
                        tuple("M1", "2026-03", -50L),
                        tuple("Q1", "2026-01-01..2026-03-31", -50L),
                        tuple("M1", "2026-05", 11L),
                        tuple("M1", "2026-06", 41L),
                        tuple("Q1", "2026-04-01..2026-06-30", 41L));
    }

    @Test
    void theWindowHoldsItsLastDayAndNotTheNext() {
        Deadlines twentyNine = deadlines(
                YEAR,
                "2026-03-01",
                29,
                monthly("C1").evidence(record("R1", "2026-01-15", "C1"), record("R2", "2026-02-10", "C1")));
        Deadlines thirty = deadlines(
                YEAR,
                "2026-03-01",
                30,
                monthly("C1").evidence(record("R1", "2026-01-15", "C1"), record("R2", "2026-02-10", "C1")));

        assertThat(twentyNine.dueSoon()).isEmpty();
        assertThat(thirty.dueSoon()).extracting(SliceDeadline::daysLeft).containsExactly(30L);
        assertThat(twentyNine.upcoming()).hasSize(10);
    }

    @Test
    void eventControlsAndControlsNotImplementedHaveNoDeadlines() {
        Given.InputsSpec inputs = inputs().controls(
                        control("E1").frequency(Frequency.EVENT).noDocumentation(),
                        control("P1").status(ControlStatus.PLANNED).noDocumentation())
                .mappings(mapping("E1", SOC2, "CC1.1"), mapping("P1", SOC2, "CC1.2"));

        Deadlines deadlines = deadlines(YEAR, "2027-06-01", 30, inputs);

        assertThat(deadlines.overdue()).isEmpty();
        assertThat(deadlines.upcoming()).isEmpty();
    }

    @Test
    void upcomingDeadlinesRunToTheLastSliceOfThePeriodPlusTheLag() {
        Deadlines deadlines = deadlines(YEAR.withCollectionLag(5), "2026-11-20", 30, monthly("C1"));

        assertThat(dates(deadlines.upcoming())).containsExactly(day("2026-12-05"), day("2027-01-05"));
        assertThat(deadlines.overdue()).hasSize(10);
    }

    @Test
    void aPointInTimePackageHasNoDeadlines() {
        JobDefinition type1 = Given.job(PackageType.SOC2_TYPE1, null);

        Deadlines deadlines = deadlines(type1, "2026-06-30", 30, monthly("C1"));

        assertThat(deadlines.overdue()).isEmpty();
        assertThat(deadlines.upcoming()).isEmpty();
    }

    @Test
    void anOwnerSeesOnlyTheirControlsWhateverTheCase() {
        Given.InputsSpec inputs = inputs().controls(
                        control("A1").owner("Alice@Example.com").noDocumentation(),
                        control("B1").owner("bob@example.com").noDocumentation())
                .mappings(mapping("A1", SOC2, "CC1.1"), mapping("B1", SOC2, "CC1.2"));

        Deadlines deadlines = deadlines(YEAR, "2026-02-10", 30, inputs).ownedBy(" alice@example.COM");

        assertThat(deadlines.dueSoon()).extracting(SliceDeadline::control).containsOnly("A1");
        assertThat(deadlines.dueSoon()).hasSize(2);
    }
}
