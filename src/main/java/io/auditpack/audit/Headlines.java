package io.auditpack.audit;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.Soc2Category;
import io.auditpack.verdict.Headline;
import java.util.ArrayList;
import java.util.List;

/** The headline counts of a result: one {@link Headline} per framework, and per SOC 2 category of the job. */
public final class Headlines {
    private Headlines() {}

    /** Per framework of the package (enum order), followed for SOC 2 by each of the job's categories (enum order). */
    public static List<Headline> of(AuditResult result, Catalog catalog) {
        List<Headline> lines = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            if (!result.job().packageType().covers(framework)) {
                continue;
            }
            lines.add(new Headline(framework, null, FrameworkSummary.of(framework, result.requirements())));
            if (framework == Framework.SOC2) {
                for (Soc2Category category : Soc2Category.values()) {
                    if (result.job().soc2Categories().contains(category)) {
                        lines.add(new Headline(framework, category, ofCategory(result, category, catalog)));
                    }
                }
            }
        }
        return List.copyOf(lines);
    }

    private static FrameworkSummary ofCategory(AuditResult result, Soc2Category category, Catalog catalog) {
        List<RequirementResult> own = result.requirements(Framework.SOC2).stream()
                .filter(r -> catalog.find(Framework.SOC2, r.id())
                                .map(Requirement::category)
                                .orElse(null)
                        == category)
                .toList();
        return FrameworkSummary.of(Framework.SOC2, own);
    }
}
