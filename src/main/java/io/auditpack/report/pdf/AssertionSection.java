package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.SubserviceOrganisation;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Section II of a SOC 2 report: management's assertion, a DRAFT for management to sign, following the structure
 * of the AICPA illustrative assertion (DC 2018 and the 2017 trust services criteria) for Type I (as of a date) or
 * Type II (throughout a period). The subservice organisations and the complementary user entity controls of
 * scope.yaml decide its paragraphs; the date and the signatory are placeholders marked {@code [DRAFT: ...]}.
 */
final class AssertionSection implements Section {
    static final String TITLE = "Section II: Management's assertion (DRAFT)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public void add(Blocks blocks, PackContext context) {
        JobDefinition job = context.result().job();
        boolean typeTwo = job.packageType() == PackageType.SOC2_TYPE2;
        String organisation = job.organization();
        String system = job.system();
        String when = typeTwo
                ? "throughout the period "
                        + day(Objects.requireNonNull(job.period()).start()) + " to "
                        + day(Objects.requireNonNull(job.period()).end())
                : "as of " + day(context.result().asOf());
        List<SubserviceOrganisation> carvedOut = context.inputs().scope().description().subservices().stream()
                .filter(SubserviceOrganisation::carvedOut)
                .toList();
        boolean cuecs =
                !context.inputs().scope().description().userEntityControls().isEmpty();

        blocks.newPage();
        blocks.section(TITLE);
        draftNotice(blocks);
        blocks.paragraph("Management of " + organisation + " - assertion");
        blocks.paragraph("We have prepared the accompanying description of " + organisation + "'s " + system
                + " system " + when + " (description) based on the criteria for a description of a service "
                + "organisation's system in DC section 200, 2018 Description Criteria for a Description of a "
                + "Service Organization's System in a SOC 2 Report (description criteria). The description is "
                + "intended to provide report users with information about the " + system + " system that may be "
                + "useful when assessing the risks arising from interactions with " + organisation + "'s system, "
                + "particularly information about system controls that " + organisation + " has designed, "
                + "implemented" + (typeTwo ? " and operated" : "") + " to provide reasonable assurance that its "
                + "service commitments and system requirements were achieved based on the trust services criteria "
                + "relevant to " + categories(job) + " (applicable trust services criteria) set forth in TSP "
                + "section 100, 2017 Trust Services Criteria for Security, Availability, Processing Integrity, "
                + "Confidentiality, and Privacy.");
        if (!carvedOut.isEmpty()) {
            blocks.paragraph(organisation + " uses " + names(carvedOut) + " as subservice organisation"
                    + (carvedOut.size() > 1 ? "s" : "") + " (carve-out method). The description indicates that "
                    + "complementary subservice organisation controls that are suitably designed"
                    + (typeTwo ? " and operating effectively" : "") + " are necessary, along with controls at "
                    + organisation + ", to achieve " + organisation + "'s service commitments and system "
                    + "requirements. The description presents " + organisation + "'s controls, the applicable trust "
                    + "services criteria, and the types of complementary subservice organisation controls assumed in "
                    + "the design of " + organisation + "'s controls. The description does not disclose the actual "
                    + "controls at the subservice organisation" + (carvedOut.size() > 1 ? "s" : "") + ".");
        }
        if (cuecs) {
            blocks.paragraph("The description indicates that complementary user entity controls that are suitably "
                    + "designed" + (typeTwo ? " and operating effectively" : "") + " are necessary, along with "
                    + "controls at " + organisation + ", to achieve " + organisation + "'s service commitments and "
                    + "system requirements. The description presents the applicable trust services criteria and the "
                    + "complementary user entity controls assumed in the design of " + organisation
                    + "'s controls.");
        }
        String complementary = complementary(!carvedOut.isEmpty(), cuecs);
        blocks.paragraph("We confirm, to the best of our knowledge and belief, that:");
        blocks.bullet("a. the description presents " + organisation + "'s " + system + " system that was designed "
                + "and implemented " + when + " in accordance with the description criteria;");
        blocks.bullet("b. the controls stated in the description were suitably designed " + when + " to provide "
                + "reasonable assurance that " + organisation + "'s service commitments and system requirements "
                + "would be achieved based on the applicable trust services criteria, if its controls operated "
                + "effectively"
                + (complementary.isEmpty()
                        ? ""
                        : " and if " + complementary + " applied the "
                                + "complementary controls assumed in the design of " + organisation + "'s controls")
                + (typeTwo ? ";" : "."));
        if (typeTwo) {
            blocks.bullet("c. the controls stated in the description operated effectively " + when + " to provide "
                    + "reasonable assurance that " + organisation + "'s service commitments and system requirements "
                    + "were achieved based on the applicable trust services criteria"
                    + (complementary.isEmpty()
                            ? ""
                            : ", if the complementary controls of " + complementary
                                    + " assumed in the design of " + organisation + "'s controls operated effectively "
                                    + "throughout that period")
                    + ".");
        }
        signature(blocks, organisation);
    }

    private static void draftNotice(Blocks blocks) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(8);
        PdfPCell cell = new PdfPCell(blocks.phrase(
                "DRAFT - NOT SIGNED. Prepared by auditpack from scope.yaml for management to review, complete and "
                        + "sign. The wording follows the structure of the AICPA illustrative management assertion; "
                        + "management and the service auditor agree the final text. Placeholders are marked "
                        + "[DRAFT: ...].",
                blocks.bodyBold));
        cell.setBackgroundColor(Blocks.WARN);
        cell.setPadding(6);
        box.addCell(cell);
        blocks.add(box);
    }

    private static void signature(Blocks blocks, String organisation) {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 3.6f});
        table.setWidthPercentage(100);
        table.setKeepTogether(true); // the line "Signed for and on behalf of" stays with the lines to sign
        PdfPCell onBehalf =
                new PdfPCell(blocks.phrase("Signed for and on behalf of " + organisation + ":", blocks.body));
        onBehalf.setColspan(2);
        onBehalf.setBorder(PdfPCell.NO_BORDER);
        onBehalf.setPaddingBottom(6);
        table.addCell(onBehalf);
        row(blocks, table, "Signature", "[DRAFT: signature]");
        row(blocks, table, "Name", "[DRAFT: name of signatory]");
        row(blocks, table, "Title", "[DRAFT: title of signatory, e.g. Chief Executive Officer]");
        row(blocks, table, "Date", "[DRAFT: date of signature]");
        table.setSpacingBefore(6);
        blocks.add(table);
    }

    private static void row(Blocks blocks, PdfPTable table, String name, String placeholder) {
        blocks.cell(table, name);
        PdfPCell cell = new PdfPCell(blocks.phrase(placeholder, blocks.body));
        cell.setMinimumHeight(26);
        cell.setBorderColor(Blocks.HEADER_FILL);
        table.addCell(cell);
    }

    /** "subservice organisations and user entities", one of them, or empty. */
    private static String complementary(boolean subservices, boolean userEntities) {
        List<String> parties = new ArrayList<>();
        if (subservices) {
            parties.add("the subservice organisations");
        }
        if (userEntities) {
            parties.add("user entities");
        }
        return String.join(" and ", parties);
    }

    private static String names(List<SubserviceOrganisation> organisations) {
        List<String> names =
                organisations.stream().map(SubserviceOrganisation::name).toList();
        return names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "security, availability and confidentiality", in the criteria's order. */
    static String categories(JobDefinition job) {
        List<String> words = Arrays.stream(Soc2Category.values())
                .filter(job.soc2Categories()::contains)
                .map(c -> Words.word(c).replace('_', ' '))
                .toList();
        return words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
