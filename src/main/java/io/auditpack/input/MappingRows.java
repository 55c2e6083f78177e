package io.auditpack.input;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.FrameworkNames;
import io.auditpack.domain.Coverage;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.Relationship;
import io.auditpack.domain.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Maps the rows of mappings.csv (or the mappings sheet) to {@link Mapping}s, checking controls and requirements. */
final class MappingRows {
    static final List<String> REQUIRED = List.of("control_id", "framework", "requirement_id");
    static final Set<String> KNOWN =
            Set.of("control_id", "framework", "requirement_id", "relationship", "coverage", "rationale");
    private static final List<String> RELATIONSHIPS =
            Arrays.stream(Relationship.values()).map(Relationship::word).toList();

    private MappingRows() {}

    static List<Mapping> map(Table table, KnownControls controls, Catalog catalog, FindingLog log) {
        if (!table.requireColumns(REQUIRED, log)) {
            return List.of();
        }
        List<Mapping> mappings = new ArrayList<>();
        List<String> extraColumns = table.extraColumns(KNOWN);
        Map<List<Object>, Long> seen = new HashMap<>();
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            String controlId = cells.required("control_id");
            if (controlId != null) {
                controls.check(cells, "control_id", controlId);
            }
            Framework framework = framework(cells);
            String requirement = cells.required("requirement_id");
            if (framework != null && requirement != null) {
                requirement(cells, catalog, framework, requirement);
            }
            Relationship relationship = cells.word("relationship", RELATIONSHIPS, Relationship::fromWord);
            Coverage coverage =
                    cells.word("coverage", Words.accepted(Coverage.class), w -> Words.lookup(Coverage.class, w));
            if (relationship != null && coverage != null && relationship.coverage() != coverage) {
                cells.error(
                        "input.coverage_conflict",
                        "coverage",
                        cells.text("coverage"),
                        "relationship "
                                + relationship.word() + " means coverage " + Words.word(relationship.coverage())
                                + ", not " + Words.word(coverage)
                                + "; accepted: equal-to, equivalent-to, superset-of with "
                                + "full; subset-of, intersects-with with partial (or leave coverage blank)");
            }
            if (cells.failed()) {
                continue;
            }
            Objects.requireNonNull(controlId, "a row without a control has failed");
            Objects.requireNonNull(framework, "a row without a framework has failed");
            Objects.requireNonNull(requirement, "a row without a requirement has failed");
            Long earlier = seen.putIfAbsent(List.of(controlId, framework, requirement), row.line());
            if (earlier != null) {
                cells.error(
                        "input.duplicate_mapping",
                        "requirement_id",
                        requirement,
                        "control " + controlId
                                + " is already mapped to " + framework.label() + " " + requirement + " on line "
                                + earlier
                                + "; each (control, framework, requirement) may appear once");
                continue;
            }
            Coverage effective =
                    coverage != null ? coverage : relationship != null ? relationship.coverage() : Coverage.FULL;
            mappings.add(new Mapping(
                    controlId,
                    framework,
                    requirement,
                    relationship,
                    effective,
                    cells.text("rationale"),
                    cells.at(),
                    table.extraValues(row, extraColumns)));
        }
        return mappings;
    }

    static @Nullable Framework framework(Cells cells) {
        String written = cells.required("framework");
        if (written == null) {
            return null;
        }
        Optional<Framework> framework = FrameworkNames.parse(written);
        if (framework.isEmpty()) {
            cells.error(
                    "input.bad_value",
                    "framework",
                    written,
                    "unknown framework; accepted: " + FrameworkNames.accepted()
                            + Suggestions.didYouMean(written, List.of("SOC2", "ISO27001")));
            return null;
        }
        return framework.get();
    }

    /** Reports an ID the catalog does not know, with its suggestion; true when known. */
    static boolean requirement(Cells cells, Catalog catalog, Framework framework, String id) {
        if (catalog.isKnown(framework, id)) {
            return true;
        }
        String accepted = framework == Framework.SOC2
                ? "SOC 2 criteria such as CC1.1..CC9.2, A1.1, C1.1, PI1.1, P1.1"
                : "ISO 27001 clauses 4.1..10.2 (or sub-clauses such as 9.2.1) and Annex A controls A.5.1..A.8.34";
        cells.error(
                "input.unknown_requirement",
                "requirement_id",
                id,
                framework.label() + " has no requirement " + id + Suggestions.hint(catalog.suggest(framework, id))
                        + "; accepted: " + accepted);
        return false;
    }
}
