package io.auditpack.report.data;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of the executive summary: the headline counts of a framework, or of one SOC 2 category within it.
 * {@code category} is null for a whole framework. Shared by metrics.json, the workbook and the PDF.
 */
public record Headline(Framework framework, Soc2Category category, FrameworkSummary summary) {
    public Headline {
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
    }

    /** Per framework of the package (enum order), followed for SOC 2 by each of the job's categories (enum order). */
    public static List<Headline> of(AuditResult result) {
        List<Headline> lines = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            if (!result.job().packageType().covers(framework)) {
                continue;
            }
            lines.add(new Headline(framework, null, FrameworkSummary.of(framework, result.requirements())));
            if (framework == Framework.SOC2) {
                for (Soc2Category category : Soc2Category.values()) {
                    if (result.job().soc2Categories().contains(category)) {
                        lines.add(new Headline(framework, category, ofCategory(result, category)));
                    }
                }
            }
        }
        return List.copyOf(lines);
    }

    /** {@code SOC2}, {@code ISO27001}, or {@code SOC2 security}. */
    public String label() {
        return category == null ? framework.label() : framework.label() + " " + Words.word(category);
    }

    /** Design coverage in percent, rounded half up to one decimal. */
    public BigDecimal designCoveragePercent() {
        return BigDecimal.valueOf(summary.designCoveragePercent()).setScale(1, RoundingMode.HALF_UP);
    }

    private static FrameworkSummary ofCategory(AuditResult result, Soc2Category category) {
        List<RequirementResult> own = result.requirements(Framework.SOC2).stream()
                .filter(r -> Catalog.builtIn()
                                .find(Framework.SOC2, r.id())
                                .map(Requirement::category)
                                .orElse(null)
                        == category)
                .toList();
        return FrameworkSummary.of(Framework.SOC2, own);
    }
}
