package io.auditpack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.auditpack.domain.Framework;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compares the built-in catalogs with the public reference data in ../shared/reference (skipped when absent). */
class CatalogReferenceTest {
    private static final Path REFERENCE = Path.of("..", "shared", "reference");
    private final Catalog catalog = Catalog.builtIn();

    @BeforeAll
    static void referenceDataIsPresent() {
        assumeTrue(Files.isDirectory(REFERENCE), "../shared/reference is absent: nothing to compare with");
    }

    @Test
    void soc2CriteriaAndTheirCategoriesEqualTheReference() throws IOException {
        Map<String, String> reference = read("soc2_tsc_2017.csv").stream()
                .collect(Collectors.toMap(
                        r -> r.get("id"),
                        r -> r.get("category")
                                .replaceAll("\\s*\\(.*\\)", "")
                                .trim()
                                .toLowerCase(Locale.ROOT)
                                .replace(' ', '_')));
        Map<String, String> ours = catalog.all(Framework.SOC2).stream()
                .collect(Collectors.toMap(
                        Requirement::id, r -> r.category().name().toLowerCase(Locale.ROOT)));
        assertThat(ours).isEqualTo(reference);
    }

    @Test
    void isoClausesAnnexAControlsAndThemesEqualTheReference() throws IOException {
        Map<String, String> reference = read("iso27001_2022.csv").stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r.get("kind") + "/" + r.get("theme")));
        Map<String, String> ours = catalog.all(Framework.ISO27001).stream()
                .collect(Collectors.toMap(Requirement::id, r -> r.annexA() ? "annex_a/" + r.group() : "clause/"));
        assertThat(ours).isEqualTo(reference);
    }

    @Test
    void everyMandatoryDocumentedInformationClauseIsKnown() throws IOException {
        for (CSVRecord row : read("iso27001_2022_mandatory_documented_information.csv")) {
            String clause = row.get("clause").replaceAll("\\s.*", "");
            assertThat(catalog.isKnown(Framework.ISO27001, clause)).as(clause).isTrue();
        }
    }

    private static List<CSVRecord> read(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(REFERENCE.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
