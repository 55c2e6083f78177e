package io.auditpack.report.pdf;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.RequirementResult;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One bar of the coverage charts: a framework, a SOC 2 category, or an ISO 27001 theme (the management-system
 * clauses 4-10 and the four Annex A themes), with its headline counts.
 */
record CoverageLine(String label, FrameworkSummary summary) {
    private static final List<String> ISO_THEMES = List.of("organizational", "people", "physical", "technological");

    /** The headline lines of metrics.json, followed for ISO 27001 by its clauses and Annex A themes. */
    static List<CoverageLine> of(PackContext context) {
        AuditResult result = context.result();
        Catalog catalog = context.catalog();
        List<CoverageLine> lines = new ArrayList<>();
        for (Headline headline : context.report().headlines()) {
            lines.add(new CoverageLine(headline.label(), headline.summary()));
            if (headline.framework() == Framework.ISO27001 && headline.category() == null) {
                List<RequirementResult> iso = result.requirements(Framework.ISO27001);
                lines.add(new CoverageLine("ISO27001 clauses 4-10", summary(iso, r -> !annexA(r, catalog))));
                for (String theme : ISO_THEMES) {
                    lines.add(new CoverageLine(
                            "ISO27001 " + theme,
                            summary(
                                    iso,
                                    r -> annexA(r, catalog)
                                            && r.group()
                                                    .toLowerCase(Locale.ROOT)
                                                    .contains(theme))));
                }
            }
        }
        return lines.stream().filter(l -> l.summary().requirementsInScope() > 0).toList();
    }

    private static FrameworkSummary summary(List<RequirementResult> requirements, Predicate<RequirementResult> which) {
        return FrameworkSummary.of(
                Framework.ISO27001, requirements.stream().filter(which).toList());
    }

    private static boolean annexA(RequirementResult requirement, Catalog catalog) {
        return catalog.find(Framework.ISO27001, requirement.id())
                .map(Requirement::annexA)
                .orElse(requirement.id().startsWith("A."));
    }

    /** Requirements in scope whose operation was judged (all in scope but those without implemented controls). */
    int judged() {
        return summary.effective() + summary.inconsistent() + summary.noRecords() + summary.notYetDue();
    }
}
