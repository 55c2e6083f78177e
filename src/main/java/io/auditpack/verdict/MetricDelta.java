package io.auditpack.verdict;

import java.util.Objects;

/**
 * One figure in two versions: {@code group} is a framework label ({@code SOC2}, {@code ISO27001}) for the headline
 * counts, or {@code findings} for the finding counts (metric {@code total}, a severity or a finding code).
 */
public record MetricDelta(String group, String metric, int before, int after) {
    public static final String FINDINGS = "findings";

    public MetricDelta {
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(metric, "metric must not be null");
    }

    public int delta() {
        return after - before;
    }

    public boolean changed() {
        return before != after;
    }
}
