package io.auditpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportsTest {

    @Test
    void allWritersComeInTheFixedOrderOfTheContractPaths() {
        assertThat(Reports.all())
                .extracting(ReportWriter::path)
                .containsExactly(
                        "data/summary.pdf",
                        "data/crosswalk.xlsx",
                        "data/metrics.json",
                        "data/findings.csv",
                        "data/gaps.csv",
                        "data/populations.csv",
                        "data/test-sheet.csv",
                        "data/requests.csv",
                        "data/oscal/assessment-results.json",
                        "data/oscal/poam.json",
                        "data/calendar.ics",
                        "data/index.html");
    }

    static List<ReportWriter> writers() {
        return Reports.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void givenTheSameContextEveryWriterGivesTheSameBytesTwiceAndUnderAnotherTimeZoneAndLocale(ReportWriter writer)
            throws IOException {
        PackContext context = ReportFixtures.managementReview();
        byte[] first = ReportFixtures.render(writer, context);
        byte[] second = ReportFixtures.render(writer, context);
        byte[] elsewhere = ReportFixtures.underAnotherClockAndLocale(() -> ReportFixtures.render(writer, context));

        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(elsewhere).isEqualTo(first);
    }
}
