package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditorRequest;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.RemediationDate;
import io.auditpack.domain.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** requests.csv and remediation.csv: read as written, malformed rows refused, unknown IDs warned about. */
class TrackedInputsTest {
    @TempDir
    Path dir;

    InputFolder folder;

    @BeforeEach
    void validFolder() {
        folder = new InputFolder(dir);
    }

    private InputSet load() throws Exception {
        return InputLoader.load(dir, Catalog.builtIn());
    }

    private List<Finding> findings(Severity severity) throws Exception {
        return load().findings().stream().filter(f -> f.severity() == severity).toList();
    }

    @Nested
    class Requests {
        @Test
        void aValidRequestListIsReadAsWritten() throws Exception {
            folder.write("requests.csv", """
                    request_id,reference,description,requirement_ids,control_ids,requested_on,due_on,status,auditor_comment
                    PBC-1,CC6.2,Access reviews,CC6.2; A.5.18,AC-01,2026-10-01,2026-10-29,Received,Thanks
                    PBC-2,,Change tickets,,CM-02,2026-10-02,,,
                    """);

            InputSet inputs = load();

            assertThat(inputs.hasErrors()).isFalse();
            assertThat(inputs.findings()).isEmpty();
            AuditorRequest first = inputs.tracked().requests().get(0);
            assertThat(first.requirementIds()).containsExactly("CC6.2", "A.5.18");
            assertThat(first.controlIds()).containsExactly("AC-01");
            assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 10, 29));
            assertThat(first.status()).isEqualTo("received");
            assertThat(inputs.tracked().requests().get(1).dueOn()).isNull();
        }

        @Test
        void malformedRowsAreErrorsNamingLineColumnAndValue() throws Exception {
            folder.write("requests.csv", """
                    request_id,description,control_ids,requested_on,due_on,status
                    PBC-1,Access reviews,AC-01,2026-10-01,2026-09-30,open
                    PBC-2,Changes,CM-02,2026-13-01,,open
                    PBC-3,Changes,CM-02,2026-10-01,,pending
                    ,Changes,CM-02,2026-10-01,,open
                    PBC-5,Changes,CM-02,2026-10-01,,open
                    PBC-5,Again,CM-02,2026-10-01,,open
                    PBC-7,Changes,CM-02,,,open
                    """);

            assertThat(findings(Severity.ERROR))
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                    .containsExactly(
                            tuple("input.due_before_requested", "requests.csv", 2L, "due_on", "2026-09-30"),
                            tuple("input.bad_date", "requests.csv", 3L, "requested_on", "2026-13-01"),
                            tuple("input.bad_value", "requests.csv", 4L, "status", "pending"),
                            tuple("input.missing_value", "requests.csv", 5L, "request_id", ""),
                            tuple("input.duplicate_id", "requests.csv", 7L, "request_id", "PBC-5"),
                            tuple("input.missing_value", "requests.csv", 8L, "requested_on", ""));
        }

        @Test
        void unknownControlsAndRequirementsAreWarningsAndTheRequestIsKept() throws Exception {
            folder.write("requests.csv", """
                    request_id,description,requirement_ids,control_ids,requested_on
                    PBC-1,Access reviews,CC6.99,AC-1,2026-10-01
                    PBC-2,Org chart,,,2026-10-01
                    """);

            InputSet inputs = load();

            assertThat(inputs.hasErrors()).isFalse();
            assertThat(inputs.findings())
                    .extracting(Finding::severity, Finding::code, Finding::line, Finding::value)
                    .containsExactly(
                            tuple(Severity.WARNING, "request.unknown_requirement", 2L, "CC6.99"),
                            tuple(Severity.WARNING, "request.unknown_control", 2L, "AC-1"),
                            tuple(Severity.WARNING, "request.no_target", 3L, ""));
            assertThat(inputs.findings().get(1).message()).contains("did you mean \"AC-01\"?");
            assertThat(inputs.tracked().requests()).hasSize(2);
        }
    }

    @Nested
    class Remediation {
        @Test
        void itemsAreControlsOrFrameworkQualifiedRequirementsWrittenAsThePlanWritesThem() throws Exception {
            folder.write("remediation.csv", """
                    item,owner,target_date,status,note
                    AC-01,Dana,2026-11-15,in_progress,Booked
                    SOC 2:CC6.4,Sam,2027-03-31,,
                    """);

            InputSet inputs = load();

            assertThat(inputs.findings()).isEmpty();
            assertThat(inputs.tracked().remediationDates())
                    .extracting(RemediationDate::item, RemediationDate::status)
                    .containsExactly(tuple("AC-01", "in_progress"), tuple("SOC2:CC6.4", "open"));
        }

        @Test
        void anUnknownItemIsAWarningAndMalformedRowsAreErrors() throws Exception {
            folder.write("remediation.csv", """
                    item,owner,target_date,status,note
                    AC-1,Dana,2026-11-15,open,
                    CM-02,Sam,2026-11-31,open,
                    AC-01,Sam,2026-11-30,done,
                    """);

            assertThat(findings(Severity.ERROR))
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly(
                            tuple("input.bad_date", 3L, "target_date", "2026-11-31"),
                            tuple("input.bad_value", 4L, "status", "done"));
            assertThat(findings(Severity.WARNING))
                    .extracting(Finding::code, Finding::line, Finding::value)
                    .containsExactly(tuple("remediation.unknown_item", 2L, "AC-1"));
        }
    }
}
