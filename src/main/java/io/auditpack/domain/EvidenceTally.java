package io.auditpack.domain;

/**
 * How many evidence items there are, count, fall in the period, and how many files they put in the pack (one per
 * item and control folder it is packed under).
 */
public record EvidenceTally(long items, long counted, long inPeriod, long packedFiles) {
    public static final EvidenceTally NONE = new EvidenceTally(0, 0, 0, 0);

    public EvidenceTally {
        if (items < 0 || counted < 0 || inPeriod < 0 || packedFiles < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** This tally with one more item. */
    public EvidenceTally plus(boolean isCounted, boolean isInPeriod, int files) {
        return new EvidenceTally(
                items + 1, counted + (isCounted ? 1 : 0), inPeriod + (isInPeriod ? 1 : 0), packedFiles + files);
    }
}
