package io.auditpack.input;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.Applicability;
import io.auditpack.domain.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps the rows of applicability.csv (Statement of Applicability decisions) to {@link Applicability} records: an
 * exclusion needs a justification, and ISO 27001 clauses 4-10 cannot be excluded.
 */
final class ApplicabilityRows {
    static final List<String> REQUIRED = List.of("framework", "requirement_id", "applicable");

    private ApplicabilityRows() {}

    static List<Applicability> map(Table table, Catalog catalog, FindingLog log) {
        if (!table.requireColumns(REQUIRED, log)) {
            return List.of();
        }
        List<Applicability> decisions = new ArrayList<>();
        Map<List<Object>, Long> seen = new HashMap<>();
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            Framework framework = MappingRows.framework(cells);
            String id = cells.required("requirement_id");
            boolean known = framework != null && id != null && MappingRows.requirement(cells, catalog, framework, id);
            if (cells.text("applicable").isEmpty()) {
                cells.error("input.missing_value", "applicable", "", "applicable is required; accepted: yes, no");
            }
            boolean applicable = cells.yesNo("applicable", true);
            String justification = cells.text("justification");
            if (!applicable && justification.isEmpty()) {
                cells.error(
                        "input.exclusion_without_justification",
                        "justification",
                        "",
                        "excluding "
                                + (id == null ? "a requirement" : id)
                                + " needs a justification (why it does not apply); "
                                + "accepted: any non-blank text");
            }
            if (!applicable
                    && known
                    && framework == Framework.ISO27001
                    && catalog.resolve(framework, Objects.requireNonNull(id)).stream()
                            .anyMatch(Requirement::clause)) {
                cells.error(
                        "input.clause_not_excludable",
                        "requirement_id",
                        id,
                        "ISO 27001 clause " + id
                                + " is a mandatory management-system requirement and cannot be excluded; accepted "
                                + "exclusions: Annex A controls A.5.1..A.8.34");
            }
            if (cells.failed()) {
                continue;
            }
            Objects.requireNonNull(framework, "a row without a framework has failed");
            Objects.requireNonNull(id, "a row without a requirement has failed");
            Long earlier = seen.putIfAbsent(List.of(framework, id), row.line());
            if (earlier != null) {
                cells.error(
                        "input.duplicate_applicability",
                        "requirement_id",
                        id,
                        framework.label() + " " + id + " already has a decision on line " + earlier
                                + "; give one decision per requirement");
                continue;
            }
            decisions.add(new Applicability(framework, id, applicable, justification, cells.at()));
        }
        return decisions;
    }
}
