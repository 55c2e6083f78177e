package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.Severity;
import io.auditpack.domain.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one load, grouped by file in the order files were read, each file's findings in line
 * order. Each file reports at most {@value #MAX_ERRORS} errors, then one error saying how many more there were.
 */
final class FindingLog {
    static final int MAX_ERRORS = 100;

    private final Map<String, List<Finding>> byFile = new LinkedHashMap<>();

    void add(Finding finding) {
        byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(Shown.finding(finding));
    }

    void addAll(List<Finding> findings) {
        findings.forEach(this::add);
    }

    boolean hasErrors() {
        return byFile.values().stream().flatMap(List::stream).anyMatch(Finding::isError);
    }

    boolean hasErrors(String file) {
        return byFile.getOrDefault(file, List.of()).stream().anyMatch(Finding::isError);
    }

    /** Every finding, file by file, line order within a file, errors capped per file. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        byFile.forEach((file, findings) -> {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Comparator.comparingLong(Finding::line));
            int errors = 0;
            for (Finding finding : sorted) {
                if (finding.severity() == Severity.ERROR && ++errors > MAX_ERRORS) {
                    continue;
                }
                all.add(finding);
            }
            if (errors > MAX_ERRORS) {
                all.add(Finding.error(
                        "input.more_errors",
                        SourceRef.of(file),
                        "",
                        "",
                        "... and " + (errors - MAX_ERRORS) + " more errors in this file (only the first " + MAX_ERRORS
                                + " are listed)"));
            }
        });
        return all;
    }
}
