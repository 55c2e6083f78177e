package io.auditpack.input;

import io.auditpack.domain.Control;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.SourceRef;
import io.auditpack.domain.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Maps the rows of controls.csv (or the controls sheet) to {@link Control}s. */
final class ControlRows {
    static final List<String> REQUIRED = List.of("control_id", "title", "owner", "frequency", "expected_evidence");
    static final Set<String> KNOWN = Set.of(
            "control_id",
            "title",
            "description",
            "owner",
            "frequency",
            "scope",
            "expected_evidence",
            "status",
            "requires_documentation");

    /** The controls read, every ID seen (even a refused one, so references to it are not errors twice) and the extra columns. */
    record Result(List<Control> controls, Set<String> ids, List<String> extraColumns) {}

    private ControlRows() {}

    /** Null when the table lacks a required column (the findings say which). */
    static @Nullable Result map(Table table, FindingLog log) {
        if (!table.requireColumns(REQUIRED, log)) {
            return null;
        }
        if (!table.rows().iterator().hasNext()) {
            log.add(Finding.error(
                    "input.no_controls",
                    new SourceRef(table.file(), table.headerLine()),
                    "",
                    "",
                    "the control library has a header but no controls; add one row per control"));
        }
        List<String> extraColumns = table.extraColumns(KNOWN);
        List<Control> controls = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        UniqueIds unique = new UniqueIds("control");
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            String id = validId(cells, "control_id");
            if (id != null) {
                unique.check(cells, "control_id", id);
                ids.add(id);
            } else if (!cells.text("control_id").isEmpty()) {
                // refused, but known: references to it are not reported again as unknown controls
                ids.add(cells.text("control_id"));
            }
            Control control = control(cells, id, table, row, extraColumns);
            if (control != null && !cells.failed()) {
                controls.add(control);
            }
        }
        return new Result(controls, ids, extraColumns);
    }

    /**
     * A required ID matching {@code [A-Za-z0-9._-]{1,64}} and not made of dots only; null (with a finding) otherwise.
     * The same check serves {@code validate} and {@code run}: IDs name folders and files of the pack.
     */
    static @Nullable String validId(Cells cells, String column) {
        String id = cells.required(column);
        if (id != null && !isId(id)) {
            cells.error(
                    "input.bad_id",
                    column,
                    id,
                    onlyDots(id)
                            ? "not a valid ID: an ID of dots only would name a folder of the pack (. or ..); "
                                    + "accepted: 1 to 64 characters among letters, digits, '.', '_' and '-', not only dots"
                            : "not a valid ID; accepted: 1 to 64 characters among letters, digits, '.', '_' and '-'");
            return null;
        }
        return id;
    }

    /**
     * Whether {@code id} is 1 to 64 of {@code [A-Za-z0-9._-]}, not all dots; no regex, as it runs once per row of
     * large catalogs.
     */
    static boolean isId(String id) {
        int length = id.length();
        if (length < 1 || length > 64 || onlyDots(id)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyDots(String id) {
        return !id.isEmpty() && id.chars().allMatch(c -> c == '.');
    }

    private static @Nullable Control control(
            Cells cells, @Nullable String id, Table table, Row row, List<String> extraColumns) {
        String title = cells.required("title");
        Frequency frequency = cells.word("frequency", Words.accepted(Frequency.class), Frequency::fromWord);
        if (frequency == null && cells.text("frequency").isEmpty()) {
            cells.error(
                    "input.missing_value",
                    "frequency",
                    "",
                    "frequency is required; accepted: " + String.join(", ", Words.accepted(Frequency.class)));
        }
        ControlStatus status =
                cells.word("status", Words.accepted(ControlStatus.class), w -> Words.lookup(ControlStatus.class, w));
        boolean requiresDocumentation = cells.yesNo("requires_documentation", true);
        String owner = cells.text("owner");
        if (id != null && owner.isEmpty()) {
            cells.warning(
                    "control.owner_missing",
                    "owner",
                    "",
                    "control " + id + " has no owner; the control is still used, but nobody is accountable for it");
        }
        String expected = cells.text("expected_evidence");
        if (id != null && expected.isEmpty()) {
            cells.warning(
                    "control.untestable",
                    "expected_evidence",
                    "",
                    "control " + id + " does not say what evidence proves it ran; an auditor cannot test it");
        }
        if (id == null || title == null || frequency == null || cells.failed()) {
            return null;
        }
        Map<String, String> extra = table.extraValues(row, extraColumns);
        return new Control(
                id,
                title,
                cells.text("description"),
                owner,
                frequency,
                cells.list("scope"),
                expected,
                status == null ? ControlStatus.IMPLEMENTED : status,
                requiresDocumentation,
                cells.at(),
                extra);
    }
}
