package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.RequirementResult;
import io.auditpack.report.PackContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One table per framework of the package: every requirement with its design status, its operating status (period
 * packages) and the implemented controls mapped to it; an excluded requirement shows its justification instead.
 */
final class FrameworkSection implements Section {
    /** Control IDs named per requirement, and characters of a justification shown. */
    static final int CONTROLS_SHOWN = 20;

    static final int JUSTIFICATION_CHARACTERS = 1000;

    @Override
    public void add(Blocks blocks, PackContext context) {
        AuditResult result = context.result();
        boolean judges = result.job().judgesOperation();
        for (Framework framework : Framework.values()) {
            if (!result.job().packageType().covers(framework)) {
                continue;
            }
            blocks.newPage();
            blocks.section(title(framework));
            List<RequirementResult> requirements = result.requirements(framework);
            blocks.paragraph("%d requirements, %d in scope. Design: covered when an implemented control is mapped "
                            .formatted(
                                    requirements.size(),
                                    requirements.stream()
                                            .filter(RequirementResult::inScope)
                                            .count())
                    + "with a full relationship, partial when only partial mappings exist."
                    + (judges ? " Operating: the worst status of the mapped controls." : ""));
            List<String> header = new ArrayList<>(List.of("ID", "Title", "Design"));
            if (judges) {
                header.add("Operating");
            }
            header.add("Controls or justification");
            PdfPTable table = judges
                    ? blocks.table(header, 0.9f, 3.4f, 1.3f, 1.3f, 3.2f)
                    : blocks.table(header, 0.9f, 3.8f, 1.3f, 3.8f);
            for (RequirementResult requirement : requirements) {
                blocks.cell(table, requirement.id());
                blocks.cell(table, requirement.title());
                blocks.status(table, requirement.design().word());
                if (judges) {
                    blocks.status(
                            table,
                            requirement.inScope() ? requirement.operating().word() : "");
                }
                blocks.cell(
                        table,
                        requirement.inScope()
                                ? Shortlist.joined(requirement.controls(), CONTROLS_SHOWN)
                                : Shortlist.cut(requirement.justification(), JUSTIFICATION_CHARACTERS));
            }
            blocks.add(table);
        }
    }

    private static String title(Framework framework) {
        return switch (framework) {
            case SOC2 -> "SOC 2 Trust Services Criteria";
            case ISO27001 -> "ISO/IEC 27001:2022 clauses and Annex A";
        };
    }
}
