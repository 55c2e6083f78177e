package io.auditpack.report.pdf;

/** The job's collection lag in words, for the cover page. */
final class CollectionLag {
    private CollectionLag() {}

    /** {@code none: a slice is judged once it has ended}, or how many days records are awaited after it ends. */
    static String words(int days) {
        if (days == 0) {
            return "none: a slice is judged once it has ended";
        }
        String amount = days == 1 ? "1 day" : days + " days";
        return amount + ": records are awaited " + amount + " after a slice ends before it is judged";
    }
}
