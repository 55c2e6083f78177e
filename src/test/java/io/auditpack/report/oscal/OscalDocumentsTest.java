package io.auditpack.report.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.TestContexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OscalDocumentsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> contexts() {
        return Stream.of(
                Arguments.of("management review", ReportFixtures.managementReview()),
                Arguments.of("soc2 type 1, version 2", ReportFixtures.soc2Type1()),
                Arguments.of("no gaps and no evidence", withoutGapsOrEvidence(ReportFixtures.managementReview())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void givenAContextBothDocumentsAreValidOscal113(String name, PackContext context) throws IOException {
        byte[] results = render(OscalJsonWriter.assessmentResults(), context);
        byte[] poam = render(OscalJsonWriter.poam(), context);
        Path dump = Path.of("target", "oscal-unit", name.replace(' ', '-').replace(",", ""));
        Files.createDirectories(dump);
        Files.write(dump.resolve("assessment-results.json"), results);
        Files.write(dump.resolve("poam.json"), poam);

        assertThat(OscalSchemas.ASSESSMENT_RESULTS.errors(results)).isEmpty();
        assertThat(OscalSchemas.POAM.errors(poam)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void givenAContextEveryUuidIsUniqueAndEveryReferenceNamesAnObjectOfTheDocument(String name, PackContext context)
            throws IOException {
        JsonNode results = JSON.readTree(render(OscalJsonWriter.assessmentResults(), context));
        JsonNode poam = JSON.readTree(render(OscalJsonWriter.poam(), context));

        assertThatReferencesResolve(results);
        assertThatReferencesResolve(poam);
        String plan = results.at("/assessment-results/import-ap/href").asString();
        assertThat(plan).startsWith("#");
        assertThat(results.at("/assessment-results/back-matter/resources/0/uuid")
                        .asString())
                .isEqualTo(plan.substring(1));
    }

    @Test
    void givenNoGapsAndNoEvidenceThePoamRecordsTheEmptyPlanInItsOneItemAndTheResultHasNoObservation()
            throws IOException {
        PackContext context = withoutGapsOrEvidence(ReportFixtures.managementReview());

        JsonNode poam = JSON.readTree(render(OscalJsonWriter.poam(), context)).path("plan-of-action-and-milestones");
        JsonNode result = JSON.readTree(render(OscalJsonWriter.assessmentResults(), context))
                .at("/assessment-results/results/0");

        assertThat(poam.path("poam-items").size()).isEqualTo(1);
        assertThat(poam.at("/poam-items/0/title").asString()).isEqualTo("No open remediation item");
        assertThat(poam.at("/poam-items/0/props/0/name").asString()).isEqualTo("empty-plan");
        assertThat(poam.has("risks")).isFalse();
        assertThat(poam.has("findings")).isFalse();
        assertThat(result.has("observations")).isFalse();
        assertThat(result.path("findings").size()).isPositive();
    }

    @Test
    void givenADocumentBrokenByHandTheSchemaRefusesIt() throws IOException {
        String results = new String(
                render(OscalJsonWriter.assessmentResults(), ReportFixtures.managementReview()), StandardCharsets.UTF_8);
        String broken = results.replaceFirst("\"oscal-version\": \"1.1.3\"", "\"oscal-version\": \"\"")
                .replaceFirst("\"methods\": \\[", "\"methods\": [ \"LOOK\", ")
                .replaceFirst("\"uuid\": \"[0-9a-f-]+\"", "\"uuid\": \"not-a-uuid\"");

        assertThat(broken).isNotEqualTo(results);
        assertThat(OscalSchemas.ASSESSMENT_RESULTS.errors(broken.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(e -> assertThat(e).contains("uuid"));
    }

    @Test
    void givenTheSameContextTheDocumentsHaveTheSameBytesUnderAnotherClockAndLocale() throws IOException {
        PackContext context = ReportFixtures.managementReview();
        for (OscalJsonWriter writer : List.of(OscalJsonWriter.assessmentResults(), OscalJsonWriter.poam())) {
            byte[] first = render(writer, context);

            assertThat(render(writer, ReportFixtures.managementReview())).isEqualTo(first);
            assertThat(ReportFixtures.underAnotherClockAndLocale(() -> render(writer, context)))
                    .isEqualTo(first);
        }
    }

    @Test
    void givenATitleWithMarkupTheFindingTitleKeepsItAsEscapedText() throws IOException {
        JsonNode results =
                JSON.readTree(render(OscalJsonWriter.assessmentResults(), ReportFixtures.managementReview()));
        List<String> titles = new ArrayList<>();
        results.at("/assessment-results/results/0/findings")
                .forEach(f -> titles.add(f.path("title").asString()));

        assertThat(titles).isNotEmpty().noneMatch(t -> t.matches(".*(?<!\\\\)[<>*_\\[\\]].*"));
    }

    static PackContext withoutGapsOrEvidence(PackContext context) {
        AuditResult full = context.result();
        AuditResult empty = new AuditResult(
                full.job(),
                full.asOf(),
                full.requirements(),
                full.controls(),
                List.of(),
                List.of(),
                full.findings(),
                EvidenceUses.copyOf(List.of()));
        return TestContexts.of(empty, context.inputs(), context.stamp());
    }

    static byte[] render(OscalJsonWriter writer, PackContext context) throws IOException {
        return ReportFixtures.render(writer, context);
    }

    /** Every {@code uuid} appears once; every {@code *-uuid} and {@code *-uuids} value names one of them. */
    static void assertThatReferencesResolve(JsonNode document) {
        List<String> defined = new ArrayList<>();
        Set<String> referenced = new TreeSet<>();
        collect(document, defined, referenced);

        assertThat(defined).doesNotHaveDuplicates().isNotEmpty();
        assertThat(defined).containsAll(referenced);
    }

    private static void collect(JsonNode node, List<String> defined, Set<String> referenced) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                JsonNode value = node.path(key);
                if (key.equals("uuid")) {
                    defined.add(value.asString());
                } else if (key.endsWith("-uuid")) {
                    referenced.add(value.asString());
                } else if (key.endsWith("-uuids")) {
                    value.forEach(v -> referenced.add(v.asString()));
                } else if (key.equals("href") && value.asString().startsWith("#")) {
                    referenced.add(value.asString().substring(1));
                }
                collect(value, defined, referenced);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, defined, referenced));
        }
    }
}
