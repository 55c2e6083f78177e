package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.Population;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationInputTest {
    private static final String HEADER =
            "control_id,population_id,occurrence_id,occurred_on,source,extracted_on,query,extract_file\n";

    @TempDir
    Path dir;

    InputFolder folder;

    @BeforeEach
    void validFolder() {
        folder = new InputFolder(dir);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aPopulationTakesItsFactsFromItsFirstRowAndTheSha256OfItsExtract() throws Exception {
        String extract = "key,created\nCH-1,2026-02-01\nCH-2,2026-03-01\n";
        folder.write("evidence/pop/changes.csv", extract);
        folder.write("populations.csv", HEADER + """
                CM-02,POP-CH,CH-1,2026-02-01,Jira,2026-06-30,project = CH,pop/changes.csv
                CM-02,POP-CH,CH-2,2026-03-01,,,,
                """);

        InputSet inputs = folder.load();

        assertThat(inputs.findings()).noneMatch(Finding::isError);
        assertThat(inputs.populations()).hasSize(1);
        Population population = inputs.populations().get(0);
        assertThat(population)
                .extracting(Population::id, Population::controlId, Population::sourceSystem, Population::query)
                .containsExactly("POP-CH", "CM-02", "Jira", "project = CH");
        assertThat(population.extractedOn()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(population.count()).isEqualTo(2);
        assertThat(population.sha256()).isEqualTo(sha256(extract.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutAnExtractFileTheSha256IsThatOfTheRowsAsRead() throws Exception {
        folder.write("populations.csv", HEADER + """
                CM-02,POP-CH,CH-1,2026-02-01,Jira,2026-06-30,,
                CM-02,POP-CH,CH-2,2026-03-01,,,,
                """);

        Population population = folder.load().populations().get(0);

        assertThat(population.sha256())
                .isEqualTo(sha256("CH-1,2026-02-01\nCH-2,2026-03-01\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownControlsBadDatesAndDuplicateOccurrencesAreErrorsNamingLineColumnAndValue() {
        folder.write("populations.csv", HEADER + """
                CM-02,POP-CH,CH-1,2026-02-01,Jira,2026-06-30,,
                ZZ-99,POP-ZZ,ZZ-1,2026-02-01,Jira,2026-06-30,,
                CM-02,POP-CH,CH-2,2026-02-30,,,,
                CM-02,POP-CH,ch-1,2026-03-01,,,,
                CM-02,POP-CH,CH-3,2026-07-01,,,,
                CM-02,POP-CH,CH-4,2026-03-02,ServiceNow,,,
                """);

        assertThat(folder.errors())
                .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                .containsExactly(
                        tuple("input.unknown_control", "populations.csv", 3L, "control_id", "ZZ-99"),
                        tuple("input.bad_date", "populations.csv", 4L, "occurred_on", "2026-02-30"),
                        tuple("input.duplicate_id", "populations.csv", 5L, "occurrence_id", "ch-1"),
                        tuple("input.occurred_after_extraction", "populations.csv", 6L, "occurred_on", "2026-07-01"),
                        tuple("input.population_conflict", "populations.csv", 7L, "source", "ServiceNow"));
    }

    @Test
    void anExtractFileOutsideTheEvidenceFolderIsRefused() {
        folder.write("populations.csv", HEADER + "CM-02,POP-CH,CH-1,2026-02-01,Jira,2026-06-30,,../controls.csv\n");

        assertThat(folder.onlyError())
                .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                .containsExactly("input.path_refused", 2L, "extract_file", "../controls.csv");
    }

    @Test
    void responsesNeedAKnownControlAndOneResponsePerException() {
        folder.write("responses.csv", """
                control_id,occurrence,response,owner,target_date
                AC-01,2026-04-01..2026-06-30,Review postponed; done in Q3,Dana,2026-12-31
                XX-01,CH-1,Unknown control,,
                AC-01,2026-04-01..2026-06-30,Twice,,
                AC-01,CH-9,Bad date,,2026-13-01
                """);

        InputSet inputs = folder.load();

        assertThat(inputs.findings().stream().filter(Finding::isError).toList())
                .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                .containsExactly(
                        tuple("input.unknown_control", 3L, "control_id", "XX-01"),
                        tuple("input.duplicate_response", 4L, "occurrence", "2026-04-01..2026-06-30"),
                        tuple("input.bad_date", 5L, "target_date", "2026-13-01"));
        assertThat(inputs.responses()).hasSize(1);
        assertThat(inputs.responses().get(0).targetDate()).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void anOccurrenceIdOfEvidenceMustBeAnId() {
        folder.write("evidence.csv", """
                evidence_id,control_ids,title,type,performed_on,occurrence_id
                EV-1,AC-01,Q1 review,review,2026-03-31,CH-1;bad id
                """);

        assertThat(folder.onlyError())
                .extracting(Finding::code, Finding::column, Finding::value)
                .containsExactly("input.bad_id", "occurrence_id", "bad id");
    }
}
