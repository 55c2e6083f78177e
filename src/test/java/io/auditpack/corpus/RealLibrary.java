package io.auditpack.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one public control library of {@code ../shared/reference/realworld/} into the contract's inputs in a
 * temporary folder: controls.csv, mappings.csv (one row per cited SOC 2 or ISO 27001 ID, as cited), evidence.csv
 * and a management-review job. Nothing of the library is copied into the project: it is read at test time.
 */
record RealLibrary(String name, Path job, Path input, List<Mapped> mappings) {

    /** One mapping row written: its line in mappings.csv, the framework word and the ID as the library cites it. */
    record Mapped(long line, String framework, String id) {}

    /** How a library's file names its columns. */
    record Source(String file, String id, String title, String soc2, String iso, String evidenceFile) {}

    static final Map<String, Source> SOURCES = Map.of(
            "adobe-ccf",
                    new Source(
                            "adobe_ccf_v5_controls.csv",
                            "control_id",
                            "name",
                            "soc2_criteria",
                            "iso27001_2022_ids",
                            "adobe_ccf_v5_evidence_request_list.csv"),
            "jupiterone",
                    new Source(
                            "jupiterone_procedures.csv", "procedure_id", "name", "soc2_ids", "iso27001_2022_ids", null),
            "compai",
                    new Source(
                            "compai_controls.csv",
                            "control_template_id",
                            "name",
                            "soc2_ids",
                            "iso27001_2022_ids",
                            null),
            "strongdm-comply",
                    new Source("strongdm_comply_documents.csv", "path", "name", "satisfies_tsc", null, null));

    /** The library with an empty evidence catalog (the crosswalk alone). */
    static RealLibrary convert(String name, Path realworld, Path folder) throws IOException {
        return convert(name, realworld, folder, false);
    }

    /**
     * The library, with its evidence request list as evidence.csv when {@code withEvidence} (each item a record
     * performed on 2026-03-01).
     */
    static RealLibrary convert(String name, Path realworld, Path folder, boolean withEvidence) throws IOException {
        Source source = SOURCES.get(name);
        Path input = folder.resolve("input");
        Files.createDirectories(input);
        List<CSVRecord> rows = read(realworld.resolve(source.file()));
        List<Mapped> mapped = new ArrayList<>();
        try (CSVPrinter controls = printer(
                        input.resolve("controls.csv"),
                        "control_id",
                        "title",
                        "owner",
                        "frequency",
                        "expected_evidence",
                        "requires_documentation");
                CSVPrinter mappings =
                        printer(input.resolve("mappings.csv"), "control_id", "framework", "requirement_id")) {
            long line = 2;
            for (CSVRecord row : rows) {
                String id = source.id().equals("path")
                        ? row.get("path").replace(".md", "").replace('/', '-')
                        : row.get(source.id());
                controls.printRecord(
                        id, row.get(source.title()), "grc@example.test", "annual", "as the library describes", "no");
                for (String framework : List.of("SOC2", "ISO27001")) {
                    String column = framework.equals("SOC2") ? source.soc2() : source.iso();
                    for (String cited : column == null ? List.<String>of() : split(row.get(column))) {
                        mappings.printRecord(id, framework, cited);
                        mapped.add(new Mapped(line++, framework, cited));
                    }
                }
            }
        }
        try (CSVPrinter evidence =
                printer(input.resolve("evidence.csv"), "evidence_id", "control_ids", "title", "type", "performed_on")) {
            if (withEvidence && source.evidenceFile() != null) {
                for (CSVRecord row : read(realworld.resolve(source.evidenceFile()))) {
                    evidence.printRecord(
                            row.get("evidence_id"), row.get("control_ids"), row.get("title"), "record", "2026-03-01");
                }
            }
        }
        Path job = folder.resolve("jobs/" + name + ".yaml");
        Files.createDirectories(job.getParent());
        Files.writeString(job, """
                name: %s
                package: management-review
                organization: Real Library Test
                system: %s as published
                as_of: 2026-06-30
                soc2_categories: [security, availability, confidentiality, processing_integrity, privacy]
                """.formatted(name, name));
        return new RealLibrary(name, job, input, mapped);
    }

    static List<String> split(String cell) {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
            return parser.getRecords();
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }
}
