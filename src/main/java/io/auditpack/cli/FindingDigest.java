package io.auditpack.cli;

import io.auditpack.domain.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines {@code validate} prints for a list of findings. Errors are all printed (each names what to fix). Warnings
 * and notes of one code beyond {@link #HANDFUL} are summarised: the first {@link #EXAMPLES} in input order, then one
 * line with the count of the others; {@code all} prints every one.
 */
final class FindingDigest {
    /** More findings of one code than this are summarised. */
    static final int HANDFUL = 5;
    /** How many of a summarised code are printed as examples. */
    static final int EXAMPLES = 3;

    private FindingDigest() {}

    /** One entry per printed line, in the findings' order; a summary line follows the last example of its code. */
    static List<Line> lines(List<Finding> findings, boolean all) {
        Map<String, Integer> total = new LinkedHashMap<>();
        findings.stream().filter(f -> !f.isError()).forEach(f -> total.merge(f.code(), 1, Integer::sum));
        Map<String, Integer> shown = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Finding finding : findings) {
            int count = total.getOrDefault(finding.code(), 0);
            if (all || finding.isError() || count <= HANDFUL) {
                lines.add(new Line(finding.isError(), "  " + finding.describe()));
                continue;
            }
            int index = shown.merge(finding.code(), 1, Integer::sum);
            if (index <= EXAMPLES) {
                lines.add(new Line(false, "  " + finding.describe()));
            }
            if (index == EXAMPLES) {
                lines.add(new Line(
                        false,
                        "  ... and %d more %s %s (%d in all; --all-findings prints every one)"
                                .formatted(
                                        count - EXAMPLES,
                                        finding.code(),
                                        count - EXAMPLES == 1 ? "finding" : "findings",
                                        count)));
            }
        }
        return lines;
    }

    /** One printed line; {@code error} lines go to the error stream. */
    record Line(boolean error, String text) {}
}
