package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Coverage;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.Relationship;
import io.auditpack.domain.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputLoaderTest {

    @Test
    void validFolderWithBomCrlfQuotedLineBreakAndExtraColumnsIsReadAsWritten() throws Exception {
        Path folder = Path.of("src/test/resources/input/valid");

        InputSet input = InputLoader.load(folder, Catalog.builtIn());

        assertThat(input.findings())
                .extracting(Finding::severity, Finding::code, Finding::file, Finding::line, Finding::column)
                .containsExactly(
                        tuple(Severity.WARNING, "control.owner_missing", "controls.csv", 4L, "owner"),
                        tuple(Severity.WARNING, "control.untestable", "controls.csv", 4L, "expected_evidence"));
        Control review = input.controls().get(0);
        assertThat(review.description()).isEqualTo("Reviews access, removes leavers;\r\nrecords the outcome");
        assertThat(review.scope()).containsExactly("prod", "platform");
        assertThat(review.extra()).containsEntry("risk_rating", "high");
        assertThat(review.source().line()).isEqualTo(2);
        Control change = input.controls().get(1);
        assertThat(change)
                .extracting(
                        Control::id,
                        Control::title,
                        Control::frequency,
                        Control::status,
                        Control::requiresDocumentation)
                .containsExactly("CM-02", "Change approval", Frequency.MONTHLY, ControlStatus.IMPLEMENTED, false);
        assertThat(change.source().line()).isEqualTo(4);
        assertThat(input.controlExtraColumns()).containsExactly("risk_rating");
        assertThat(input.mappings())
                .extracting(Mapping::framework, Mapping::requirementId, Mapping::relationship, Mapping::coverage)
                .containsExactly(
                        tuple(Framework.SOC2, "CC6.2", Relationship.SUBSET_OF, Coverage.PARTIAL),
                        tuple(Framework.ISO27001, "A.5.18", Relationship.EQUAL_TO, Coverage.FULL),
                        tuple(Framework.SOC2, "CC8.1", null, Coverage.PARTIAL),
                        tuple(Framework.ISO27001, "9.2", null, Coverage.FULL));
        EvidenceItem policy = input.evidence().get(1);
        assertThat(policy.controlIds()).containsExactly("AC-01", "CM-02");
        assertThat(policy.type()).isEqualTo(EvidenceType.POLICY);
        assertThat(input.evidence().get(2))
                .extracting(EvidenceItem::coversFrom, EvidenceItem::coversTo)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(input.evidence().get(0).extra()).containsEntry("ticket", "SEC-1");
        assertThat(input.evidenceExtraColumns()).containsExactly("ticket");
        assertThat(input.mappingExtraColumns()).containsExactly("reviewed_on");
        assertThat(input.mappings().get(0).extra()).containsEntry("reviewed_on", "2026-01-10");
        assertThat(input.evidenceFiles()).containsOnlyKeys("EV-1");
        assertThat(input.evidenceFiles().get("EV-1")).isAbsolute().endsWith(Path.of("access", "q1-review.txt"));
        assertThat(input.applicability()).hasSize(2);
        assertThat(input.scope().soc2Boundary()).containsExactly("prod", "platform");
        assertThat(input.scope().narrative()).containsOnlyKeys("system_description", "services", "teams");
        assertThat(input.scope().narrative().get("teams")).containsExactly("Platform engineering");
    }

    @Nested
    class ControlsFile {
        @TempDir
        Path dir;

        InputFolder folder;

        @BeforeEach
        void validFolder() {
            folder = new InputFolder(dir);
        }

        @ParameterizedTest
        @ValueSource(strings = {"control_id", "title", "owner", "frequency", "expected_evidence"})
        void eachMissingRequiredColumnIsNamedOnTheHeaderLine(String missing) {
            List<String> columns = List.of("control_id", "title", "owner", "frequency", "expected_evidence");
            List<String> values = List.of("AC-01", "Access review", "Dana", "quarterly", "Review ticket");
            StringBuilder header = new StringBuilder();
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                if (!columns.get(i).equals(missing)) {
                    header.append(header.isEmpty() ? "" : ",").append(columns.get(i));
                    row.append(row.isEmpty() ? "" : ",").append(values.get(i));
                }
            }
            folder.write("controls.csv", header + "\n" + row + "\n");

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::column)
                    .containsExactly("input.missing_column", "controls.csv", 1L, missing);
            assertThat(error.message()).contains("required columns: control_id, title, owner");
        }

        @Test
        void impossibleDateFrequencyTypoAndBadIdAreAllReportedWithTheirLines() {
            folder.write("controls.csv", """
                    control_id,title,owner,frequency,expected_evidence,status
                    AC-01,Access review,Dana,montly,Review ticket,
                    AC 02,Change approval,Sam,monthly,Approved change,live
                    CM-02,Change approval,Sam,monthly,Approved change,
                    """);

            List<Finding> errors = folder.errors();

            assertThat(errors)
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly(
                            tuple("input.bad_value", 2L, "frequency", "montly"),
                            tuple("input.bad_id", 3L, "control_id", "AC 02"),
                            tuple("input.bad_value", 3L, "status", "live"));
            assertThat(errors.get(0).message())
                    .isEqualTo("unknown frequency; accepted: continuous, daily, weekly, "
                            + "monthly, quarterly, semiannual, annual, event (did you mean \"monthly\"?)");
            assertThat(errors.get(2).message()).contains("accepted: implemented, planned, not_applicable");
        }

        @Test
        void duplicateControlIdNamesTheFirstLine() {
            folder.write("controls.csv", InputFolder.CONTROLS + "AC-01,Again,Dana,daily,Log\n");

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly("input.duplicate_id", 4L, "control_id", "AC-01");
            assertThat(error.message()).contains("already defined on line 2");
        }

        @Test
        void headerOnlyControlsFileIsAnErrorButHeaderOnlyMappingsAndEvidenceAreFine() {
            folder.write("mappings.csv", "control_id,framework,requirement_id\n")
                    .write("evidence.csv", "evidence_id,control_ids,title,type,performed_on\n");
            assertThat(folder.errors()).isEmpty();

            folder.write("controls.csv", "control_id,title,owner,frequency,expected_evidence\n");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::file, Finding::line)
                    .containsExactly("input.no_controls", "controls.csv", 1L);
        }

        @Test
        void requiresDocumentationAcceptsOnlyYesOrNo() {
            folder.write("controls.csv", """
                    control_id,title,owner,frequency,expected_evidence,requires_documentation
                    AC-01,Access review,Dana,quarterly,Review ticket,true
                    CM-02,Change approval,Sam,monthly,Approved change,NO
                    """);

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::line, Finding::value)
                    .containsExactly("input.bad_value", 2L, "true");
            assertThat(error.message()).contains("accepted: yes, no");
        }
    }

    @Nested
    class FileLevelProblems {
        @TempDir
        Path dir;

        InputFolder folder;

        @BeforeEach
        void validFolder() {
            folder = new InputFolder(dir);
        }

        @Test
        void nonUtf8ByteIsReportedWithItsLineAndByteOffset() {
            byte[] latin1 = "control_id,title,owner,frequency,expected_evidence\nAC-01,R\u00e9view,Dana,daily,Log\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            folder.write("controls.csv", latin1);

            Finding error = folder.errors().get(0);

            assertThat(error)
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::value)
                    .containsExactly("input.not_utf8", "controls.csv", 2L, "0xE9");
            assertThat(error.message()).contains("byte offset 58");
        }

        @Test
        void unbalancedQuoteIsMalformedCsvOnTheLineWhereTheRecordStarts() {
            folder.write("mappings.csv", """
                    control_id,framework,requirement_id,rationale
                    AC-01,SOC2,CC6.2,fine
                    CM-02,ISO27001,A.8.32,"never closed
                    """);

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::file, Finding::line)
                    .containsExactly("input.malformed_csv", "mappings.csv", 3L);
            assertThat(error.message()).contains("enclosed in double quotes");
        }

        @Test
        void emptyFileIsReported() {
            folder.write("evidence.csv", "");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::file)
                    .containsExactly("input.empty_file", "evidence.csv");
        }

        @Test
        void missingRequiredFileIsReported() {
            folder.delete("mappings.csv");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::file)
                    .containsExactly("input.missing_file", "mappings.csv");
        }

        @Test
        void errorsOfEveryFileAreReportedTogether() {
            folder.write("controls.csv", InputFolder.CONTROLS + "AC-09,X,Dana,yearly,Log\n")
                    .write("evidence.csv", InputFolder.EVIDENCE + "EV-2,AC-01,Bad,review,2026-02-30\n");

            assertThat(folder.errors())
                    .extracting(Finding::file, Finding::line, Finding::code)
                    .containsExactly(
                            tuple("controls.csv", 4L, "input.bad_value"), tuple("evidence.csv", 3L, "input.bad_date"));
        }

        @Test
        void moreThanAHundredErrorsInOneFileAreCappedWithACount() {
            StringBuilder rows = new StringBuilder(InputFolder.MAPPINGS);
            for (int i = 0; i < 105; i++) {
                rows.append("NOPE-").append(i).append(",SOC2,CC6.2\n");
            }
            folder.write("mappings.csv", rows.toString());

            List<Finding> errors = folder.errors();

            assertThat(errors).hasSize(101);
            assertThat(errors.get(100))
                    .extracting(Finding::code, Finding::file)
                    .containsExactly("input.more_errors", "mappings.csv");
            assertThat(errors.get(100).message()).startsWith("... and 5 more");
        }

        @Test
        void workbookBesideCsvFilesIsAmbiguous() {
            folder.write("workbook.xlsx", new byte[] {1});

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::file)
                    .containsExactly("input.ambiguous", "workbook.xlsx");
        }
    }
}
