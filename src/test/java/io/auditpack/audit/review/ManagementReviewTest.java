package io.auditpack.audit.review;

import static io.auditpack.domain.Framework.SOC2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.report.ReportFixtures;
import io.auditpack.verdict.CoveragePoint;
import io.auditpack.verdict.EvidenceDue;
import io.auditpack.verdict.FindingTrend;
import io.auditpack.verdict.GapActions;
import io.auditpack.verdict.ManagementReview;
import io.auditpack.verdict.Nonconformity;
import io.auditpack.verdict.OwnerScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The management review over the fixture's review result (as of 2026-06-30) and hand-made pack snapshots. */
class ManagementReviewTest {
    private static final AuditResult RESULT = ReportFixtures.managementReview().result();
    private static final Gap A = gap("CC1.1");
    private static final Gap B = gap("CC2.1");
    private static final Gap C = gap("CC3.1");

    private static Gap gap(String requirement) {
        return new Gap(GapType.MISSING_CONTROL, SOC2, requirement, "", "", 1);
    }

    private static PackSnapshot snapshot(String job, int version, String asOf, List<Gap> gaps) {
        return new PackSnapshot(
                job,
                PackageType.SOC2_TYPE2,
                version,
                LocalDate.parse(asOf),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                "%064d".formatted(version),
                "",
                List.of(new FrameworkSummary(SOC2, 40, 30, 5, 5, 0, 20, 5, 5, 5)),
                List.of(),
                gaps,
                List.of(),
                Map.of("warning", 3),
                Map.of("control.owner_missing", 1));
    }

    private static PackSnapshot lastReview(String asOf, List<Gap> gaps) {
        return new PackSnapshot(
                "review-2026",
                PackageType.MANAGEMENT_REVIEW,
                4,
                LocalDate.parse(asOf),
                null,
                "f".repeat(64),
                "",
                List.of(),
                List.of(),
                gaps,
                List.of(),
                Map.of(),
                Map.of("crosswalk.owner_concentration", 3, "gone.code", 2));
    }

    private static final List<PackSnapshot> SOC2_VERSIONS = List.of(
            snapshot("soc2", 1, "2026-03-01", List.of(A, B)),
            snapshot("soc2", 2, "2026-05-01", List.of(B, C)),
            snapshot("soc2", 3, "2026-07-15", List.of()));

    @Nested
    class ActionsSinceTheLastReview {
        @Test
        void aJobsGapsAreComparedBetweenItsVersionAtTheLastReviewAndItsLatestVersionUpToTheReviewDate() {
            ManagementReview review = ReviewAnalysis.of(
                    RESULT, new PackHistory(Optional.of(lastReview("2026-04-01", List.of())), SOC2_VERSIONS));

            GapActions soc2 = review.actions().get(0);
            assertThat(soc2.job()).isEqualTo("soc2");
            assertThat(List.of(soc2.fromVersion(), soc2.toVersion())).containsExactly(1, 2);
            assertThat(soc2.opened()).containsExactly(C);
            assertThat(soc2.closed()).containsExactly(A);
            assertThat(soc2.stillOpen()).containsExactly(B);
        }

        @Test
        void aFirstReviewComparesWithEachJobsFirstVersion() {
            ManagementReview review = ReviewAnalysis.of(RESULT, new PackHistory(Optional.empty(), SOC2_VERSIONS));

            GapActions soc2 = review.actions().get(0);
            assertThat(List.of(soc2.fromVersion(), soc2.toVersion())).containsExactly(1, 2);
            assertThat(review.lastReview()).isEmpty();
        }

        @Test
        void aJobWithNoVersionAtTheLastReviewHasEveryGapOpened() {
            ManagementReview review = ReviewAnalysis.of(
                    RESULT, new PackHistory(Optional.of(lastReview("2026-02-01", List.of())), SOC2_VERSIONS));

            GapActions soc2 = review.actions().get(0);
            assertThat(soc2.fromVersion()).isZero();
            assertThat(soc2.opened()).containsExactly(A, B, C);
            assertThat(soc2.closed()).containsExactly(A);
            assertThat(soc2.stillOpen()).isEmpty();
        }

