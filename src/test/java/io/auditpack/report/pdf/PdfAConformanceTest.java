package io.auditpack.report.pdf;

import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.VersionStamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** veraPDF, the PDF Association's reference validator, finds every package type's summary valid PDF/A-1b. */
class PdfAConformanceTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(PackageType.class)
    void everyPackageTypesSummaryIsValidPdfA1b(PackageType type) throws Exception {
        PackContext context = ReportFixtures.context(type,
                type.periodicity() == PackageType.Periodicity.POINT_IN_TIME ? null : ReportFixtures.PERIOD,
                new VersionStamp(3, "cd".repeat(32)));
        byte[] pdf = ReportFixtures.render(new SummaryPdfWriter(), context);
        ValidationResult result = validate(pdf);
        String failed = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                        + " (" + a.getLocation().getContext() + ")")
                .distinct().collect(Collectors.joining("\n"));
        System.out.println("veraPDF " + type.word() + ": " + result.getPDFAFlavour() + " compliant="
                + result.isCompliant() + (failed.isEmpty() ? "" : "\n" + failed));
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
        assertThat(result.isCompliant()).as(failed).isTrue();
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            return validator.validate(parser);
        }
    }
}
