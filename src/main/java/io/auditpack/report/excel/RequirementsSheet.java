package io.auditpack.report.excel;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Gap;
import io.auditpack.domain.RequirementResult;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Sheets {@code SOC 2} and {@code ISO 27001} (only for the package's frameworks): each requirement in result order
 * with its design and operating status, its implemented controls, the SoA justification and its gap types.
 */
final class RequirementsSheet {
    static final List<String> HEADER = List.of("Requirement", "Title", "Group", "Design", "Operating", "Controls",
            "Justification", "Gaps");
    private static final List<Integer> WIDTHS = List.of(12, 44, 28, 16, 16, 28, 36, 40);

    private RequirementsSheet() {
    }

    static String name(Framework framework) {
        return framework == Framework.SOC2 ? "SOC 2" : "ISO 27001";
    }

    static void write(SXSSFWorkbook workbook, Styles styles, AuditResult result, Framework framework) {
        TableSheet sheet = new TableSheet(workbook, styles, name(framework), HEADER, WIDTHS);
        for (RequirementResult requirement : result.requirements(framework)) {
            sheet.row()
                    .text(requirement.id()).text(requirement.title()).text(requirement.group())
                    .status(requirement.design().word()).status(requirement.operating().word())
                    .text(String.join("; ", requirement.controls())).text(requirement.justification())
                    .text(gaps(result.gaps(), requirement));
        }
        sheet.finish();
    }

    private static String gaps(List<Gap> gaps, RequirementResult requirement) {
        return gaps.stream()
                .filter(g -> g.framework() == requirement.framework() && g.requirement().equals(requirement.id()))
                .map(g -> g.control().isEmpty() ? g.type().word() : g.type().word() + " (" + g.control() + ")")
                .distinct().collect(Collectors.joining("; "));
    }
}