        @Test
        void aJobsActionsAreTracedOverEveryVersionSinceTheLastReview() {
            Gap d = gap("CC4.1");
            List<PackSnapshot> history = List.of(
                    snapshot("soc2", 1, "2026-01-31", List.of(A, B)),
                    snapshot("soc2", 2, "2026-02-28", List.of(A, B, C)),
                    snapshot("soc2", 3, "2026-03-31", List.of(A, C, d)),
                    snapshot("soc2", 4, "2026-04-30", List.of(A, d)),
                    snapshot("soc2", 5, "2026-05-31", List.of(A, d)));

            ManagementReview review = ReviewAnalysis.of(
                    RESULT, new PackHistory(Optional.of(lastReview("2026-02-01", List.of())), history));

            GapActions soc2 = review.actions().get(0);
            assertThat(List.of(soc2.fromVersion(), soc2.toVersion())).containsExactly(1, 5);
            assertThat(soc2.opened()).containsExactly(C, d);
            assertThat(soc2.closed()).containsExactly(B, C);
            assertThat(soc2.stillOpen()).containsExactly(A);
        }

        @Test
        void aJobWithNoVersionSinceTheLastReviewHasNothingOpenedOrClosed() {
            List<PackSnapshot> history = List.of(snapshot("soc2", 1, "2026-01-31", List.of(A, B)));

            ManagementReview review = ReviewAnalysis.of(
                    RESULT, new PackHistory(Optional.of(lastReview("2026-04-01", List.of())), history));

            GapActions soc2 = review.actions().get(0);
            assertThat(List.of(soc2.fromVersion(), soc2.toVersion())).containsExactly(1, 1);
            assertThat(soc2.opened()).isEmpty();
            assertThat(soc2.closed()).isEmpty();
            assertThat(soc2.stillOpen()).containsExactly(A, B);
        }

        @Test
        void aFirstReviewComparesItsOwnGapsWithTheOtherJobsFirstVersions() {
            Gap own = RESULT.gaps().get(0);
            List<PackSnapshot> history = List.of(
                    snapshot("iso", 1, "2026-01-31", List.of(own)),
                    snapshot("soc2", 1, "2026-02-28", List.of(A)),
                    snapshot("soc2", 2, "2026-03-31", List.of(own)));

            ManagementReview review = ReviewAnalysis.of(RESULT, new PackHistory(Optional.empty(), history));

            GapActions self = review.actions().get(review.actions().size() - 1);
            assertThat(List.of(self.fromVersion(), self.toVersion())).containsExactly(0, 1);
            assertThat(self.stillOpen()).containsExactly(own);
            assertThat(self.closed()).containsExactly(A);
            assertThat(self.opened()).hasSize(RESULT.gaps().size() - 1).doesNotContain(own);
        }

        @Test
        void theReviewsOwnGapsAreComparedWithItsPreviousVersion() {
            Gap own = RESULT.gaps().get(0);
            ManagementReview review = ReviewAnalysis.of(
                    RESULT, new PackHistory(Optional.of(lastReview("2026-04-01", List.of(own, A))), List.of()));

            GapActions self = review.actions().get(review.actions().size() - 1);
            assertThat(self.job()).isEqualTo("review-2026");
            assertThat(List.of(self.fromVersion(), self.toVersion())).containsExactly(4, 5);
            assertThat(self.closed()).containsExactly(A);
            assertThat(self.stillOpen()).containsExactly(own);
            assertThat(self.opened()).hasSize(RESULT.gaps().size() - 1);
        }
    }

