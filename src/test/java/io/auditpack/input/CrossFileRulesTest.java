package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossFileRulesTest {
    @TempDir
    Path dir;

    InputFolder folder;

    @BeforeEach
    void validFolder() {
        folder = new InputFolder(dir);
    }

    @Nested
    class Mappings {
        @Test
        void unknownControlSuggestsTheOneThatDiffersOnlyInCase() {
            folder.write("mappings.csv", InputFolder.MAPPINGS + "ac-01,SOC2,CC6.3\nZZ-99,SOC2,CC6.3\n");

            List<Finding> errors = folder.errors();

            assertThat(errors)
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly(
                            tuple("input.unknown_control", 4L, "control_id", "ac-01"),
                            tuple("input.unknown_control", 5L, "control_id", "ZZ-99"));
            assertThat(errors.get(0).message()).contains("(did you mean \"AC-01\"?)");
            assertThat(errors.get(1).message()).doesNotContain("did you mean");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "SOC2|CC10.1|",
                    "SOC2|CC99.9|",
                    "SOC2|cc6.1|CC6.1",
                    "ISO27001|5.15|A.5.15",
                    "ISO27001|A 5.15|A.5.15"
                })
        void unknownRequirementIsAnErrorWithTheCatalogsSuggestion(String framework, String id, String suggestion) {
            folder.write("mappings.csv", InputFolder.MAPPINGS + "AC-01," + framework + "," + id + "\n");

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                    .containsExactly("input.unknown_requirement", "mappings.csv", 4L, "requirement_id", id);
            if (suggestion == null) {
                assertThat(error.message()).doesNotContain("did you mean");
            } else {
                assertThat(error.message()).contains("(did you mean \"" + suggestion + "\"?)");
            }
        }

        @Test
        void relationshipAndCoverageMustAgree() {
            folder.write("mappings.csv", """
                    control_id,framework,requirement_id,relationship,coverage
                    AC-01,SOC2,CC6.2,subset-of,full
                    """);

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly("input.coverage_conflict", 2L, "coverage", "full");
            assertThat(error.message()).contains("relationship subset-of means coverage partial");
        }

        @Test
        void badRelationshipWordSuggestsTheContractWord() {
            folder.write("mappings.csv", """
                    control_id,framework,requirement_id,relationship
                    AC-01,SOC2,CC6.2,equals-to
                    """);

            Finding error = folder.onlyError();

            assertThat(error).extracting(Finding::code, Finding::value).containsExactly("input.bad_value", "equals-to");
            assertThat(error.message())
                    .contains("accepted: equal-to, equivalent-to, superset-of, subset-of, "
                            + "intersects-with (did you mean \"equal-to\"?)");
        }

        @Test
        void duplicateMappingRowIsAnError() {
            folder.write("mappings.csv", InputFolder.MAPPINGS + "AC-01,SOC 2,CC6.2\n");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::line, Finding::value)
                    .containsExactly("input.duplicate_mapping", 4L, "CC6.2");
        }

        @Test
        void unknownFrameworkListsTheAcceptedNames() {
            folder.write("mappings.csv", InputFolder.MAPPINGS + "AC-01,SOC3,CC6.2\n");

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::column, Finding::value)
                    .containsExactly("input.bad_value", "framework", "SOC3");
            assertThat(error.message())
                    .contains("SOC2 (or SOC 2, TSC) or ISO27001")
                    .contains("did you mean \"SOC2\"");
        }
    }

    @Nested
    class Evidence {
        private static final String HEADER =
                "evidence_id,control_ids,title,type,performed_on,covers_from,covers_to,collected_on\n";

        @Test
        void unknownControlInTheListIsNamed() {
            folder.write("evidence.csv", HEADER + "EV-1,AC-01;CM-2,Review,review,2026-03-31,,,\n");

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly("input.unknown_control", 2L, "control_ids", "CM-2");
            assertThat(error.message()).contains("did you mean \"CM-02\"");
        }

        @Test
        void impossibleDateIsNamedWithItsValue() {
            folder.write("evidence.csv", HEADER + "EV-1,AC-01,Review,review,2026-02-30,,,\n");

            Finding error = folder.onlyError();

            assertThat(error)
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly("input.bad_date", 2L, "performed_on", "2026-02-30");
            assertThat(error.message()).contains("YYYY-MM-DD");
        }

        @Test
        void collectedBeforePerformedIsAnError() {
            folder.write("evidence.csv", HEADER + "EV-1,AC-01,Review,review,2026-03-31,,,2026-03-30\n");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::column, Finding::value)
                    .containsExactly("input.collected_before_performed", "collected_on", "2026-03-30");
        }

        @Test
        void reversedAndHalfOpenRangesAreErrors() {
            folder.write(
                    "evidence.csv",
                    HEADER + "EV-1,AC-01,Log,log,2026-03-31,2026-03-31,2026-01-01,\n"
                            + "EV-2,AC-01,Log,log,2026-03-31,2026-01-01,,\n");

            assertThat(folder.errors())
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly(
                            tuple("input.reversed_range", 2L, "covers_to", "2026-01-01"),
                            tuple("input.incomplete_range", 3L, "covers_to", ""));
        }

        @Test
        void badTypeSuggestsTheClosestWordAndBlankDateIsOnlyAWarning() {
            folder.write(
                    "evidence.csv",
                    HEADER + "EV-1,AC-01,Review,reveiw,2026-03-31,,,\n" + "EV-2,AC-01,Ticket,ticket,,,,\n");

            List<Finding> findings = folder.load().findings();

            assertThat(findings)
                    .extracting(Finding::severity, Finding::code, Finding::line, Finding::value)
                    .containsExactly(
                            tuple(io.auditpack.domain.Severity.ERROR, "input.bad_value", 2L, "reveiw"),
                            tuple(io.auditpack.domain.Severity.WARNING, "evidence.undated", 3L, ""));
            assertThat(findings.get(0).message()).contains("did you mean \"review\"");
        }

        @Test
        void duplicateEvidenceIdIsAnError() {
            folder.write(
                    "evidence.csv",
                    HEADER + "EV-1,AC-01,A,review,2026-03-31,,,\n" + "EV-1,AC-01,B,review,2026-03-31,,,\n");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::line, Finding::value)
                    .containsExactly("input.duplicate_id", 3L, "EV-1");
        }
    }

    @Nested
    class Applicability {
        @Test
        void exclusionWithoutJustificationIsAnError() {
            folder.write(
                    "applicability.csv",
                    "framework,requirement_id,applicable,justification\n" + "ISO27001,A.7.4,no,\n");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::column)
                    .containsExactly("input.exclusion_without_justification", "applicability.csv", 2L, "justification");
        }

        @Test
        void aManagementSystemClauseCannotBeExcluded() {
            folder.write(
                    "applicability.csv",
                    "framework,requirement_id,applicable,justification\n"
                            + "ISO27001,4.1,no,We have no context\nISO27001,9.2,no,No audits\n");

            assertThat(folder.errors())
                    .extracting(Finding::code, Finding::line, Finding::value)
                    .containsExactly(
                            tuple("input.clause_not_excludable", 2L, "4.1"),
                            tuple("input.clause_not_excludable", 3L, "9.2"));
        }

        @Test
        void unknownRequirementInApplicabilityIsAnError() {
            folder.write(
                    "applicability.csv",
                    "framework,requirement_id,applicable,justification\n" + "ISO27001,A.9.1,no,Gone in 2022\n");

            assertThat(folder.onlyError())
                    .extracting(Finding::code, Finding::value)
                    .containsExactly("input.unknown_requirement", "A.9.1");
        }
    }
}
