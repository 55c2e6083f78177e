package io.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.verdict.VersionStamp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class SummaryPdfWriterTest {

    private static PdfReader read(PackContext context) throws IOException {
        return new PdfReader(ReportFixtures.render(new SummaryPdfWriter(), context));
    }

    private static PdfText text(PackContext context) throws IOException {
        return PdfText.read(ReportFixtures.render(new SummaryPdfWriter(), context));
    }

    @Test
    void theCoverNamesOrganizationSystemPeriodAndVersion() throws IOException {
        String cover = text(ReportFixtures.managementReview()).page(1);
        assertThat(cover)
                .contains(
                        "Evidence pack summary",
                        "Example Corp",
                        "Example Platform",
                        "management-review",
                        "2026-01-01 to 2026-12-31",
                        "2026-06-30",
                        "v0001",
                        "first version");
    }

    @Test
    void aLaterVersionNamesThePreviousSha256() throws IOException {
        String cover = text(ReportFixtures.soc2Type1()).page(1);
        assertThat(cover).contains("v0002", "ab".repeat(32)).doesNotContain("first version", "Period");
    }

    @Test
    void theExceptionsNameEveryMissingSliceAndDocumentationProblem() throws IOException {
        String text = text(ReportFixtures.managementReview()).all();
        assertThat(text)
                .contains(
                        "CM-01: no record for 2026-04",
                        "AC-02: no record for 2026-01-01..2026-03-31",
                        "AC-02: documentation stale (latest approved 2025-03-01)");
    }

    @Test
    void theSummaryCarriesCountsNarrativeRemediationFindingsAndTheAppendix() throws IOException {
        String text = text(ReportFixtures.managementReview()).stream();
        assertThat(text)
                .containsIgnoringWhitespaces(
                        "Executive summary",
                        "SOC2 security",
                        "66.7",
                        "Payments platform for online merchants",
                        "Third parties",
                        "Okta (identity)",
                        "SOC2:CC6.4",
                        "crosswalk.owner_concentration",
                        "Appendix: controls",
                        "Backup restore test",
                        ReportFixtures.FORMULA_TITLE);
    }

    @Test
    void pagesAreNumberedAndThereIsMoreThanOne() throws IOException {
        PdfText text = text(ReportFixtures.managementReview());
        int pages = text.pages().size();
        assertThat(pages).isGreaterThan(3);
        assertThat(text.page(2)).contains("page 2 of " + pages, "review-2026 v0001");
        assertThat(text.page(pages)).contains("page " + pages + " of " + pages);
        assertThat(text.page(1)).doesNotContain("page 1 of");
    }

    @Test
    void metadataAndDatesAreFixedAndTheIdComesFromTheContext() throws IOException {
        PackContext context = ReportFixtures.managementReview();
        PdfReader reader = read(context);
        Map<String, String> info = reader.getInfo();
        assertThat(info)
                .containsEntry("Title", "Evidence pack summary: review-2026 v0001")
                .containsEntry("Author", "Example Corp")
                .containsEntry("Creator", "auditpack development")
                .containsEntry("CreationDate", "D:20260630000000Z")
                .containsEntry("ModDate", "D:20260630000000Z");
        assertThat(info.get("Subject")).contains("Management review");
        PdfString id = (PdfString) reader.getTrailer().getAsArray(PdfName.ID).getPdfObject(0);
        assertThat(id.getOriginalBytes()).isEqualTo(SummaryPdfWriter.documentId(context));
    }

    @Test
    void textTheEmbeddedFontCannotShowBecomesAQuestionMark() {
        assertThat(new Typeface().safe("Zürich – “ok” • Ωμέγα 東京\tend")).isEqualTo("Zürich – “ok” • Ωμέγα ?? end");
    }

    @Test
    void renderingTwiceAndInAnotherTimeZoneGivesTheSameBytes() throws IOException {
        SummaryPdfWriter writer = new SummaryPdfWriter();
        PackContext context = ReportFixtures.managementReview();
        byte[] first = ReportFixtures.render(writer, context);
        assertThat(ReportFixtures.render(writer, context)).isEqualTo(first);
        assertThat(ReportFixtures.underAnotherClockAndLocale(() -> ReportFixtures.render(writer, context)))
                .isEqualTo(first);
    }

    @Test
    void aStageOnePackOfTheDemoRendersToTheSameBytesTwiceAndInAnotherTimeZone() throws Exception {
        PackContext context = DemoContexts.of("iso27001-stage1", VersionStamp.first());
        byte[] first = ReportRender.pdf(context);
        assertThat(ReportRender.pdf(context)).isEqualTo(first);
        assertThat(ReportFixtures.underAnotherClockAndLocale(() -> ReportRender.pdf(context)))
                .isEqualTo(first);
    }

    @Test
    void everyFontIsAnEmbeddedDejaVuSubsetWithAFixedPrefix() throws IOException {
        byte[] pdf = ReportRender.pdf(ReportFixtures.managementReview());
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts)
                .isNotEmpty()
                .allMatch(name -> name.equals("DJVSNS+DejaVuSans") || name.equals("DJVSNB+DejaVuSans-Bold"));
    }

    @Test
    void aFormulaLookingTitleIsPlainTextAndNoLinkIsCreated() throws IOException {
        byte[] pdf = ReportRender.pdf(ReportFixtures.managementReview());
        assertThat(PdfText.read(pdf).stream()).containsIgnoringWhitespaces(ReportFixtures.FORMULA_TITLE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
        }
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("/URI");
    }

    @Test
    void theOutlineHasABookmarkPerSectionAndSubsection() throws IOException {
        PdfText text = text(ReportFixtures.managementReview());
        assertThat(text.bookmarks())
                .contains(
                        "Executive summary",
                        "  Design coverage",
                        "  Operating effectiveness",
                        "Changes since the previous version",
                        "Scope",
                        "  Third parties",
                        "SOC 2 Trust Services Criteria",
                        "ISO/IEC 27001:2022 clauses and Annex A",
                        "Exceptions",
                        "  Operating records",
                        "Opportunities for improvement",
                        "Findings",
                        "Evidence statistics",
                        "Appendix: controls");
    }

    @Test
    void aManagementReviewShowsTheClause93InputsWithATrendAcrossVersionsAndRendersTheSameInAnyTimeZone()
            throws Exception {
        PackContext context = DemoContexts.of("management-review", VersionStamp.first());
        byte[] pdf = ReportRender.pdf(context);
        PdfText text = PdfText.read(pdf);
        assertThat(text.bookmarks())
                .contains(
                        "Management review inputs (ISO/IEC 27001:2022 clause 9.3)",
                        "  Status of actions since the last review",
                        "  Coverage over time",
                        "  Nonconformities and findings",
                        "  Evidence falling due in the next 30, 60 and 90 days",
                        "  Scorecard per owner",
                        "Opportunities for improvement");
        assertThat(text.all())
                .contains(
                        "northwind-soc2-type2-2026 v0001 2026-10-31 SOC2 38",
                        "northwind-soc2-type2-2026 v0002 2026-11-29 SOC2 38",
                        "northwind-iso27001-stage2 v0001 2026-11-29",
                        "northwind-soc2-type2-2026 v0001 v0002 0 10 12");
        assertThat(ReportFixtures.underAnotherClockAndLocale(() -> ReportRender.pdf(context)))
                .isEqualTo(pdf);
    }
}
