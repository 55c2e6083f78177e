package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(cover).contains("Evidence pack summary", "Example Corp", "Example Platform", "management-review",
                "2026-01-01 to 2026-12-31", "2026-06-30", "v0001", "first version");
    }

    @Test
    void aLaterVersionNamesThePreviousSha256() throws IOException {
        String cover = text(ReportFixtures.soc2Type1()).page(1);
        assertThat(cover).contains("v0002", "ab".repeat(32)).doesNotContain("first version", "Period");
    }

    @Test
    void theExceptionsNameEveryMissingSliceAndDocumentationProblem() throws IOException {
        String text = text(ReportFixtures.managementReview()).all();
        assertThat(text).contains("CM-01: no record for 2026-04", "AC-02: no record for 2026-01-01..2026-03-31",
                "AC-02: documentation stale (latest approved 2025-03-01)");
    }

    @Test
    void theSummaryCarriesCountsNarrativeRemediationFindingsAndTheAppendix() throws IOException {
        String text = text(ReportFixtures.managementReview()).all();
        assertThat(text).contains("Executive summary", "SOC2 security", "66.7", "Payments platform for online merchants",
                "Third parties", "Okta (identity)", "SOC2:CC6.4", "crosswalk.owner_concentration",
                "Appendix: controls", "Backup restore test", ReportFixtures.FORMULA_TITLE);
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
        assertThat(info).containsEntry("Title", "Evidence pack summary: review-2026 v0001")
                .containsEntry("Author", "Example Corp").containsEntry("Creator", "auditpack development")
                .containsEntry("CreationDate", "D:20260630000000Z").containsEntry("ModDate", "D:20260630000000Z");
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
        assertThat(ReportFixtures.underAnotherClockAndLocale(() -> ReportFixtures.render(writer, context))).isEqualTo(first);
    }
}
