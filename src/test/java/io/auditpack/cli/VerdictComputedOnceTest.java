package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;

import io.auditpack.audit.Headlines;
import io.auditpack.audit.diff.VersionDiff;
import io.auditpack.audit.review.ReviewAnalysis;
import io.auditpack.audit.stage.Stage1Check;
import io.auditpack.audit.stage.Stage2Sampler;
import io.auditpack.audit.stage.StatementOfApplicability;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.JobDefinition;
import io.auditpack.input.InputLoader;
import io.auditpack.input.JobFileReader;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedStatic;
import org.mockito.verification.VerificationMode;

/**
 * Each part of the verdict is computed once per run, in the compute step, whatever the package type, whether a
 * previous version exists and whether the content changed: the rules are counted while real runs of the demo jobs
 * execute (the calls made on the run's thread; the writers, which run on the pack's worker threads, may not call
 * them at all: {@code LayeringTest} keeps it so).
 */
class VerdictComputedOnceTest {
    @TempDir
    Path output;

    private MockedStatic<Stage1Check> stage1;
    private MockedStatic<StatementOfApplicability> soa;
    private MockedStatic<Stage2Sampler> samples;
    private MockedStatic<ReviewAnalysis> review;
    private MockedStatic<VersionDiff> diff;
    private MockedStatic<Headlines> headlines;

    @BeforeEach
    void countTheRules() {
        stage1 = mockStatic(Stage1Check.class, CALLS_REAL_METHODS);
        soa = mockStatic(StatementOfApplicability.class, CALLS_REAL_METHODS);
        samples = mockStatic(Stage2Sampler.class, CALLS_REAL_METHODS);
        review = mockStatic(ReviewAnalysis.class, CALLS_REAL_METHODS);
        diff = mockStatic(VersionDiff.class, CALLS_REAL_METHODS);
        headlines = mockStatic(Headlines.class, CALLS_REAL_METHODS);
    }

    @AfterEach
    void stopCounting() {
        List.of(stage1, soa, samples, review, diff, headlines).forEach(MockedStatic::close);
    }

    @Test
    void aStage1RunComputesItsChecklistAndItsSoaOnceFirstAndWhenUnchanged() throws Exception {
        assertThat(run("iso27001-stage1", "2026-10-15")).isEqualTo(RunOutcome.Kind.PUBLISHED);
        counted(1, 1, 0, 0, 0);

        assertThat(run("iso27001-stage1", "2026-10-15")).isEqualTo(RunOutcome.Kind.UNCHANGED);
        counted(1, 1, 0, 0, 0);
    }

    @Test
    void aTypeIIRunDrawsItsSamplesOnceAndComparesWithThePreviousVersionOnce() throws Exception {
        assertThat(run("soc2-type2", "2026-09-30")).isEqualTo(RunOutcome.Kind.PUBLISHED);
        counted(0, 0, 1, 0, 0);

        assertThat(run("soc2-type2", "2026-12-05")).isEqualTo(RunOutcome.Kind.PUBLISHED);
        counted(0, 0, 1, 0, 1);

        assertThat(run("soc2-type2", "2026-12-05")).isEqualTo(RunOutcome.Kind.UNCHANGED);
        counted(0, 0, 1, 0, 1);
    }

    @Test
    void aStage2RunComputesItsSoaAndSamplesOnce() throws Exception {
        assertThat(run("iso27001-stage2", "2026-12-05")).isEqualTo(RunOutcome.Kind.PUBLISHED);
        counted(0, 1, 1, 0, 0);
    }

    @Test
    void aManagementReviewAnalysesItsHistoryOnce() throws Exception {
        assertThat(run("soc2-type2", "2026-12-05")).isEqualTo(RunOutcome.Kind.PUBLISHED);
        counted(0, 0, 1, 0, 0);

        assertThat(run("management-review", "2026-12-05")).isEqualTo(RunOutcome.Kind.PUBLISHED);
        counted(0, 1, 0, 1, 0);

        assertThat(run("management-review", "2026-12-06")).isEqualTo(RunOutcome.Kind.PUBLISHED);
        counted(0, 1, 0, 1, 1);
    }

    /** Runs a demo job through the Batch job, the inputs read beforehand as the command line does; clears the counts. */
    private RunOutcome.Kind run(String jobFile, String asOf) throws Exception {
        clear();
        JobDefinition job =
                JobFileReader.read(Path.of("jobs", jobFile + ".yaml")).withFolders(null, output);
        try (var context = BatchContext.open(output)) {
            return context.getBean(RunLauncher.class)
                    .launch(
                            new RunRequest(job, LocalDate.parse(asOf), jobFile + "-" + asOf + "-" + System.nanoTime()),
                            InputLoader.load(job.input(), Catalog.builtIn()))
                    .kind();
        }
    }

    private void counted(int checklists, int soaRows, int draws, int reviews, int diffs) {
        stage1.verify(() -> Stage1Check.check(any(), any(), any(), any()), times(checklists));
        soa.verify(() -> StatementOfApplicability.rows(any(), any(), any()), times(soaRows));
        samples.verify(() -> Stage2Sampler.sample(any(), anyInt(), any()), times(draws));
        review.verify(() -> ReviewAnalysis.of(any(), any()), times(reviews));
        diff.verify(() -> VersionDiff.between(any(), any()), times(diffs));
        headlines.verify(() -> Headlines.of(any(), any()), once());
    }

    private static VerificationMode once() {
        return times(1);
    }

    private void clear() {
        List.<MockedStatic<?>>of(stage1, soa, samples, review, diff, headlines).forEach(MockedStatic::clearInvocations);
    }
}
