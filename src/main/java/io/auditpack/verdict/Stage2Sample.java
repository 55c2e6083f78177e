package io.auditpack.verdict;

import io.auditpack.domain.Frequency;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The auditor's sample of one control (soc2-type2, iso27001-stage2): its population, the sample size drawn (the size
 * the sampling table calls for, never more than the population), the sampled IDs (population order) and the seed they
 * were drawn with. The population holds the IDs of the control's occurrences from populations.csv ({@code unit}
 * {@code occurrence}) or else of its counting operational records in the period ({@code record}: input order, read
 * from the evidence list when the sampler built it). {@code basis} says in words why the sample has its size.
 */
public record Stage2Sample(
        String control,
        String title,
        Frequency frequency,
        List<String> population,
        int sampleSize,
        List<String> sample,
        String seed,
        String unit,
        String basis) {

    /** The unit of a population taken from populations.csv. */
    public static final String OCCURRENCE = "occurrence";
    /** The unit of a population of evidence records. */
    public static final String RECORD = "record";

    public Stage2Sample {
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(frequency, "frequency must not be null");
        population = Collections.unmodifiableList(population); // not copied: a population can be large
        sample = List.copyOf(sample);
        Objects.requireNonNull(seed, "seed must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        if (sample.size() != sampleSize || sampleSize > population.size() || !drawnFrom(sample, population)) {
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

    /** True when every item of the population is drawn. */
    public boolean wholePopulation() {
        return population.size() == sampleSize;
    }

    /** Whether the population is the control's occurrences from populations.csv. */
    public boolean ofOccurrences() {
        return unit.equals(OCCURRENCE);
    }
}