    @Test
    void coverageOverTimeHasOnePointPerJobVersionAndFrameworkUpToTheReviewDateThenTheReviewItself() {
        ManagementReview review = ReviewAnalysis.of(RESULT, new PackHistory(Optional.empty(), SOC2_VERSIONS));

        assertThat(review.coverage())
                .extracting(CoveragePoint::job, CoveragePoint::version, CoveragePoint::framework)
                .containsExactly(
                        tuple("soc2", 1, SOC2),
                        tuple("soc2", 2, SOC2),
                        tuple("review-2026", 1, SOC2),
                        tuple("review-2026", 1, Framework.ISO27001));
        CoveragePoint first = review.coverage().get(0);
        assertThat(first.designPercent()).isEqualTo(new BigDecimal("87.5"));
        assertThat(first.operatingPercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(first.gaps()).isEqualTo(2);
    }

    @Test
    void nonconformitiesAreGradedAndMarkedWhenNewSinceTheLastReview() {
        Gap kept = RESULT.gaps().get(1);
        ManagementReview review = ReviewAnalysis.of(
                RESULT, new PackHistory(Optional.of(lastReview("2026-04-01", List.of(kept))), List.of()));

        assertThat(review.nonconformities()).hasSize(RESULT.gaps().size());
        assertThat(review.nonconformities().get(0))
                .isEqualTo(new Nonconformity(RESULT.gaps().get(0), Nonconformity.MINOR, true));
        assertThat(review.nonconformities().get(1)).isEqualTo(new Nonconformity(kept, Nonconformity.MAJOR, false));
    }

    @Test
    void findingsAreCountedPerCodeNowAndAtTheLastReview() {
        ManagementReview review =
                ReviewAnalysis.of(RESULT, new PackHistory(Optional.of(lastReview("2026-04-01", List.of())), List.of()));

        assertThat(review.findings())
                .filteredOn(f -> f.code().equals("crosswalk.owner_concentration"))
                .singleElement()
                .satisfies(f -> assertThat(List.of(f.now(), f.atLastReview(), f.delta()))
                        .containsExactly(1, 3, -2));
        assertThat(review.findings())
                .filteredOn(f -> f.code().equals("gone.code"))
                .singleElement()
                .satisfies(f -> assertThat(List.of(f.now(), f.atLastReview())).containsExactly(0, 2));
        assertThat(review.findings().stream().mapToInt(FindingTrend::now).sum())
                .isEqualTo(RESULT.findings().size());
    }

    @Test
    void evidenceFallsDueOneIntervalAfterTheLastDayARecordCovers() {
        ManagementReview review = ReviewAnalysis.of(RESULT, PackHistory.none());

        assertThat(review.due())
                .extracting(
                        EvidenceDue::control,
                        EvidenceDue::frequency,
                        EvidenceDue::lastRecord,
                        EvidenceDue::nextDue,
                        EvidenceDue::window)
                .containsExactly(
                        tuple(
                                "CM-01",
                                Frequency.MONTHLY,
                                LocalDate.of(2026, 3, 31),
                                LocalDate.of(2026, 4, 30),
                                "overdue"),
                        tuple(
                                "AC-02",
                                Frequency.QUARTERLY,
                                LocalDate.of(2026, 3, 31),
                                LocalDate.of(2026, 6, 30),
                                "30"));
    }

    @Test
    void dueWindowsExcludeTheShorterOnes() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);

        assertThat(DueDates.window(asOf.minusDays(1), asOf)).isEqualTo("overdue");
        assertThat(DueDates.window(asOf, asOf)).isEqualTo("30");
        assertThat(DueDates.window(asOf.plusDays(31), asOf)).isEqualTo("60");
        assertThat(DueDates.window(asOf.plusDays(90), asOf)).isEqualTo("90");
        assertThat(DueDates.window(asOf.plusDays(91), asOf)).isEqualTo("later");
        assertThat(DueDates.next(LocalDate.of(2026, 1, 31), Frequency.MONTHLY)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(DueDates.next(LocalDate.of(2026, 1, 31), Frequency.WEEKLY)).isEqualTo(LocalDate.of(2026, 2, 7));
    }

    @Test
    void theScorecardHasOneLinePerOwnerWithTheUnownedControlsLast() {
        ManagementReview review = ReviewAnalysis.of(RESULT, PackHistory.none());

        assertThat(review.scorecard()).extracting(OwnerScore::owner).containsExactly("@admin", "Dana Ops", "");
        OwnerScore admin = review.scorecard().get(0);
        assertThat(List.of(
                        admin.controls(),
                        admin.effective(),
                        admin.noRecords(),
                        admin.documentsToRenew(),
                        admin.openGaps(),
                        admin.remediationItems(),
                        admin.overdue(),
                        admin.due30(),
                        admin.due60(),
                        admin.due90()))
                .containsExactly(1, 0, 1, 1, 8, 1, 0, 1, 1, 1);
        assertThat(admin.effectivePercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(review.scorecard().get(1).overdue()).isEqualTo(1);
        assertThat(review.scorecard().get(2).effectivePercent()).isNull();
    }

    @Test
    void theTopOpportunitiesAreTheFirstItemsOfTheRemediationPlan() {
        ManagementReview review = ReviewAnalysis.of(RESULT, PackHistory.none());

        assertThat(review.opportunities())
                .isEqualTo(RESULT.remediation().stream()
                        .limit(ManagementReview.TOP)
                        .toList());
    }
}
