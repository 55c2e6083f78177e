package io.auditpack.audit.review;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.verdict.EvidenceDue;
import io.auditpack.verdict.OwnerScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** One {@link OwnerScore} per control owner, by owner name; controls without an owner come last (owner empty). */
final class OwnerScorecard {
    private OwnerScorecard() {}

    static List<OwnerScore> of(AuditResult result, List<EvidenceDue> due) {
        Map<String, List<ControlResult>> byOwner =
                new TreeMap<>(Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()));
        for (ControlResult control : result.controls()) {
            byOwner.computeIfAbsent(control.control().owner().strip(), o -> new ArrayList<>())
                    .add(control);
        }
        List<OwnerScore> scores = new ArrayList<>();
        byOwner.forEach((owner, controls) -> {
            List<EvidenceDue> own =
                    due.stream().filter(d -> d.owner().strip().equals(owner)).toList();
            int judged = count(controls, c -> c.due() > 0);
            int effective = count(controls, c -> c.status() == OperatingStatus.EFFECTIVE);
            int in30 = windows(own, "30");
            int in60 = in30 + windows(own, "60");
            scores.add(new OwnerScore(
                    owner,
                    controls.size(),
                    effective,
                    count(controls, c -> c.status() == OperatingStatus.INCONSISTENT),
                    count(controls, c -> c.status() == OperatingStatus.NO_RECORDS),
                    count(controls, c -> c.status() == OperatingStatus.NOT_YET_DUE),
                    count(controls, c -> c.status() == OperatingStatus.NOT_IMPLEMENTED),
                    count(
                            controls,
                            c -> c.documentation() == DocumentationStatus.STALE
                                    || c.documentation() == DocumentationStatus.MISSING),
                    (int) result.gaps().stream()
                            .filter(g -> g.owner().strip().equals(owner))
                            .count(),
                    (int) result.remediation().stream()
                            .filter(r -> r.owner().strip().equals(owner))
                            .count(),
                    windows(own, EvidenceDue.OVERDUE),
                    in30,
                    in60,
                    in60 + windows(own, "90"),
                    judged == 0 ? null : CoverageTrend.percent(effective, judged)));
        });
        return scores;
    }

    private static int count(List<ControlResult> controls, Predicate<ControlResult> test) {
        return (int) controls.stream().filter(test).count();
    }

    private static int windows(List<EvidenceDue> due, String window) {
        return (int) due.stream().filter(d -> d.window().equals(window)).count();
    }
}
