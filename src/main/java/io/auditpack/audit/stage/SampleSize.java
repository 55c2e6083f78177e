package io.auditpack.audit.stage;

import io.auditpack.domain.Frequency;

/**
 * How many records an auditor tests for a control, by how often it operates (common audit practice): annual 1,
 * semiannual 2, quarterly 2, monthly 2, weekly 5, daily 25, continuous (several times a day) 25. An
 * {@code event} control has no fixed rhythm: its size follows its population as if the events were periodic
 * (1 record: 1; up to 12: 2; up to 52: 5; more: 25). A smaller population is tested whole.
 */
public final class SampleSize {
    private SampleSize() {}

    public static int of(Frequency frequency, int population) {
        return switch (frequency) {
            case ANNUAL -> 1;
            case SEMIANNUAL, QUARTERLY, MONTHLY -> 2;
            case WEEKLY -> 5;
            case DAILY, CONTINUOUS -> 25;
            case EVENT -> population <= 1 ? 1 : population <= 12 ? 2 : population <= 52 ? 5 : 25;
        };
    }
}
