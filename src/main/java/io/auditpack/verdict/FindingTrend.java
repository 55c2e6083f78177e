package io.auditpack.verdict;

import java.util.Objects;

/** How many findings of one code the current result has and how many the last review had (0 when none). */
public record FindingTrend(String code, String severity, int now, int atLastReview) {
    public FindingTrend {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
    }

    public int delta() {
        return now - atLastReview;
    }
}
