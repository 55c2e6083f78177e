package io.auditpack.verdict;

import io.auditpack.domain.Frequency;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The auditor's sample of one control for Stage 2: its population (the IDs of its counting operational records in
 * the period, input order; read from the evidence list when the sampler built it), the sample size the frequency
 * calls for, the sampled IDs (population order) and the seed they were drawn with. {@code sample} has {@code min(sampleSize, population)} IDs.
 */
public record Stage2Sample(
        String control,
        String title,
        Frequency frequency,
        List<String> population,
        int sampleSize,
        List<String> sample,
        String seed) {

    public Stage2Sample {
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(frequency, "frequency must not be null");
        population = Collections.unmodifiableList(population); // not copied: a population can be large
        sample = List.copyOf(sample);
        Objects.requireNonNull(seed, "seed must not be null");
        if (sample.size() != Math.min(sampleSize, population.size()) || !drawnFrom(sample, population)) {
            throw new IllegalArgumentException("sample of " + control + " is not drawn from its population");
        }
    }

    /** Whether every sampled ID is in the population: one pass over the population, which can be large. */
    private static boolean drawnFrom(List<String> sample, List<String> population) {
        Set<String> missing = new HashSet<>(sample);
        for (Iterator<String> ids = population.iterator(); ids.hasNext() && !missing.isEmpty(); ) {
            missing.remove(ids.next());
        }
        return missing.isEmpty();
    }

    /** True when the population is no larger than the sample size, so every record is tested. */
    public boolean wholePopulation() {
        return population.size() <= sampleSize;
    }
}
