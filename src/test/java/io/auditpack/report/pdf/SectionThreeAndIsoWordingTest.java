package io.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.excel.CrosswalkWorkbookWriter;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The demo packs read back: SOC 2 summaries carry Section II (a DRAFT assertion) and Section III (the description
 * along DC 2018); ISO packs speak ISO; the SoA flags inclusions without a justification; the management review lists
 * the clause 9.3.2 inputs and leaves room for the 9.3.3 outputs.
 */
class SectionThreeAndIsoWordingTest {

    private static PdfText pdf(String job) throws Exception {
        return PdfText.read(ReportRender.pdf(DemoContexts.of(job, VersionStamp.first())));
    }

    private static XSSFWorkbook workbook(PackContext context) throws Exception {
        return new XSSFWorkbook(
                new ByteArrayInputStream(ReportFixtures.render(new CrosswalkWorkbookWriter(), context)));
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int column = 0; column < row.getLastCellNum(); column++) {
            Cell cell = row.getCell(column);
            cells.add(cell == null ? "" : cell.getStringCellValue());
        }
        return cells;
    }

    @Test
    void aType2SummaryHasTheDraftAssertionAndTheDescriptionWithEveryDcSectionOfTheDemo() throws Exception {
        PdfText text = pdf("soc2-type2");

        assertThat(text.bookmarks())
                .containsSubsequence(
                        "Section II: Management's assertion (DRAFT)",
                        "Section III: Description of the system",
                        "  Overview of the system",
                        "  DC 1: Types of services provided",
                        "  DC 2: Principal service commitments and system requirements",
                        "  DC 3: Components of the system",
                        "  DC 4: System incidents",
                        "  DC 5: Applicable trust services criteria and related controls",
                        "  DC 6: Complementary user entity controls",
                        "  DC 7: Subservice organisations and CSOCs",
                        "  DC 8: Criteria not applicable to the system",
                        "  DC 9: Significant changes during the period");
        String all = text.stream().replaceAll("\\s+", " ");
        assertThat(all)
                .contains("DRAFT - NOT SIGNED")
                .contains("[DRAFT: date of signature]")
                .contains("[DRAFT: name of signatory]")
                .contains("throughout the period 1 January 2026 to 31 December 2026")
                .contains("c. the controls stated in the description operated effectively")
                .contains("uses Amazon Web Services (AWS) and Okta as subservice organisations (carve-out method)")
                .contains("99.9% monthly uptime")
                .contains("Amazon EKS clusters for the application services")
                .contains("INC-2026-031")
                .contains("AWS restricts physical access to data centres")
                .contains("phishing-resistant MFA (Okta FastPass) became mandatory")
                .contains("Readiness: scope.yaml provides every section")
                .doesNotContain(DescriptionSection.NOT_PROVIDED + ":");
    }

    @Test
    void aType1AssertionSpeaksOfADateAndItsDescriptionAsksNoChangesDuringAPeriod() throws Exception {
        PdfText text = pdf("soc2-type1");

        String all = text.stream().replaceAll("\\s+", " ");
        assertThat(all)
                .contains("Section II: Management's assertion (DRAFT)")
                .contains("as of 30 June 2026")
                .doesNotContain("c. the controls stated in the description operated effectively");
        assertThat(text.bookmarks())
                .contains("  DC 8: Criteria not applicable to the system")
                .doesNotContain("  DC 9: Significant changes during the period");
    }

    @Test
    void isoPacksSpeakIsoInTheScopeSectionAndTheControlsSheet() throws Exception {
        for (String job : List.of("iso27001-stage1", "iso27001-stage2")) {
            PdfText text = pdf(job);
            assertThat(text.bookmarks())
                    .contains("ISMS scope (ISO/IEC 27001:2022 clause 4.3)")
                    .doesNotContain("Scope", "Section II: Management's assertion (DRAFT)");
            assertThat(text.stream())
                    .contains("ISMS scope tags (controls.csv scope): prod, platform, corp-it, office-london")
                    .doesNotContain("SOC 2 system boundary")
                    .doesNotContain("Trust Services")
                    .doesNotContain("crosswalk.scope_drift");
            try (XSSFWorkbook workbook = workbook(DemoContexts.of(job, VersionStamp.first()))) {
                assertThat(row(workbook.getSheet("Controls"), 0))
                        .contains("ISO 27001 refs")
                        .doesNotContain("SOC 2 refs");
                assertThat(workbook.getSheet("SOC 2")).isNull();
            }
        }
    }

    @Test
    void theSoaFlagsTheDemosIncludedControlsWithoutAJustificationInTheSheetThePdfAndStageOne() throws Exception {
        PackContext context = DemoContexts.of("iso27001-stage1", VersionStamp.first());
        try (XSSFWorkbook workbook = workbook(context)) {
            Sheet soa = workbook.getSheet("SoA");
            List<String> header = row(soa, 0);
            assertThat(header).containsSubsequence("Justification", "Flag");
            int flag = header.indexOf("Flag");
            int justification = header.indexOf("Justification");
            List<String> flagged = new ArrayList<>();
            for (int i = 1; i <= soa.getLastRowNum(); i++) {
                List<String> cells = row(soa, i);
                if (cells.size() > flag && !cells.get(flag).isEmpty()) {
                    assertThat(cells.get(flag)).isEqualTo("no justification for inclusion");
                    assertThat(cells.get(justification)).isEmpty();
                    flagged.add(cells.get(0));
                }
            }
            assertThat(flagged).containsExactly("A.5.6", "A.5.32", "A.7.14", "A.8.11");
            List<String> a51 = row(soa, 1);
            assertThat(a51.get(0)).isEqualTo("A.5.1");
            assertThat(a51.get(justification)).startsWith("Required by ISO/IEC 27001 clause 5.2");
            Sheet stage1 = workbook.getSheet("Stage 1 checklist");
            StringBuilder cells = new StringBuilder();
            for (Row r : stage1) {
                for (Cell c : r) {
                    cells.append(c.toString()).append('\n');
                }
            }
            assertThat(cells.toString())
                    .contains("4 applicable Annex A controls without a justification for inclusion in "
                            + "applicability.csv (clause 6.1.3 d): A.5.6, A.5.32, A.7.14, A.8.11");
        }
        String pdf = PdfText.read(ReportRender.pdf(context)).stream().replaceAll("\\s+", " ");
        assertThat(pdf)
                .contains("Included controls without a justification for inclusion")
                .contains("4 of 85 applicable controls have no justification for inclusion")
                .contains("A.5.32 Intellectual property");
    }

    @Test
    void theManagementReviewListsTheClause932InputsAndLeavesRoomForTheOutputs() throws Exception {
        PdfText text = pdf("management-review");

        assertThat(text.bookmarks())
                .contains("  Review inputs (clause 9.3.2)", "  Review outputs and decisions (clause 9.3.3)");
        String all = text.stream().replaceAll("\\s+", " ");
        assertThat(all)
                .contains("a) Status of actions from previous management reviews")
                .contains("b) Changes in external and internal issues relevant to the ISMS")
                .contains("c) Changes in needs and expectations of interested parties")
                .contains("d) Feedback on information security performance: 1) nonconformities and corrective actions")
                .contains("d) 2) monitoring and measurement results")
                .contains("d) 3) audit results")
                .contains("d) 4) fulfilment of information security objectives")
                .contains("e) Feedback from interested parties")
                .contains("f) Results of risk assessment and status of risk treatment plan")
                .contains("g) Opportunities for continual improvement")
                .contains("to be provided by management")
                .contains("Decision or action (improvement, change to the ISMS, resources)")
                .containsPattern("Gaps opened \\d+, closed \\d+, still open \\d+ across \\d+ jobs");
    }
}
