package io.auditpack.audit.review;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Gap;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.verdict.CoveragePoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The coverage of every job across its versions, one point per framework and version, then the review itself. */
final class CoverageTrend {
    private CoverageTrend() {}

    static List<CoveragePoint> of(List<PackSnapshot> versions, AuditResult result, int currentVersion) {
        List<CoveragePoint> points = new ArrayList<>();
        for (PackSnapshot version : versions) {
            for (FrameworkSummary summary : version.frameworks()) {
                points.add(point(
                        version.job(),
                        version.version(),
                        version.asOf(),
                        summary,
                        version.gaps(),
                        version.period() != null));
            }
        }
        for (Framework framework : Framework.values()) {
            if (result.job().packageType().covers(framework)) {
                points.add(point(
                        result.job().name(),
                        currentVersion,
                        result.asOf(),
                        FrameworkSummary.of(framework, result.requirements()),
                        result.gaps(),
                        result.job().judgesOperation()));
            }
        }
        return points;
    }

    private static CoveragePoint point(
            String job,
            int version,
            LocalDate asOf,
            FrameworkSummary summary,
            List<Gap> gaps,
            boolean judgesOperation) {
        int inScope = summary.requirementsInScope();
        int gapCount = (int)
                gaps.stream().filter(g -> g.framework() == summary.framework()).count();
        return new CoveragePoint(
                job,
                version,
                asOf,
                summary.framework(),
                inScope,
                gapCount,
                percent(summary.covered() + summary.partial(), inScope),
                judgesOperation ? percent(summary.effective(), inScope) : null);
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
