package io.auditpack.audit.stage;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Framework;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.Mapping;
import io.auditpack.verdict.ChecklistItem;
import io.auditpack.verdict.ItemStatus;
import io.auditpack.verdict.ReadinessReason;
import io.auditpack.verdict.SoaRow;
import io.auditpack.verdict.Stage1Checklist;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Stage 1 checklist. For each mandatory item, the evidence is that of the implemented controls mapped
 * (in ISO 27001) to its clause, a parent clause ({@code 9.2}) standing for its sub-clauses; only evidence that
 * counts (dated, not after as-of, file verified) is looked at. A {@code document} item looks at documentation
 * types (policy, procedure, standard, plan), a {@code record} item at operational record types, a {@code both}
 * item at each and takes the worse status. The newest item decides, with the documentation rule's 12 months:
 * dated on or after {@code as_of - 12 months} is present, older is stale, nothing is missing.
 */
public final class Stage1Check {
    private Stage1Check() {}

    /** The checklist of {@code result}, whose Statement of Applicability is {@code soa} (clause 6.1.3 names it). */
    public static Stage1Checklist check(AuditResult result, InputSet inputs, Catalog catalog, List<SoaRow> soa) {
        LocalDate asOf = result.asOf();
        Map<String, Control> controls =
                inputs.controls().stream().collect(Collectors.toMap(Control::id, Function.identity(), (a, b) -> a));
        List<ChecklistItem> items = new ArrayList<>();
        for (MandatoryItem mandatory : MandatoryItem.ALL) {
            Requirement clause = catalog.find(Framework.ISO27001, mandatory.clause())
                    .orElseThrow(() -> new IllegalStateException("catalog lacks clause " + mandatory.clause()));
            List<String> mapped = mappedControls(clause.id(), inputs.mappings(), controls, catalog);
            items.add(item(mandatory, clause, mapped, result.evidence(), asOf, note(mandatory, soa, inputs)));
        }
        List<ReadinessReason> reasons = ReadinessRule.reasons(items, result, inputs, soa);
        return new Stage1Checklist(asOf, items, ReadinessRule.verdict(reasons), reasons);
    }

    private static List<String> mappedControls(
            String clause, List<Mapping> mappings, Map<String, Control> controls, Catalog catalog) {
        return mappings.stream()
                .filter(m -> m.framework() == Framework.ISO27001)
                .filter(m -> catalog.resolve(Framework.ISO27001, m.requirementId()).stream()
                        .anyMatch(r -> r.id().equals(clause)))
                .map(Mapping::controlId)
                .filter(id -> controls.containsKey(id) && controls.get(id).implemented())
                .distinct()
                .sorted()
                .toList();
    }

    private static ChecklistItem item(
            MandatoryItem mandatory,
            Requirement clause,
            List<String> controls,
            List<EvidenceUse> evidence,
            LocalDate asOf,
            String note) {
        Set<String> mapped = Set.copyOf(controls);
        List<EvidenceItem> supporting = evidence.stream()
                .filter(EvidenceUse::counted)
                .map(EvidenceUse::item)
                .filter(i -> i.controlIds().stream().anyMatch(mapped::contains))
                .toList();
        List<EvidenceItem> documents =
                supporting.stream().filter(i -> i.type().isDocumentation()).toList();
        List<EvidenceItem> records =
                supporting.stream().filter(i -> i.type().isOperationalRecord()).toList();
        LocalDate limit = asOf.minusMonths(12);
        ItemStatus status = switch (mandatory.kind()) {
            case DOCUMENT -> status(documents, limit);
            case RECORD -> status(records, limit);
            case BOTH -> status(documents, limit).worse(status(records, limit));
        };
        Predicate<EvidenceItem> ofKind = switch (mandatory.kind()) {
            case DOCUMENT -> i -> i.type().isDocumentation();
            case RECORD -> i -> i.type().isOperationalRecord();
            case BOTH -> i -> true;
        };
        List<EvidenceItem> used = supporting.stream().filter(ofKind).toList();
        return new ChecklistItem(
                clause.id(),
                clause.title(),
                mandatory.expected(),
                mandatory.kind(),
                status,
                controls,
                used.stream().map(EvidenceItem::id).toList(),
                newest(used),
                note);
    }

    /** The newest item decides: on or after {@code limit} present, older stale, none missing. */
    static ItemStatus status(List<EvidenceItem> items, LocalDate limit) {
        LocalDate newest = newest(items);
        if (newest == null) {
            return ItemStatus.MISSING;
        }
        return newest.isBefore(limit) ? ItemStatus.STALE : ItemStatus.PRESENT;
    }

    private static @Nullable LocalDate newest(List<EvidenceItem> items) {
        return items.stream()
                .map(EvidenceItem::performedOn)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Clause 6.1.3 also names the Statement of Applicability: the pack's own SoA, from applicability.csv. */
    private static String note(MandatoryItem mandatory, List<SoaRow> soa, InputSet inputs) {
        if (!mandatory.clause().equals("6.1.3")) {
            return "";
        }
        long applicable = soa.stream().filter(SoaRow::applicable).count();
        String text = "Statement of Applicability (sheet SoA): " + applicable + " of " + soa.size()
                + " Annex A controls applicable, " + (soa.size() - applicable) + " excluded with a justification";
        List<String> unjustified = StatementOfApplicability.unjustified(soa);
        if (!unjustified.isEmpty()) {
            text += "; " + unjustified.size() + " applicable without a justification for inclusion ("
                    + ReadinessRule.shortList(unjustified) + ")";
        }
        return ReadinessRule.hasSoaDecisions(inputs)
                ? text
                : text + "; applicability.csv holds no ISO 27001 decision, so every control is applicable by default";
    }
}
