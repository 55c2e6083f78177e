package io.auditpack.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MetricsJsonWriterTest {

    private static String render(PackContext context) throws IOException {
        return new String(ReportFixtures.render(new MetricsJsonWriter(), context), StandardCharsets.UTF_8);
    }

    @Nested
    class GivenAManagementReviewOverAPeriod {
        private final String text;
        private final DocumentContext json;

        GivenAManagementReviewOverAPeriod() throws IOException {
            text = render(ReportFixtures.managementReview());
            json = JsonPath.parse(text);
        }

        @Test
        void topLevelKeysComeInTheDocumentedOrder() {
            Matcher key = Pattern.compile("(?m)^  \"([a-z0-9_]+)\":").matcher(text);
            List<String> keys = key.results().map(m -> m.group(1)).toList();
            assertThat(keys)
                    .containsExactly(
                            "job",
                            "package",
                            "version",
                            "as_of",
                            "period",
                            "collection_lag_days",
                            "organization",
                            "system",
                            "previous_sha256",
                            "soc2_categories",
                            "frameworks",
                            "requirements",
                            "controls",
                            "gaps",
                            "remediation",
                            "findings",
                            "evidence",
                            "due");
        }

        @Test
        void textIsPrettyPrintedWithLfLineEndsAndATrailingNewline() {
            assertThat(text)
                    .startsWith("{\n  \"job\": \"review-2026\",\n")
                    .endsWith("}\n")
                    .doesNotContain("\r");
        }

        @Test
        void identityFieldsCarryTheJobAndVersion() {
            assertThat((String) json.read("$.job")).isEqualTo("review-2026");
            assertThat((String) json.read("$.package")).isEqualTo("management-review");
            assertThat((Integer) json.read("$.version")).isEqualTo(1);
            assertThat((String) json.read("$.as_of")).isEqualTo("2026-06-30");
            assertThat((Map<String, Object>) json.read("$.period"))
                    .containsExactly(Map.entry("start", "2026-01-01"), Map.entry("end", "2026-12-31"));
            assertThat((String) json.read("$.organization")).isEqualTo("Example Corp");
            assertThat((String) json.read("$.system")).isEqualTo("Example Platform");
            assertThat((Object) json.read("$.previous_sha256")).isNull();
            assertThat((List<String>) json.read("$.soc2_categories")).containsExactly("security", "availability");
        }

        @Test
        void frameworkCountsIncludeOperationAndOneDecimalCoverage() {
            Map<String, Object> soc2 = json.read("$.frameworks.SOC2");
            assertThat(soc2)
                    .containsEntry("requirements_in_scope", 4)
                    .containsEntry("covered", 3)
                    .containsEntry("partial", 0)
                    .containsEntry("missing_control", 1)
                    .containsEntry("not_applicable", 1)
                    .containsEntry("effective", 0)
                    .containsEntry("inconsistent", 1)
                    .containsEntry("no_records", 2)
                    .containsEntry("not_yet_due", 0)
                    .containsEntry("design_coverage_percent", 75.0);
            Map<String, Object> iso = json.read("$.frameworks.ISO27001");
            assertThat(iso)
                    .containsEntry("requirements_in_scope", 4)
                    .containsEntry("covered", 2)
                    .containsEntry("partial", 1)
                    .containsEntry("missing_control", 1)
                    .containsEntry("not_applicable", 1)
                    .containsEntry("inconsistent", 1)
                    .containsEntry("no_records", 2)
                    .doesNotContainKey("categories");
            assertThat(text).contains("\"design_coverage_percent\": 75.0");
        }

        @Test
        void soc2CategoriesCountOnlyTheirOwnCriteria() {
            Map<String, Object> security = json.read("$.frameworks.SOC2.categories.security");
            assertThat(security)
                    .containsEntry("requirements_in_scope", 3)
                    .containsEntry("covered", 2)
                    .containsEntry("missing_control", 1)
                    .containsEntry("not_applicable", 0)
                    .containsEntry("design_coverage_percent", 66.7);
            Map<String, Object> availability = json.read("$.frameworks.SOC2.categories.availability");
            assertThat(availability)
                    .containsEntry("requirements_in_scope", 1)
                    .containsEntry("not_applicable", 1)
                    .containsEntry("no_records", 1)
                    .containsEntry("design_coverage_percent", 100.0);
            assertThat((Map<String, Object>) json.read("$.frameworks.SOC2.categories"))
                    .hasSize(2);
        }

        @Test
        void requirementsUseTheContractWordsAndJustifyExclusions() {
            assertThat((List<Object>) json.read("$.requirements")).hasSize(10);
            Map<String, Object> cc81 = json.read("$.requirements[2]");
            assertThat(cc81)
                    .containsEntry("framework", "SOC2")
                    .containsEntry("id", "CC8.1")
                    .containsEntry("design", "covered")
                    .containsEntry("operating", "inconsistent")
                    .containsEntry("controls", List.of("CM-01"))
                    .doesNotContainKey("justification");
            assertThat((String) json.read("$.requirements[2].title")).isNotBlank();
            Map<String, Object> a13 = json.read("$.requirements[4]");
            assertThat(a13)
                    .containsEntry("id", "A1.3")
                    .containsEntry("design", "not_applicable")
                    .containsEntry("justification", "Recovery testing is carved out to the hosting provider");
        }

        @Test
        void controlsCarrySliceCountsMissingSlicesAndDocumentation() {
            Map<String, Object> cm01 = json.read("$.controls[0]");
            assertThat(cm01)
                    .containsEntry("id", "CM-01")
                    .containsEntry("title", "Change management approvals")
                    .containsEntry("owner", "Dana Ops")
                    .containsEntry("frequency", "monthly")
                    .containsEntry("status", "inconsistent")
                    .containsEntry("due", 5)
                    .containsEntry("covered", 4)
                    .containsEntry("pending", 1)
                    .containsEntry("missing_slices", List.of("2026-04"))
                    .containsEntry("documentation", "current");
            assertThat((List<String>) json.read("$.controls[1].missing_slices"))
                    .containsExactly("2026-01-01..2026-03-31");
            assertThat((String) json.read("$.controls[1].title")).isEqualTo(ReportFixtures.FORMULA_TITLE);
            assertThat((Object) json.read("$.controls[2].owner")).isNull();
            assertThat((String) json.read("$.controls[2].status")).isEqualTo("not_implemented");
        }

        @Test
        void gapsKeepResultOrderWithNullForAnEmptyControlOrOwner() {
            assertThat((List<Object>) json.read("$.gaps")).hasSize(12);
            Map<String, Object> first = json.read("$.gaps[0]");
            assertThat(first)
                    .containsEntry("type", "missing_documentation")
                    .containsEntry("framework", "SOC2")
                    .containsEntry("requirement", "CC6.1")
                    .containsEntry("control", "AC-02")
                    .containsEntry("owner", "@admin")
                    .containsEntry("priority", 1);
            Map<String, Object> missing = json.read("$.gaps[2]");
            assertThat(missing)
                    .containsEntry("type", "missing_control")
                    .containsEntry("control", null)
                    .containsEntry("owner", null)
                    .containsEntry("priority", 4);
        }

        @Test
        void remediationItemsListFrameworksInFixedOrder() {
            Map<String, Object> first = json.read("$.remediation[0]");
            assertThat(first)
                    .containsEntry("priority", 1)
                    .containsEntry("id", "AC-02")
                    .containsEntry("control", "AC-02")
                    .containsEntry("owner", "@admin")
                    .containsEntry("frameworks", List.of("SOC2", "ISO27001"))
                    .containsEntry("gap_types", List.of("missing_operational_record", "missing_documentation"))
                    .containsEntry("closes", List.of("SOC2 CC6.1", "SOC2 A1.2", "ISO27001 9.2.1", "ISO27001 9.2.2"))
                    .containsEntry("action", "Run AC-02 and keep its records; re-approve its documentation.");
            Map<String, Object> requirementItem = json.read("$.remediation[3]");
            assertThat(requirementItem)
                    .containsEntry("id", "SOC2:CC6.4")
                    .containsEntry("control", null)
                    .containsEntry("owner", null)
                    .containsEntry("frameworks", List.of("SOC2"));
        }

        @Test
        void findingsAreCountedBySeverityAndBySortedCode() {
            assertThat((Integer) json.read("$.findings.total")).isEqualTo(5);
            assertThat((Map<String, Object>) json.read("$.findings.by_severity"))
                    .containsExactly(Map.entry("error", 0), Map.entry("warning", 4), Map.entry("info", 1));
            assertThat(text)
                    .containsSubsequence(
                            "\"control.owner_missing\": 2",
                            "\"crosswalk.owner_concentration\": 1",
                            "\"evidence.document_stale\": 1",
                            "\"evidence.outside_period\": 1");
        }

        @Test
        void evidenceStatisticsCountItemsUsesAndPackedFiles() {
            assertThat((Map<String, Object>) json.read("$.evidence"))
                    .containsKeys("items", "counted", "packed_files", "in_period", "files");
            assertThat(List.of(
                            (Integer) json.read("$.evidence.items"),
                            (Integer) json.read("$.evidence.counted"),
                            (Integer) json.read("$.evidence.packed_files"),
                            (Integer) json.read("$.evidence.in_period")))
                    .containsExactly(4, 3, 2, 2);
            assertThat((List<Map<String, Object>>) json.read("$.evidence.files"))
                    .containsExactly(
                            Map.of("id", "EV-2", "control", "AC-02", "path", "data/evidence/AC-02/EV-2__access.pdf"),
                            Map.of(
                                    "id",
                                    "EV-1",
                                    "control",
                                    "CM-01",
                                    "path",
                                    "data/evidence/CM-01/EV-1__jan_changes.pdf"));
        }
    }

    @Nested
    class GivenAPointInTimePackage {
        @Test
        void periodIsNullAndNoOperatingCountsAppear() throws IOException {
            DocumentContext json = JsonPath.parse(render(ReportFixtures.soc2Type1()));
            assertThat((Object) json.read("$.period")).isNull();
            assertThat((Integer) json.read("$.version")).isEqualTo(2);
            assertThat((String) json.read("$.previous_sha256")).isEqualTo("ab".repeat(32));
            assertThat((Map<String, Object>) json.read("$.frameworks")).containsOnlyKeys("SOC2");
            assertThat((Map<String, Object>) json.read("$.frameworks.SOC2"))
                    .doesNotContainKeys("effective", "inconsistent", "no_records", "not_yet_due")
                    .containsEntry("covered", 3);
        }
    }
}
