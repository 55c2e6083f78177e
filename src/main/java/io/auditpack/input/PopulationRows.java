package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.Occurrence;
import io.auditpack.domain.Population;
import io.auditpack.domain.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps the rows of populations.csv (or the populations sheet) to {@link Population}s, grouped by
 * {@code population_id} in order of first appearance. A population's facts (control, source, query, extraction date,
 * extract file) come from its first row; later rows leave them blank or repeat them. An occurrence ID appears once
 * per control. The SHA-256 is the extract file's, or the rows' when no file is named ({@link #rowsDigest}).
 */
final class PopulationRows {
    static final List<String> REQUIRED = List.of("control_id", "population_id", "occurrence_id", "occurred_on");
    private static final List<String> FACTS = List.of("control_id", "source", "query", "extracted_on", "extract_file");

    private PopulationRows() {}

    static List<Population> map(Table table, KnownControls controls, Path evidenceRoot, FindingLog log)
            throws IOException {
        if (!table.requireColumns(REQUIRED, log)) {
            return List.of();
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Long> occurrenceLines = new HashMap<>();
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            String controlId = cells.required("control_id");
            if (controlId != null) {
                controls.check(cells, "control_id", controlId);
            }
            String populationId = ControlRows.validId(cells, "population_id");
            String occurrenceId = ControlRows.validId(cells, "occurrence_id");
            LocalDate occurred = cells.date("occurred_on");
            if (occurred == null && cells.text("occurred_on").isEmpty()) {
                cells.required("occurred_on");
            }
            LocalDate extracted = cells.date("extracted_on");
            if (populationId == null || controlId == null) {
                continue;
            }
            Draft draft = drafts.get(populationId);
            if (draft == null) {
                draft = first(cells, populationId, extracted);
                if (draft != null) {
                    drafts.put(populationId, draft);
                }
            } else {
                draft.agree(cells);
            }
            if (draft != null && occurrenceId != null) {
                String key = controlId.toLowerCase(Locale.ROOT) + "|" + occurrenceId.toLowerCase(Locale.ROOT);
                Long earlier = occurrenceLines.putIfAbsent(key, row.line());
                if (earlier != null) {
                    cells.error(
                            "input.duplicate_id",
                            "occurrence_id",
                            occurrenceId,
                            "occurrence " + occurrenceId + " of control " + controlId + " is already listed on line "
                                    + earlier
                                    + "; each occurrence of a control appears once (IDs compared ignoring case)");
                }
            }
            if (draft != null && occurred != null && draft.extractedOn != null && occurred.isAfter(draft.extractedOn)) {
                cells.error(
                        "input.occurred_after_extraction",
                        "occurred_on",
                        cells.text("occurred_on"),
                        "occurrence " + occurrenceId + " happened on " + occurred + ", after population "
                                + populationId + " was extracted (" + draft.extractedOn
                                + "); accepted: a day on or before the extraction date");
            }
            if (draft != null && occurrenceId != null && occurred != null && !cells.failed()) {
                draft.occurrences.add(new Occurrence(occurrenceId, occurred, cells.at()));
            }
        }
        List<Population> populations = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            Optional<String> sha256 = draft.sha256(table.file(), evidenceRoot, log);
            if (sha256.isPresent() && draft.extractedOn != null) {
                populations.add(new Population(
                        draft.id,
                        Objects.requireNonNull(draft.facts.get("control_id"), "control_id"),
                        Objects.requireNonNull(draft.facts.get("source"), "source"),
                        Objects.requireNonNull(draft.facts.get("query"), "query"),
                        draft.extractedOn,
                        Objects.requireNonNull(draft.facts.get("extract_file"), "extract_file"),
                        sha256.get(),
                        draft.occurrences,
                        draft.at));
            }
        }
        return populations;
    }

    /** The population a first row opens, with its facts; reports a missing source or extraction date. */
    private static Draft first(Cells cells, String populationId, @Nullable LocalDate extracted) {
        if (cells.text("source").isEmpty()) {
            cells.error(
                    "input.missing_value",
                    "source",
                    "",
                    "the first row of population " + populationId
                            + " must name its source (the system of record it was extracted from)");
        }
        if (cells.text("extracted_on").isEmpty()) {
            cells.error(
                    "input.missing_value",
                    "extracted_on",
                    "",
                    "the first row of population " + populationId + " must give the day it was extracted");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        FACTS.forEach(column -> facts.put(column, cells.text(column)));
        return new Draft(populationId, facts, extracted, cells.at());
    }

    /**
     * The SHA-256 (lower-case hex) of a population's rows as read, when no extract file is named: of the UTF-8 text
     * holding one line {@code occurrence_id,occurred_on} per occurrence, file order, each ended by a line feed.
     */
    static String rowsDigest(List<Occurrence> occurrences) {
        StringBuilder text = new StringBuilder();
        for (Occurrence occurrence : occurrences) {
            text.append(occurrence.id())
                    .append(',')
                    .append(occurrence.occurredOn())
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A population being read: its facts from the first row and its occurrences so far. */
    private static final class Draft {
        private final String id;
        private final Map<String, String> facts;
        private final @Nullable LocalDate extractedOn;
        private final SourceRef at;
        private final List<Occurrence> occurrences = new ArrayList<>();

        Draft(String id, Map<String, String> facts, @Nullable LocalDate extractedOn, SourceRef at) {
            this.id = id;
            this.facts = facts;
            this.extractedOn = extractedOn;
            this.at = at;
        }

        /** Reports a later row whose facts differ from the first row's (blank cells agree). */
        void agree(Cells cells) {
            for (Map.Entry<String, String> fact : facts.entrySet()) {
                String value = cells.text(fact.getKey());
                if (!value.isEmpty() && !value.equals(fact.getValue())) {
                    cells.error(
                            "input.population_conflict",
                            fact.getKey(),
                            value,
                            "population " + id + " has " + fact.getKey() + " \"" + fact.getValue() + "\" on line "
                                    + at.line() + "; accepted: the same value, or a blank cell");
                }
            }
        }

        /** The extract file's SHA-256, or the rows' digest; empty (with an error) when a named file is refused. */
        Optional<String> sha256(String file, Path evidenceRoot, FindingLog log) throws IOException {
            String extract = Objects.requireNonNull(facts.get("extract_file"), "extract_file");
            if (extract.isEmpty()) {
                return Optional.of(rowsDigest(occurrences));
            }
            Optional<String> refusal = EvidenceFiles.refusal(extract);
            Path inside = evidenceRoot.resolve(extract).normalize();
            if (refusal.isEmpty() && (!inside.startsWith(evidenceRoot) || inside.equals(evidenceRoot))) {
                refusal = Optional.of("it leaves the evidence folder");
            }
            Path real = null;
            if (refusal.isEmpty()) {
                try {
                    real = inside.toRealPath();
                    if (!real.startsWith(evidenceRoot.toRealPath())) {
                        refusal = Optional.of("it resolves (through a symbolic link) outside the evidence folder");
                    }
                } catch (NoSuchFileException e) {
                    real = null;
                }
            }
            if (refusal.isPresent() || real == null || !Files.isRegularFile(real)) {
                log.add(Finding.error(
                        refusal.isPresent() ? "input.path_refused" : "input.missing_file",
                        new SourceRef(file, at.line()),
                        "extract_file",
                        Shown.value(extract),
                        "the extract of population " + id + " "
                                + refusal.map(r -> "is refused: " + r).orElse("is not a file in input/evidence/")
                                + "; accepted: a relative path inside input/evidence/ using '/' "
                                + "(or leave extract_file blank)"));
                return Optional.empty();
            }
            return Optional.of(EvidenceFiles.sha256(real));
        }
    }
}
