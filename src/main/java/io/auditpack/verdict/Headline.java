package io.auditpack.verdict;

import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the executive summary: the headline counts of a framework, or of one SOC 2 category within it.
 * {@code category} is null for a whole framework. Shared by metrics.json, the workbook and the PDF.
 */
public record Headline(Framework framework, @Nullable Soc2Category category, FrameworkSummary summary) {
    public Headline {
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
    }

    /** {@code SOC2}, {@code ISO27001}, or {@code SOC2 security}. */
    public String label() {
        return category == null ? framework.label() : framework.label() + " " + Words.word(category);
    }

    /** Design coverage in percent, rounded half up to one decimal. */
    public BigDecimal designCoveragePercent() {
        return BigDecimal.valueOf(summary.designCoveragePercent()).setScale(1, RoundingMode.HALF_UP);
    }
}
