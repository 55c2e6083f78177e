package io.auditpack.report.pdf;

import io.auditpack.domain.ScopeStatement;
import io.auditpack.report.PackContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit-ready narrative of scope.yaml: system description, services, environments, teams, third parties, data
 * flows, boundaries and shared assumptions, in file order, then the boundary tags the audit compares controls with.
 */
final class ScopeSection implements Section {
    /** Entries shown per narrative key (and tags per list), and characters per entry. */
    static final int LINES_SHOWN = 50;

    static final int LINE_CHARACTERS = 1000;

    @Override
    public void add(Blocks blocks, PackContext context) {
        ScopeStatement scope = context.inputs().scope();
        blocks.section("Scope");
        if (scope.narrative().isEmpty()
                && scope.soc2Boundary().isEmpty()
                && scope.ismsScope().isEmpty()) {
            blocks.paragraph("The input folder has no scope.yaml: no scope statement, no boundary check.");
            return;
        }
        for (Map.Entry<String, List<String>> section : scope.narrative().entrySet()) {
            blocks.subsection(title(section.getKey()));
            Shortlist<String> lines = Shortlist.of(section.getValue(), LINES_SHOWN);
            for (String line : lines.shown()) {
                if (section.getValue().size() == 1) {
                    blocks.paragraph(Shortlist.cut(line, LINE_CHARACTERS));
                } else {
                    blocks.bullet(Shortlist.cut(line, LINE_CHARACTERS));
                }
            }
            lines.tell(blocks, "entries", "scope.yaml");
        }
        if (!scope.soc2Boundary().isEmpty() || !scope.ismsScope().isEmpty()) {
            blocks.subsection("Boundary tags");
            blocks.bullet("SOC 2 system boundary: " + tags(scope.soc2Boundary()));
            blocks.bullet("ISMS scope: " + tags(scope.ismsScope()));
        }
    }

    private static String tags(List<String> tags) {
        return tags.isEmpty() ? "not stated (no boundary check)" : Shortlist.joined(tags, LINES_SHOWN);
    }

    /** {@code third_parties} becomes {@code Third parties}; {@code assumptions}, {@code Shared assumptions}. */
    static String title(String key) {
        if (key.equals("assumptions")) {
            return "Shared assumptions";
        }
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
