package io.auditpack.report.data;

import io.auditpack.domain.Population;
import io.auditpack.verdict.PopulationCheck;
import io.auditpack.verdict.Testing;
import java.util.List;

/**
 * The populations of populations.csv with their completeness and accuracy facts (source, query, extraction date,
 * extract file, SHA-256, row count) and what the audit found in them: one row per population, file order.
 */
public final class PopulationTable {
    public static final List<String> HEADER = List.of(
            "population_id",
            "control_id",
            "source",
            "query",
            "extracted_on",
            "extract_file",
            "sha256",
            "rows",
            "in_period",
            "covered",
            "exceptions",
            "pending");

    /** The same columns as people read them: the Populations sheet and the pack's page. */
    public static final List<String> TITLES = List.of(
            "Population",
            "Control",
            "Source",
            "Query",
            "Extracted on",
            "Extract file",
            "SHA-256",
            "Rows",
            "In period",
            "Covered",
            "Exceptions",
            "Pending");

    private PopulationTable() {}

    public static Table of(Testing testing) {
        return new Table(
                HEADER, testing.populations().stream().map(PopulationTable::row).toList());
    }

    private static List<String> row(PopulationCheck check) {
        Population p = check.population();
        return List.of(
                p.id(),
                p.controlId(),
                p.sourceSystem(),
                p.query(),
                p.extractedOn().toString(),
                p.extractFile(),
                p.sha256(),
                Integer.toString(p.count()),
                Integer.toString(check.inPeriod()),
                Integer.toString(check.covered()),
                Integer.toString(check.exceptions()),
                Integer.toString(check.pending()));
    }
}
