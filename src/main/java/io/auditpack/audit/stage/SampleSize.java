package io.auditpack.audit.stage;

import io.auditpack.domain.Frequency;

/**
 * How many items an auditor tests for a control (docs/audit-rules.md, "Samples"). A control with a fixed rhythm is
 * sized by its frequency: annual 1, semiannual 2, quarterly 2, monthly 2, weekly 5, daily 25. A control without one
 * ({@code event}, and {@code continuous}: many times a day) is sized by its population: 1 to 25 items all, 26 to 100
 * items 25, 101 to 250 items 40, more than 250 items 60. The size is the size drawn: never more than the population.
 */
public final class SampleSize {
    /** The largest population tested whole when sized by population. */
    static final int WHOLE = 25;

    private SampleSize() {}

    /** The number of items drawn from a population of {@code population} items. */
    public static int of(Frequency frequency, int population) {
        return Math.min(Math.max(population, 0), table(frequency, population));
    }

    /** Why the sample has its size, in words (shown with the sample). */
    public static String basis(Frequency frequency, int population) {
        if (population == 0) {
            return "no item in the period";
        }
        String rule = byPopulation(frequency)
                ? "population " + band(population) + ": " + (population <= WHOLE ? "all" : table(frequency, population))
                : frequency.word() + ": " + table(frequency, population);
        return of(frequency, population) == population ? rule + " (whole population)" : rule;
    }

    private static boolean byPopulation(Frequency frequency) {
        return frequency == Frequency.EVENT || frequency == Frequency.CONTINUOUS;
    }

    private static int table(Frequency frequency, int population) {
        return switch (frequency) {
            case ANNUAL -> 1;
            case SEMIANNUAL, QUARTERLY, MONTHLY -> 2;
            case WEEKLY -> 5;
            case DAILY -> 25;
            case EVENT, CONTINUOUS ->
                population <= WHOLE ? population : population <= 100 ? 25 : population <= 250 ? 40 : 60;
        };
    }

    private static String band(int population) {
        return population <= WHOLE ? "1-25" : population <= 100 ? "26-100" : population <= 250 ? "101-250" : "over 250";
    }
}
