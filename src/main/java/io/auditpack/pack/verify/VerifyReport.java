package io.auditpack.pack.verify;

import java.util.List;

/** What {@code verify} looked at ({@code checked}) and what it found wrong ({@code problems}), one line each. */
public record VerifyReport(List<String> checked, List<String> problems) {
    public VerifyReport {
        checked = List.copyOf(checked);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The report for a terminal: {@code ok  <line>} for each check, {@code PROBLEM  <line>} for each problem. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        checked.forEach(line -> text.append("ok       ").append(line).append('\n'));
        problems.forEach(line -> text.append("PROBLEM  ").append(line).append('\n'));
        text.append(ok() ? "pack verified\n" : problems.size() + " problem(s) found\n");
        return text.toString();
    }
}
