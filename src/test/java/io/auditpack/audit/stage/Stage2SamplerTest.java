package io.auditpack.audit.stage;

import static io.auditpack.domain.EvidenceType.POLICY;
import static io.auditpack.domain.EvidenceType.RECORD;
import static io.auditpack.domain.Frequency.ANNUAL;
import static io.auditpack.domain.Frequency.MONTHLY;
import static io.auditpack.domain.Frequency.WEEKLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Frequency;
import io.auditpack.verdict.Stage2Sample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Stage2SamplerTest {
    private static final String AS_OF = "2026-12-31";

    /** A monthly control M with one record on the 10th of each month of 2026: R01..R12. */
    private static StageInputs monthlyTwelve() {
        StageInputs inputs = new StageInputs().control("M", MONTHLY).map("M", "A.8.8");
        for (int month = 1; month <= 12; month++) {
            inputs.evidence("R%02d".formatted(month), RECORD, "2026-%02d-10".formatted(month), "M");
        }
        return inputs;
    }

    private static Stage2Sample only(AuditResult result, int version) {
        List<Stage2Sample> samples = Stage2Sampler.sample(result, version);
        assertThat(samples).hasSize(1);
        return samples.get(0);
    }

    @ParameterizedTest(name = "{0} with a population of {1} samples {2}")
    @CsvSource({
        "ANNUAL,12,1",
        "SEMIANNUAL,12,2",
        "QUARTERLY,12,2",
        "MONTHLY,12,2",
        "WEEKLY,52,5",
        "DAILY,365,25",
        "CONTINUOUS,500,60",
        "EVENT,1,1",
        "EVENT,4,4",
        "EVENT,12,12",
        "EVENT,25,25",
        "EVENT,52,25",
        "EVENT,101,40"
    })
    void theSampleSizeFollowsTheFrequencyTable(Frequency frequency, int population, int size) {
        assertThat(SampleSize.of(frequency, population)).isEqualTo(size);
    }

    @Test
    void aMonthlyControlWithTwelveRecordsDrawsTheTwoWithTheLowestSha256Keys() {
        Stage2Sample sample = only(monthlyTwelve().audit(StageInputs.stage2(), AS_OF), 1);
        assertThat(sample.seed()).isEqualTo("stage-job:v0001");
        assertThat(sample.population()).hasSize(12).startsWith("R01");
        assertThat(sample.sampleSize()).isEqualTo(2);
        // computed independently: printf '%s' 'stage-job:v0001|M|R09' | sha256sum, for R01..R12, lowest two
        assertThat(sample.sample()).containsExactly("R08", "R09");
        assertThat(SeededDraw.key("stage-job:v0001", "M", "R01"))
                .isEqualTo("ba50cf5c414cea9f0be21b66590d27da503aabb1cc339265febcb91dbe768f27");
    }

    @Test
    void theSameVersionDrawsTheSameSampleAndTheNextVersionAnother() {
        AuditResult result = monthlyTwelve().audit(StageInputs.stage2(), AS_OF);
        assertThat(only(result, 1)).isEqualTo(only(monthlyTwelve().audit(StageInputs.stage2(), AS_OF), 1));
        assertThat(only(result, 2).sample()).containsExactly("R03", "R07");
    }

    @Test
    void aPopulationSmallerThanTheSampleSizeIsTestedWhole() {
        StageInputs inputs = new StageInputs()
                .control("W", WEEKLY)
                .map("W", "A.8.15")
                .evidence("W1", RECORD, "2026-02-02", "W")
                .evidence("W2", RECORD, "2026-03-02", "W");
        Stage2Sample sample = only(inputs.audit(StageInputs.stage2(), AS_OF), 1);
        assertThat(sample.sampleSize()).isEqualTo(2);
        assertThat(sample.basis()).isEqualTo("weekly: 5 (whole population)");
        assertThat(sample.sample()).containsExactly("W1", "W2");
        assertThat(sample.wholePopulation()).isTrue();
    }

    @Test
    void documentsRecordsOutsideThePeriodAndRecordsAfterAsOfAreNotInThePopulation() {
        StageInputs inputs = new StageInputs()
                .control("A", ANNUAL)
                .map("A", "A.5.1")
                .evidence("POL", POLICY, "2026-01-05", "A")
                .evidence("BEFORE", RECORD, "2025-12-20", "A")
                .evidence("IN", RECORD, "2026-05-05", "A")
                .evidence("LATE", RECORD, "2026-11-20", "A");
        Stage2Sample sample = only(inputs.audit(StageInputs.stage2(), "2026-11-01"), 3);
        assertThat(sample.population()).containsExactly("IN");
        assertThat(sample.sample()).containsExactly("IN");
    }

    @Test
    void controlsThatArePlannedOrMappedToNothingInScopeAreNotSampled() {
        StageInputs inputs = monthlyTwelve()
                .control("PLAN", MONTHLY, ControlStatus.PLANNED)
                .map("PLAN", "A.5.2")
                .control("EXCLUDED", MONTHLY)
                .map("EXCLUDED", "A.7.4")
                .exclude("A.7.4", "no data centre")
                .control("UNMAPPED", MONTHLY)
                .control("EMPTY", MONTHLY)
                .map("EMPTY", "A.5.3");
        List<Stage2Sample> samples = Stage2Sampler.sample(inputs.audit(StageInputs.stage2(), AS_OF), 1);
        assertThat(samples).extracting(Stage2Sample::control).containsExactly("M", "EMPTY");
        assertThat(samples.get(1).population()).isEmpty();
        assertThat(samples.get(1).sample()).isEmpty();
    }

    @Test
    void aRecordSharedByTwoControlsIsDrawnForEachIndependently() {
        assertThat(SeededDraw.key("s", "A", "R1")).isNotEqualTo(SeededDraw.key("s", "B", "R1"));
        assertThat(SeededDraw.draw("s", "A", List.of("R1", "R2", "R3"), 0)).isEmpty();
        assertThat(SeededDraw.draw("s", "A", List.of("R3", "R1", "R2"), 3)).containsExactly("R3", "R1", "R2");
    }
}
