package io.auditpack.report.excel;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Gap;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sheets {@code SOC 2} and {@code ISO 27001} (only for the package's frameworks): each requirement in result order
 * (ISO: the clauses, then Annex A) with its design and operating status, its implemented controls, the SoA
 * justification, its gaps, each control with its operating status, and the SOC 2 category or the ISO kind
 * ({@code clause} or {@code annex_a}).
 */
final class RequirementsSheet {
    static final List<String> HEADER = List.of(
            "Requirement",
            "Title",
            "Group",
            "Design",
            "Operating",
            "Controls",
            "Justification",
            "Gaps",
            "Control statuses");
    private static final List<Integer> WIDTHS = List.of(12, 44, 28, 16, 16, 28, 36, 40, 40, 14);

    private RequirementsSheet() {}

    static String name(Framework framework) {
        return framework == Framework.SOC2 ? "SOC 2" : "ISO 27001";
    }

    /** The last column: {@code Category} (SOC 2) or {@code Kind} (ISO 27001). */
    static List<String> header(Framework framework) {
        List<String> header = new ArrayList<>(HEADER);
        header.add(framework == Framework.SOC2 ? "Category" : "Kind");
        return header;
    }

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context, Framework framework) {
        AuditResult result = context.result();
        TableSheet sheet = new TableSheet(workbook, styles, name(framework), header(framework), WIDTHS);
        Map<String, ControlResult> controls = new HashMap<>();
        result.controls().forEach(c -> controls.putIfAbsent(c.id(), c));
        for (RequirementResult requirement : result.requirements(framework)) {
            sheet.row()
                    .text(requirement.id())
                    .text(requirement.title())
                    .text(requirement.group())
                    .status(requirement.design().word())
                    .status(requirement.operating().word())
                    .text(String.join("; ", requirement.controls()))
                    .text(requirement.justification())
                    .text(gaps(result.gaps(), requirement))
                    .text(requirement.controls().stream()
                            .map(id -> id + " ("
                                    + (controls.containsKey(id)
                                            ? controls.get(id).status().word()
                                            : "") + ")")
                            .collect(Collectors.joining("; ")))
                    .text(kind(requirement, context.catalog()));
        }
        sheet.finish();
    }

    private static String kind(RequirementResult requirement, Catalog catalog) {
        Requirement known =
                catalog.find(requirement.framework(), requirement.id()).orElse(null);
        if (known == null) {
            return "";
        }
        if (requirement.framework() == Framework.SOC2) {
            return Words.word(Objects.requireNonNull(known.category()));
        }
        return known.annexA() ? "annex_a" : "clause";
    }

    private static String gaps(List<Gap> gaps, RequirementResult requirement) {
        return gaps.stream()
                .filter(g -> g.framework() == requirement.framework()
                        && g.requirement().equals(requirement.id()))
                .map(g -> g.control().isEmpty() ? g.type().word() : g.type().word() + " (" + g.control() + ")")
                .distinct()
                .collect(Collectors.joining("; "));
    }
}
