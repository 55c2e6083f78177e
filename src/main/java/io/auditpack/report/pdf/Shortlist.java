package io.auditpack.report.pdf;

import java.util.List;

/**
 * The first items of a list, as many as a reader of the summary can use, and how many were left out: every list in
 * the PDF is bounded (docs/pdf-summary.md, "Bounds"); the workbook and the CSV files hold them all.
 */
record Shortlist<T>(List<T> shown, int more) {
    Shortlist {
        shown = List.copyOf(shown);
    }

    static <T> Shortlist<T> of(List<T> all, int max) {
        return all.size() <= max ? new Shortlist<>(all, 0) : new Shortlist<>(all.subList(0, max), all.size() - max);
    }

    /** {@code a, b, c and 12 more}: at most {@code max} texts, joined. */
    static String joined(List<String> all, int max) {
        Shortlist<String> list = of(all, max);
        return String.join(", ", list.shown()) + (list.more() > 0 ? " and " + list.more() + " more" : "");
    }

    /** A text cut to {@code max} characters, marked with an ellipsis and its length when cut. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\u2026 (" + text.length() + " characters)";
    }

    /** Adds {@code And 12 more <what>: see <where>.} when items were left out. */
    void tell(Blocks blocks, String what, String where) {
        if (more > 0) {
            blocks.paragraph("And %d more %s: see %s.".formatted(more, what, where));
        }
    }
}
