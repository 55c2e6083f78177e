package io.auditpack.report.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.DescriptionCriterion;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SubserviceOrganisation;
import io.auditpack.domain.SystemDescription;
import io.auditpack.report.PackContext;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Section III of a SOC 2 report: the description of the system, built from scope.yaml along the DC 2018
 * description criteria (DC 1 to DC 9, DC 9 for Type II only; DC 5 and DC 8 from the audit's criteria). A section
 * scope.yaml does not provide is marked NOT PROVIDED, and the audit's description findings lead the section as the
 * readiness points an auditor will raise.
 */
final class DescriptionSection implements Section {
    static final String TITLE = "Section III: Description of the system";
    static final String NOT_PROVIDED = "NOT PROVIDED";
    private static final List<String> CODES = List.of("scope.description_missing", "scope.csoc_missing");

    @Override
    public void add(Blocks blocks, PackContext context) {
        JobDefinition job = context.result().job();
        boolean typeTwo = job.packageType() == PackageType.SOC2_TYPE2;
        ScopeStatement scope = context.inputs().scope();
        SystemDescription description = scope.description();
        blocks.newPage();
        blocks.section(TITLE);
        blocks.paragraph(job.organization() + "'s description of its " + job.system() + " system "
                + (typeTwo
                        ? "throughout the period "
                                + AssertionSection.day(
                                        Objects.requireNonNull(job.period()).start()) + " to "
                                + AssertionSection.day(
                                        Objects.requireNonNull(job.period()).end())
                        : "as of " + AssertionSection.day(context.result().asOf()))
                + ", drawn from scope.yaml along the DC 2018 description criteria. A section scope.yaml does not "
                + "provide is marked " + NOT_PROVIDED + ".");
        readiness(blocks, context);
        List<String> overview = scope.narrative().getOrDefault("system_description", List.of());
        if (!overview.isEmpty()) {
            blocks.subsection("Overview of the system");
            overview.forEach(blocks::paragraph);
        }
        for (DescriptionCriterion criterion : DescriptionCriterion.values()) {
            if (criterion.periodOnly() && !typeTwo) {
                continue;
            }
            if (criterion == DescriptionCriterion.USER_ENTITY_CONTROLS) {
                criteria(blocks, context);
            }
            if (criterion == DescriptionCriterion.CHANGES) {
                notApplicable(blocks, context);
            }
            blocks.subsection(criterion.reference() + ": " + criterion.title());
            if (!description.provides(criterion)) {
                notProvided(blocks, criterion.keys());
                continue;
            }
            switch (criterion) {
                case SERVICES -> lines(blocks, scope.narrative().getOrDefault("services", List.of()), "");
                case COMMITMENTS -> {
                    label(blocks, "Principal service commitments");
                    lines(blocks, description.commitments(), "");
                    label(blocks, "System requirements");
                    lines(blocks, description.requirements(), "");
                }
                case COMPONENTS -> components(blocks, description);
                case INCIDENTS ->
                    lines(
                            blocks,
                            description.incidents(),
                            "None: management states that no system incident resulted in a failure to meet the "
                                    + "service commitments and system requirements.");
                case USER_ENTITY_CONTROLS -> {
                    blocks.paragraph("The controls below are assumed to be in place at user entities; they are "
                            + "necessary, with " + job.organization() + "'s controls, to meet the service "
                            + "commitments and system requirements.");
                    lines(blocks, description.userEntityControls(), "None: no user entity control is assumed.");
                }
                case SUBSERVICE_ORGANISATIONS -> subservices(blocks, description.subservices());
                case CHANGES ->
                    lines(
                            blocks,
                            description.changes(),
                            "None: management states that the system did not change significantly in the period.");
            }
        }
        if (!typeTwo) {
            notApplicable(blocks, context);
        }
    }

    private static void readiness(Blocks blocks, PackContext context) {
        List<Finding> findings = context.result().findings().stream()
                .filter(f -> CODES.contains(f.code()))
                .toList();
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(4);
        box.setSpacingAfter(6);
        String text = findings.isEmpty()
                ? "Readiness: scope.yaml provides every section the description criteria ask of this description."
                : "Readiness: " + findings.size() + " point" + (findings.size() == 1 ? "" : "s")
                        + " an auditor will raise before fieldwork (findings " + String.join(", ", CODES) + "):";
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph(blocks.phrase(text, blocks.bodyBold)));
        for (Finding finding : findings) {
            cell.addElement(paragraph(blocks.phrase("\u2022  " + finding.message(), blocks.body)));
        }
        cell.setBackgroundColor(findings.isEmpty() ? Blocks.GOOD : Blocks.WARN);
        cell.setPadding(6);
        box.addCell(cell);
        blocks.add(box);
    }

    /** DC 5: the applicable criteria and the controls that address them are the audit's own tables. */
    private static void criteria(Blocks blocks, PackContext context) {
        List<RequirementResult> soc2 = context.result().requirements(Framework.SOC2);
        long inScope = soc2.stream().filter(RequirementResult::inScope).count();
        blocks.subsection("DC 5: Applicable trust services criteria and related controls");
        blocks.paragraph(("%d trust services criteria apply (%s). The controls that address each are listed in the "
                        + "section SOC 2 Trust Services Criteria of this summary and in the workbook's SOC 2 and "
                        + "Controls sheets.")
                .formatted(inScope, AssertionSection.categories(context.result().job())));
    }

    /** DC 8: criteria not applicable to the system, with the reasons (applicability.csv). */
    private static void notApplicable(Blocks blocks, PackContext context) {
        List<RequirementResult> excluded = context.result().requirements(Framework.SOC2).stream()
                .filter(r -> r.design() == DesignStatus.NOT_APPLICABLE)
                .toList();
        blocks.subsection("DC 8: Criteria not applicable to the system");
        if (excluded.isEmpty()) {
            blocks.paragraph("None: every criterion of the applicable categories applies.");
        }
        for (RequirementResult requirement : excluded) {
            blocks.bullet(requirement.id() + " " + requirement.title() + ": " + requirement.justification());
        }
    }

    private static void components(Blocks blocks, SystemDescription description) {
        for (String component : SystemDescription.COMPONENTS) {
            label(blocks, component.substring(0, 1).toUpperCase(Locale.ROOT) + component.substring(1));
            List<String> lines = description.components().getOrDefault(component, List.of());
            if (lines.isEmpty()) {
                notProvided(blocks, List.of("system_components." + component));
            }
            lines(blocks, lines, "");
        }
    }

    private static void subservices(Blocks blocks, List<SubserviceOrganisation> organisations) {
        if (organisations.isEmpty()) {
            blocks.paragraph("None: the system uses no subservice organisation.");
            return;
        }
        PdfPTable table = blocks.table(
                List.of(
                        "Subservice organisation",
                        "Services",
                        "Method",
                        "Complementary subservice organisation " + "controls (CSOCs)"),
                1.4f,
                2.4f,
                0.9f,
                3.6f);
        for (SubserviceOrganisation organisation : organisations) {
            blocks.cell(table, organisation.name());
            blocks.cell(table, organisation.services());
            blocks.cell(table, organisation.method());
            blocks.cell(
                    table,
                    organisation.csocs().isEmpty()
                            ? (organisation.carvedOut() ? NOT_PROVIDED : "")
                            : "\u2022 " + String.join("\n\u2022 ", organisation.csocs()));
        }
        blocks.add(table);
    }

    private static void lines(Blocks blocks, List<String> lines, String none) {
        if (lines.isEmpty() && !none.isEmpty()) {
            blocks.paragraph(none);
        }
        lines.forEach(line -> {
            if (lines.size() == 1) {
                blocks.paragraph(line);
            } else {
                blocks.bullet(line);
            }
        });
    }

    private static void label(Blocks blocks, String text) {
        Paragraph paragraph = paragraph(blocks.phrase(text, blocks.bodyBold));
        paragraph.setSpacingBefore(3);
        paragraph.setKeepTogether(true);
        blocks.add(paragraph);
    }

    private static Paragraph paragraph(com.lowagie.text.Phrase phrase) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setLeading(13.5f);
        return paragraph;
    }

    private static void notProvided(Blocks blocks, List<String> keys) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(2);
        box.setSpacingAfter(4);
        PdfPCell cell = new PdfPCell(blocks.phrase(
                NOT_PROVIDED + ": scope.yaml gives no " + String.join(", ", keys)
                        + ". Management to provide this section before the description is issued.",
                blocks.bodyBold));
        cell.setBackgroundColor(new Color(Blocks.BAD.getRGB()));
        cell.setPadding(5);
        box.addCell(cell);
        blocks.add(box);
    }
}
