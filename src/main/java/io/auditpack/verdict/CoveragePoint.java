package io.auditpack.verdict;

import io.auditpack.domain.Framework;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One point of a job's coverage trend: one framework of one published version. {@code designPercent} is the share
 * of in-scope requirements whose design is covered or partial; {@code operatingPercent} the share of in-scope
 * requirements operating effectively (null for packages that do not judge operation), both rounded half up to one
 * decimal.
 */
public record CoveragePoint(
        String job,
        int version,
        LocalDate asOf,
        Framework framework,
        int inScope,
        int gaps,
        BigDecimal designPercent,
        @Nullable BigDecimal operatingPercent) {
    public CoveragePoint {
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(framework, "framework must not be null");
        Objects.requireNonNull(designPercent, "designPercent must not be null");
    }
}
