package io.auditpack.input;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.Words;
import io.auditpack.store.EvidenceList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Maps the rows of evidence.csv (or the evidence sheet) to {@link EvidenceItem}s; the files are checked apart. */
final class EvidenceRows {
    static final List<String> REQUIRED = List.of("evidence_id", "control_ids", "title", "type", "performed_on");
    static final Set<String> KNOWN = Set.of(
            "evidence_id",
            "control_ids",
            "title",
            "type",
            "performed_on",
            "covers_from",
            "covers_to",
            "collected_on",
            "file",
            "sha256",
            "approved_by",
            "source");
    private static final Pattern SHA256 = Pattern.compile("[0-9A-Fa-f]{64}");

    private EvidenceRows() {}

    static EvidenceList map(Table table, KnownControls controls, FindingLog log) {
        if (!table.requireColumns(REQUIRED, log)) {
            return EvidenceList.of();
        }
        List<String> extraColumns = table.extraColumns(KNOWN);
        EvidenceList.Builder items = EvidenceList.builder(new SpillingBlocks());
        UniqueIds unique = new UniqueIds("evidence");
        Canonical canonical = new Canonical();
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            String id = ControlRows.validId(cells, "evidence_id");
            if (id != null) {
                unique.check(cells, "evidence_id", id);
            }
            Map<String, String> extra = extraColumns.isEmpty() ? Map.of() : table.extraValues(row, extraColumns);
            EvidenceItem item = item(cells, id, controls, extra, canonical);
            if (item != null) {
                items.add(item);
            }
        }
        return items.build();
    }

    private static @Nullable EvidenceItem item(
            Cells cells, @Nullable String id, KnownControls controls, Map<String, String> extra, Canonical canonical) {
        List<String> controlIds = canonical.list(cells.text("control_ids"), text -> cells.list("control_ids"));
        if (controlIds.isEmpty()) {
            cells.error(
                    "input.missing_value",
                    "control_ids",
                    cells.text("control_ids"),
                    "control_ids is required: one or more control IDs separated by ';'");
        }
        for (String controlId : controlIds) {
            controls.check(cells, "control_ids", controlId);
        }
        String title = cells.required("title");
        EvidenceType type = cells.word("type", Words.accepted(EvidenceType.class), EvidenceType::fromWord);
        if (type == null && cells.text("type").isEmpty()) {
            cells.error(
                    "input.missing_value",
                    "type",
                    "",
                    "type is required; accepted: " + String.join(", ", Words.accepted(EvidenceType.class)));
        }
        LocalDate performed = cells.date("performed_on");
        if (performed == null && cells.text("performed_on").isEmpty() && id != null) {
            cells.warning(
                    "evidence.undated",
                    "performed_on",
                    "",
                    "evidence " + id + " has no performed_on date; it counts for nothing until it is dated");
        }
        LocalDate from = cells.date("covers_from");
        LocalDate to = cells.date("covers_to");
        checkRange(cells, from, to);
        LocalDate collected = cells.date("collected_on");
        if (collected != null && performed != null && collected.isBefore(performed)) {
            cells.error(
                    "input.collected_before_performed",
                    "collected_on",
                    cells.text("collected_on"),
                    "collected_on " + collected + " is before performed_on " + performed
                            + "; evidence cannot be captured before the activity it proves");
        }
        for (String occurrence : cells.list("occurrence_id")) {
            if (!ControlRows.isId(occurrence)) {
                cells.error(
                        "input.bad_id",
                        "occurrence_id",
                        occurrence,
                        "not a valid occurrence ID; accepted: 1 to 64 characters among letters, digits, '.', '_' "
                                + "and '-', several separated by ';'");
            }
        }
        String sha256 = cells.text("sha256");
        if (!sha256.isEmpty() && !SHA256.matcher(sha256).matches()) {
            cells.error(
                    "input.bad_value",
                    "sha256",
                    sha256,
                    "not a SHA-256; accepted: 64 hexadecimal digits (or leave it blank)");
        }
        if (id == null || controlIds.isEmpty() || title == null || type == null || cells.failed()) {
            return null;
        }
        return new EvidenceItem(
                id,
                controlIds,
                title,
                type,
                performed,
                from,
                to,
                collected,
                canonical.text(cells.text("file")),
                canonical.text(sha256),
                canonical.text(cells.text("approved_by")),
                canonical.text(cells.text("source")),
                cells.at(),
                extra);
    }

    private static void checkRange(Cells cells, @Nullable LocalDate from, @Nullable LocalDate to) {
        boolean fromGiven = !cells.text("covers_from").isEmpty();
        boolean toGiven = !cells.text("covers_to").isEmpty();
        if (fromGiven != toGiven) {
            String missing = fromGiven ? "covers_to" : "covers_from";
            cells.error(
                    "input.incomplete_range",
                    missing,
                    "",
                    "covers_from and covers_to go together: give both "
                            + "dates of the range the artifact spans, or neither");
        } else if (from != null && to != null && to.isBefore(from)) {
            cells.error(
                    "input.reversed_range",
                    "covers_to",
                    cells.text("covers_to"),
                    "covers_to " + to + " is before covers_from " + from
                            + "; accepted: a range whose end is on or after its start");
        }
    }
}
