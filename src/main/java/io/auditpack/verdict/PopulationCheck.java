package io.auditpack.verdict;

import io.auditpack.domain.Population;
import java.util.Objects;

/**
 * A population with what the audit found in it: its occurrences dated in the period ({@code inPeriod}), those a
 * record proves ({@code covered}), the due ones no record proves ({@code exceptions}) and the ones not yet due
 * ({@code pending}). Point-in-time packages count the whole population as in period and judge nothing.
 */
public record PopulationCheck(Population population, int inPeriod, int covered, int exceptions, int pending) {
    public PopulationCheck {
        Objects.requireNonNull(population, "population must not be null");
        if (covered + exceptions + pending > inPeriod || inPeriod > population.count()) {
            throw new IllegalArgumentException("impossible counts for population " + population.id());
        }
    }
}
