package io.auditpack.report.data;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Words;
import java.util.List;

/** The findings as a table: one row per finding in result order; {@code line} is empty when the finding has none. */
public final class FindingTable {
    public static final List<String> HEADER = List.of("severity", "code", "file", "line", "column", "value", "message");

    private FindingTable() {}

    public static Table of(AuditResult result) {
        return new Table(
                HEADER, result.findings().stream().map(FindingTable::row).toList());
    }

    private static List<String> row(Finding finding) {
        return List.of(
                Words.word(finding.severity()),
                finding.code(),
                finding.file(),
                finding.line() > 0 ? Long.toString(finding.line()) : "",
                finding.column(),
                finding.value(),
                finding.message());
    }
}
