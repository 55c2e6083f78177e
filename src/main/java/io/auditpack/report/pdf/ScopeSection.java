package io.auditpack.report.pdf;

import io.auditpack.domain.Framework;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.report.PackContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit-ready narrative of scope.yaml: system description, services, environments, teams, third parties, data
 * flows, boundaries and shared assumptions, in file order, then the boundary tags the audit compares controls with.
 * ISO-only packs speak ISO: the section is the ISMS scope (clause 4.3) and shows the ISMS scope tags only.
 */
final class ScopeSection implements Section {
    /** Entries shown per narrative key (and tags per list), and characters per entry. */
    static final int LINES_SHOWN = 50;

    static final int LINE_CHARACTERS = 1000;

    @Override
    public void add(Blocks blocks, PackContext context) {
        ScopeStatement scope = context.inputs().scope();
        boolean soc2 = context.result().job().packageType().covers(Framework.SOC2);
        blocks.section(soc2 ? "Scope" : "ISMS scope (ISO/IEC 27001:2022 clause 4.3)");
        if (scope.narrative().isEmpty()
                && scope.soc2Boundary().isEmpty()
                && scope.ismsScope().isEmpty()) {
            blocks.paragraph(
                    soc2
                            ? "The input folder has no scope.yaml: no scope statement, no boundary check."
                            : "The input folder has no scope.yaml: the pack holds no statement of the ISMS scope.");
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
        if (!soc2) {
            blocks.subsection("ISMS scope tags");
            blocks.bullet(
                    scope.ismsScope().isEmpty()
                            ? "ISMS scope tags: not stated"
                            : "ISMS scope tags (controls.csv scope): " + String.join(", ", scope.ismsScope()));
        } else if (!scope.soc2Boundary().isEmpty() || !scope.ismsScope().isEmpty()) {
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
