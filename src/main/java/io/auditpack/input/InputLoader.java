package io.auditpack.input;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Applicability;
import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.ManagementResponse;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.Population;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SourceRef;
import io.auditpack.domain.TrackedInputs;
import io.auditpack.guard.NamedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads one input folder: controls, mappings, evidence (required), applicability, populations, responses, requests and remediation
 * (optional) from CSV files or
 * from {@code workbook.xlsx}, plus {@code scope.yaml} and the files under {@code evidence/}. Every problem a user
 * can cause is a finding in the returned set; errors mean the run must stop.
 */
public final class InputLoader {
    static final List<String> REQUIRED = List.of("controls", "mappings", "evidence");
    static final List<String> OPTIONAL =
            List.of("applicability", "populations", "responses", "requests", "remediation");
    static final String WORKBOOK = "workbook.xlsx";

    private InputLoader() {}

    public static InputSet load(Path inputDir, Catalog catalog) throws IOException {
        Path folder = inputDir.toAbsolutePath().normalize();
        Path evidenceRoot = folder.resolve("evidence");
        FindingLog log = new FindingLog();
        Map<String, Table> tables = Map.of();
        if (!Files.isDirectory(folder)) {
            log.add(Finding.error(
                    "input.missing_file",
                    SourceRef.of(inputDir.toString()),
                    "",
                    "",
                    "the input folder does not exist; expected a folder with controls.csv, mappings.csv and "
                            + "evidence.csv (or workbook.xlsx)"));
        } else {
            tables = tables(folder, log);
        }
        ControlRows.Result controls =
                tables.containsKey("controls") ? ControlRows.map(tables.get("controls"), log) : null;
        KnownControls known = controls == null || controls.ids().isEmpty()
                ? KnownControls.unchecked()
                : new KnownControls(controls.ids(), true);
        List<Mapping> mappings = tables.containsKey("mappings")
                ? MappingRows.map(tables.get("mappings"), known, catalog, log)
                : List.of();
        List<EvidenceItem> evidence =
                tables.containsKey("evidence") ? EvidenceRows.map(tables.get("evidence"), known, log) : List.of();
        List<Applicability> applicability = tables.containsKey("applicability")
                ? ApplicabilityRows.map(tables.get("applicability"), catalog, log)
                : List.of();
        List<Population> populations = tables.containsKey("populations")
                ? PopulationRows.map(tables.get("populations"), known, evidenceRoot, log)
                : List.of();
        List<ManagementResponse> responses =
                tables.containsKey("responses") ? ResponseRows.map(tables.get("responses"), known, log) : List.of();
        TrackedInputs tracked = new TrackedInputs(
                tables.containsKey("requests")
                        ? RequestRows.map(tables.get("requests"), known, catalog, log)
                        : List.of(),
                tables.containsKey("remediation")
                        ? RemediationRows.map(tables.get("remediation"), known, catalog, log)
                        : List.of());
        Path scopeFile = folder.resolve(ScopeFileReader.FILE);
        ScopeStatement scope = ScopeStatement.none();
        if (Files.isRegularFile(scopeFile)) {
            scope = ScopeFileReader.read(scopeFile, log);
        } else if (Files.exists(scopeFile, LinkOption.NOFOLLOW_LINKS)) {
            log.add(Finding.error(
                    "input.scope",
                    SourceRef.of(ScopeFileReader.FILE),
                    "",
                    "",
                    ScopeFileReader.FILE + " " + NamedFile.problem(scopeFile).orElse("is not a plain file")
                            + "; expected a YAML file (or no scope.yaml at all)"));
        }
        Map<String, Path> files = EvidenceFiles.verify(evidenceRoot, evidence, log);
        List<Control> controlList = controls == null ? List.of() : controls.controls();
        List<String> controlExtra = controls == null ? List.of() : controls.extraColumns();
        List<String> evidenceExtra =
                tables.containsKey("evidence") ? tables.get("evidence").extraColumns(EvidenceRows.KNOWN) : List.of();
        List<String> mappingExtra =
                tables.containsKey("mappings") ? tables.get("mappings").extraColumns(MappingRows.KNOWN) : List.of();
        return new InputSet(
                controlList,
                mappings,
                evidence,
                applicability,
                scope,
                evidenceRoot,
                files,
                controlExtra,
                mappingExtra,
                evidenceExtra,
                log.findings(),
                populations,
                responses,
                tracked);
    }

    /** The tables by name (controls, mappings, evidence, applicability), from CSV files or the workbook. */
    private static Map<String, Table> tables(Path folder, FindingLog log) throws IOException {
        Path workbook = folder.resolve(WORKBOOK);
        List<String> csvPresent = Stream.concat(REQUIRED.stream(), OPTIONAL.stream())
                .map(name -> name + ".csv")
                .filter(name -> Files.exists(folder.resolve(name)))
                .toList();
        if (Files.exists(workbook)) {
            if (!csvPresent.isEmpty()) {
                log.add(Finding.error(
                        "input.ambiguous",
                        SourceRef.of(WORKBOOK),
                        "",
                        "",
                        "the input folder holds both workbook.xlsx and " + String.join(", ", csvPresent)
                                + "; accepted: either the CSV files or the workbook, not both (remove one)"));
                return Map.of();
            }
            if (!Files.isRegularFile(workbook)) {
                log.add(Finding.error(
                        "input.bad_workbook",
                        SourceRef.of(WORKBOOK),
                        "",
                        "",
                        WORKBOOK + " is not a regular file (a folder, a pipe or a device); it is never opened"));
                return Map.of();
            }
            return WorkbookTableReader.read(workbook, REQUIRED, OPTIONAL, log);
        }
        Map<String, Table> tables = new java.util.LinkedHashMap<>();
        for (String name : Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList()) {
            String file = name + ".csv";
            Path path = folder.resolve(file);
            if (Files.isRegularFile(path)) {
                Table table = name.equals("evidence")
                        ? CsvTableReader.stream(path, file, log)
                        : CsvTableReader.read(path, file, log);
                if (table != null) {
                    tables.put(name, table);
                }
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                log.add(
                        Finding.error(
                                "input.missing_file",
                                SourceRef.of(file),
                                "",
                                "",
                                file + " is not a regular "
                                        + "file (a folder, a pipe, a device or a broken link); it is never opened; expected a CSV file"));
            } else if (REQUIRED.contains(name)) {
                log.add(Finding.error(
                        "input.missing_file",
                        SourceRef.of(file),
                        "",
                        "",
                        file
                                + " is missing from the input folder; required: controls.csv, mappings.csv, evidence.csv "
                                + "(or one workbook.xlsx with sheets controls, mappings, evidence)"));
            }
        }
        return tables;
    }
}
