package io.auditpack.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.auditpack.cli.AuditpackCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports the public control libraries of {@code ../shared/reference/realworld/} (skipped when that folder is
 * absent; {@code -Dauditpack.reference=DIR} points elsewhere) through the real {@code validate} command. The clean
 * ones pass, and their coverage equals what their mappings imply, computed here from the reference catalogs (not
 * from the project's); the ones with mistakes are refused, every wrong ID named on its own line.
 */
class RealLibrariesTest {
    static final Path REFERENCE = Path.of(System.getProperty(
            "auditpack.reference", Path.of("..", "shared", "reference").toString()));

    static Set<String> soc2;
    static Set<String> iso;

    @BeforeAll
    static void readTheReferenceCatalogs() throws IOException {
        assumeTrue(Files.isDirectory(REFERENCE.resolve("realworld")), REFERENCE + " is absent: no real libraries");
        soc2 = RealLibrary.read(REFERENCE.resolve("soc2_tsc_2017.csv")).stream()
                .map(r -> r.get("id"))
                .collect(Collectors.toCollection(TreeSet::new));
        iso = RealLibrary.read(REFERENCE.resolve("iso27001_2022.csv")).stream()
                .map(r -> r.get("id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"adobe-ccf", "jupiterone"})
    void aCleanLibraryIsAcceptedAndCoversWhatItsMappingsImply(String name, @TempDir Path tmp) throws IOException {
        RealLibrary library = RealLibrary.convert(name, REFERENCE.resolve("realworld"), tmp);

        String out = validate(library);

        Set<String> soc2Covered = covered(library, "SOC2", soc2);
        Set<String> isoCovered = covered(library, "ISO27001", iso);
        assertThat(soc2Covered).as("the library cites something").isNotEmpty();
        assertThat(out)
                .contains("valid: no input errors")
                .contains("SOC2      %d in scope: %d covered, 0 partial, %d missing control"
                        .formatted(soc2.size(), soc2Covered.size(), soc2.size() - soc2Covered.size()))
                .contains("ISO27001  %d in scope: %d covered, 0 partial, %d missing control"
                        .formatted(iso.size(), isoCovered.size(), iso.size() - isoCovered.size()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compai", "strongdm-comply"})
    void aLibraryWithMistakesIsRefusedWithEveryWrongIdNamed(String name, @TempDir Path tmp) throws IOException {
        RealLibrary library = RealLibrary.convert(name, REFERENCE.resolve("realworld"), tmp);
        List<RealLibrary.Mapped> wrong = library.mappings().stream()
                .filter(m -> !(m.framework().equals("SOC2") ? soc2 : iso).contains(m.id()))
                .filter(m -> !(m.framework().equals("ISO27001") && isParentClause(m.id())))
                .toList();
        assertThat(wrong).as("the library has known mistakes").isNotEmpty();

        String out = validate(library);

        for (RealLibrary.Mapped mapping : wrong) {
            assertThat(out)
                    .contains("error input.unknown_requirement: mappings.csv, line %d, column requirement_id, "
                                    .formatted(mapping.line())
                            + "value \"%s\": ".formatted(mapping.id()));
        }
        assertThat(out.lines().filter(l -> l.startsWith("error ")).count()).isEqualTo(wrong.size());
        assertThat(out).contains("nothing was written (exit 2)");
    }

    @org.junit.jupiter.api.Test
    void adobesEvidenceRequestListIsRefusedRowByRowWhereItsIdsOrTitlesAreBroken(@TempDir Path tmp) throws IOException {
        RealLibrary library = RealLibrary.convert("adobe-ccf", REFERENCE.resolve("realworld"), tmp, true);
        List<CSVRecord> items = RealLibrary.read(REFERENCE.resolve("realworld/adobe_ccf_v5_evidence_request_list.csv"));
        List<String> expected = new java.util.ArrayList<>();
        long line = 2;
        for (CSVRecord item : items) {
            if (!item.get("evidence_id").matches("[A-Za-z0-9._-]{1,64}")) {
                expected.add("error input.bad_id: evidence.csv, line %d, column evidence_id, value \"%s\": "
                        .formatted(line, item.get("evidence_id")));
            } else if (item.get("title").isBlank()) {
                expected.add("error input.missing_value: evidence.csv, line %d, column title: ".formatted(line));
            }
            line += 1
                    + String.join(",", item.toList())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
        }
        assertThat(expected).as("the list has broken rows").isNotEmpty();

        String out = validate(library);

        List<String> errors = out.lines().filter(l -> l.startsWith("error ")).toList();
        assertThat(errors).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(errors.get(i)).startsWith(expected.get(i));
        }
    }

    /** The reference requirements a library's mappings reach: IDs as cited, and parent clauses' sub-clauses. */
    private static Set<String> covered(RealLibrary library, String framework, Set<String> catalog) {
        Set<String> covered = new TreeSet<>();
        for (RealLibrary.Mapped mapping : library.mappings()) {
            if (mapping.framework().equals(framework)) {
                catalog.stream()
                        .filter(id ->
                                id.equals(mapping.id()) || id.startsWith(mapping.id() + ".") && !id.startsWith("A."))
                        .forEach(covered::add);
            }
        }
        return covered;
    }

    private boolean isParentClause(String id) {
        return iso.stream().anyMatch(known -> known.startsWith(id + ".") && !known.startsWith("A."));
    }

    private static String validate(RealLibrary library) {
        StringWriter out = new StringWriter();
        int exit = AuditpackCli.execute(
                new PrintWriter(out, true),
                new PrintWriter(out, true),
                "validate",
                library.job().toString());
        String text = out.toString();
        assertThat(exit).as(text).isIn(0, 2);
        return text;
    }
}
