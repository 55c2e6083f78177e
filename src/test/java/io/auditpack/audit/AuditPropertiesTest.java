package io.auditpack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import io.auditpack.domain.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the audit math over seeded random periods, frequencies, as-of dates and records: JUnit
 * parameterised tests, one seed per case (the seed is in the test name, so a failure replays with that seed).
 */
class AuditPropertiesTest {
    private static final long BASE_SEED = Long.getLong("auditpack.property.seed", 20_261_129L);
    private static final int CASES = Integer.getInteger("auditpack.property.cases", 250);
    private static final List<String> SOC2 = List.of("CC6.1", "CC6.2", "CC7.1", "CC7.2", "CC8.1");

    static LongStream seeds() {
        return new Random(BASE_SEED).longs(CASES);
    }

    /** One random world: a period, an as-of, a collection lag, a frequency and records dated around the period. */
    record World(Period period, LocalDate asOf, int lag, Frequency frequency, List<EvidenceItem> records) {
        static World of(long seed) {
            Random random = new Random(seed);
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
            if (random.nextInt(4) == 0) {
                start = start.withDayOfMonth(start.lengthOfMonth());
            }
            Period period = new Period(start, start.plusDays(random.nextInt(420)));
            LocalDate asOf = start.minusDays(15).plusDays(random.nextInt((int) days(period) + 60));
            int lag = random.nextInt(3) == 0 ? 0 : random.nextInt(12);
            Frequency frequency = Frequency.values()[random.nextInt(Frequency.values().length)];
            List<EvidenceItem> records = new ArrayList<>();
            int count = random.nextInt(10);
            for (int i = 0; i < count; i++) {
                EvidenceItem item = record(random, period, "EV-" + i, "C-1");
                if (!item.performedOn().isAfter(asOf)) {
                    records.add(item);
                }
            }
            return new World(period, asOf, lag, frequency, records);
        }

        OperatingVerdict judge(List<Slice> slices, int lag, List<EvidenceItem> records) {
            return SliceJudge.judge(slices, asOf, lag, records);
        }
    }

    static EvidenceItem record(Random random, Period period, String id, String control) {
        LocalDate performed = period.start().minusDays(20).plusDays(random.nextInt((int) days(period) + 40));
        LocalDate from = null;
        LocalDate to = null;
        if (random.nextInt(3) == 0) {
            from = performed.minusDays(random.nextInt(90));
            to = from.plusDays(random.nextInt(60));
        }
        return new EvidenceItem(
                id,
                List.of(control),
                "Record " + id,
                EvidenceType.LOG,
                performed,
                from,
                to,
                null,
                "",
                "",
                "",
                "",
                new SourceRef("evidence.csv", 2),
                Map.of());
    }

