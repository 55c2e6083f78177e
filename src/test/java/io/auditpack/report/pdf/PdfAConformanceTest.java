package io.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, finds every demo package type's summary valid PDF/A-1b, and
 * finds a plain OpenPDF file (standard fonts, no output intent, no XMP) invalid, so the check can fail.
 */
class PdfAConformanceTest {
    static final List<String> JOBS = DemoContexts.JOBS;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("JOBS")
    void everyPackageTypesSummaryIsValidPdfA1b(String job) throws Exception {
        byte[] pdf = ReportRender.pdf(DemoContexts.of(job, new VersionStamp(2, "cd".repeat(32))));
        ValidationResult result = validate(pdf);
        String failed = failedRules(result);
        System.out.println("veraPDF " + job + ": flavour " + result.getPDFAFlavour() + ", compliant "
                + result.isCompliant() + ", " + result.getTotalAssertions() + " checks"
                + (failed.isEmpty() ? "" : ", failed rules:\n" + failed));
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
        assertThat(result.isCompliant()).as("veraPDF failed rules:\n" + failed).isTrue();
    }

    @Test
    void aPlainPdfWithoutEmbeddedFontsOrOutputIntentIsNotPdfA() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Helvetica, not embedded"));
        document.close();
        ValidationResult result = validate(out.toByteArray());
        assertThat(result.isCompliant()).isFalse();
        assertThat(failedRules(result)).contains("6.3.4");
    }

    static String failedRules(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a ->
                        "  " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct()
                .collect(Collectors.joining("\n"));
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            return validator.validate(parser);
        }
    }
}