    private static long days(Period period) {
        return period.end().toEpochDay() - period.start().toEpochDay() + 1;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void slicesTileThePeriodFromItsStartToItsEndWithoutGapOrOverlap(long seed) {
        World world = World.of(seed);
        List<Slice> slices = Slicer.slices(world.frequency(), world.period());

        assertThat(slices.get(0).start()).isEqualTo(world.period().start());
        assertThat(slices.get(slices.size() - 1).end()).isEqualTo(world.period().end());
        for (int i = 1; i < slices.size(); i++) {
            assertThat(slices.get(i).start()).isEqualTo(slices.get(i - 1).end().plusDays(1));
            assertThat(slices.get(i).index()).isEqualTo(i);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBegunSliceIsDueOrPendingAndEverySlicePastItsLagIsDue(long seed) {
        World world = World.of(seed);
        List<Slice> slices = Slicer.slices(world.frequency(), world.period());

        OperatingVerdict verdict = world.judge(slices, world.lag(), world.records());

        long begun =
                slices.stream().filter(s -> !s.start().isAfter(world.asOf())).count();
        long pastLag = slices.stream()
                .filter(s -> s.end().plusDays(world.lag()).isBefore(world.asOf()))
                .count();
        assertThat(verdict.due() + verdict.pending()).isEqualTo((int) begun);
        assertThat(verdict.due()).isBetween((int) pastLag, (int) begun);
        assertThat(verdict.covered()).isBetween(0, verdict.due());
        assertThat(verdict.covered() + verdict.missing().size()).isEqualTo(verdict.due());
        assertThat(verdict.missing())
                .as("a slice is only missed once its lag has passed")
                .allMatch(s -> s.end().plusDays(world.lag()).isBefore(world.asOf()));
        assertThat(verdict.pending()).isLessThanOrEqualTo((int) begun - (int) pastLag);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLongerLagNeverMissesMoreSlices(long seed) {
        World world = World.of(seed);
        List<Slice> slices = Slicer.slices(world.frequency(), world.period());

        OperatingVerdict shorter = world.judge(slices, world.lag(), world.records());
        OperatingVerdict longer = world.judge(slices, world.lag() + 1 + (int) (seed & 7), world.records());

        assertThat(shorter.missing()).containsAll(longer.missing());
        assertThat(longer.covered()).isEqualTo(shorter.covered());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anotherRecordNeverLowersCoverageAndACoveredSliceStaysCovered(long seed) {
        World world = World.of(seed);
        List<Slice> slices = Slicer.slices(world.frequency(), world.period());
        OperatingVerdict before = world.judge(slices, world.lag(), world.records());
        List<EvidenceItem> more = new ArrayList<>(world.records());
        EvidenceItem extra = record(new Random(seed ^ 0x5DEECE66DL), world.period(), "EV-new", "C-1");
        if (!extra.performedOn().isAfter(world.asOf())) {
            more.add(extra);
        }

        OperatingVerdict after = world.judge(slices, world.lag(), more);

        assertThat(after.covered()).isGreaterThanOrEqualTo(before.covered());
        assertThat(after.due()).isGreaterThanOrEqualTo(before.due());
        assertThat(after.due() + after.pending()).isEqualTo(before.due() + before.pending());
        assertThat(before.missing()).containsAll(after.missing());
        assertThat(after.status().ordinal() <= before.status().ordinal() || after.covered() > before.covered())
                .as("%s -> %s", before.status(), after.status())
                .isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOrderOfTheRecordsDoesNotChangeTheVerdict(long seed) {
        World world = World.of(seed);
        List<Slice> slices = Slicer.slices(world.frequency(), world.period());
        List<EvidenceItem> shuffled = new ArrayList<>(world.records());
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(world.judge(slices, world.lag(), shuffled))
                .isEqualTo(world.judge(slices, world.lag(), world.records()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aWholeAuditIgnoresTheOrderOfItsInputsAndMoreEvidenceLowersNoControlsCoverage(long seed) {
        Random random = new Random(seed);
        World world = World.of(seed);
        JobDefinition job = Given.type2(
                        world.period().start().toString(), world.period().end().toString())
                .withCollectionLag(world.lag());
        Given.InputsSpec spec = Given.inputs();
        List<Given.ControlSpec> controls = new ArrayList<>();
        List<io.auditpack.domain.Mapping> mappings = new ArrayList<>();
        List<EvidenceItem> evidence = new ArrayList<>();
        int controlCount = 1 + random.nextInt(4);
        for (int c = 0; c < controlCount; c++) {
            String id = "C-" + c;
            controls.add(Given.control(id)
                    .frequency(Frequency.values()[random.nextInt(Frequency.values().length)])
                    .noDocumentation());
            mappings.add(Given.mapping(id, Framework.SOC2, SOC2.get(random.nextInt(SOC2.size()))));
            for (int e = random.nextInt(6); e > 0; e--) {
                evidence.add(record(random, world.period(), "EV-" + c + "-" + e, id));
            }
        }
        Set<List<String>> distinctMappings = new HashSet<>();
        mappings.removeIf(m -> !distinctMappings.add(List.of(m.controlId(), m.requirementId())));
        AuditResult result = audit(job, world.asOf(), controls, mappings, evidence, false, random);
        AuditResult shuffled = audit(job, world.asOf(), controls, mappings, evidence, true, random);

        assertThat(summary(shuffled)).isEqualTo(summary(result));
        assertThat(new HashSet<>(shuffled.gaps())).isEqualTo(new HashSet<>(result.gaps()));

        List<EvidenceItem> more = new ArrayList<>(evidence);
        more.add(record(random, world.period(), "EV-extra", "C-" + random.nextInt(controlCount)));
        AuditResult richer = audit(job, world.asOf(), controls, mappings, more, false, random);
        for (ControlResult control : richer.controls()) {
            ControlResult old = result.controls().stream()
                    .filter(c -> c.id().equals(control.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(control.covered()).as(control.id()).isGreaterThanOrEqualTo(old.covered());
            assertThat(control.due()).as(control.id()).isGreaterThanOrEqualTo(old.due());
            assertThat(old.missingSlices().size())
                    .as(control.id())
                    .isGreaterThanOrEqualTo(control.missingSlices().size());
        }
        assertThat(richer.gaps().size()).isLessThanOrEqualTo(result.gaps().size());
    }

    private static AuditResult audit(
            JobDefinition job,
            LocalDate asOf,
            List<Given.ControlSpec> controls,
            List<io.auditpack.domain.Mapping> mappings,
            List<EvidenceItem> evidence,
            boolean shuffle,
            Random random) {
        List<Given.ControlSpec> c = new ArrayList<>(controls);
        List<io.auditpack.domain.Mapping> m = new ArrayList<>(mappings);
        List<EvidenceItem> e = new ArrayList<>(evidence);
        if (shuffle) {
            Collections.shuffle(c, random);
            Collections.shuffle(m, random);
            Collections.shuffle(e, random);
        }
        InputSet base = Given.inputs()
                .controls(c.toArray(Given.ControlSpec[]::new))
                .mappings(m.toArray(io.auditpack.domain.Mapping[]::new))
                .build();
        InputSet inputs = new InputSet(
                base.controls(),
                base.mappings(),
                e,
                List.of(),
                base.scope(),
                base.evidenceRoot(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return Auditor.audit(job, asOf, inputs, Catalog.builtIn());
    }

    /** Per control and per requirement, what the audit decided, independent of order. */
    private static Map<String, String> summary(AuditResult result) {
        Map<String, String> summary = new TreeMap<>();
        result.controls()
                .forEach(c -> summary.put(
                        "control " + c.id(),
                        c.status() + " " + c.due() + "/" + c.covered() + "/" + c.pending() + " " + c.missingSlices()));
        result.requirements()
                .forEach(r -> summary.put(
                        "requirement " + r.framework() + " " + r.id(),
                        r.design() + " " + r.operating() + " "
                                + new TreeMap<>(Map.of(
                                        "c",
                                        String.join(
                                                ";",
                                                r.controls().stream().sorted().toList())))));
        return summary;
    }
}
