package io.auditpack.audit;

import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.EvidenceFacts;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit's findings about evidence items, in evidence order and for each item in this order:
 * {@code evidence.after_as_of} (dated after as-of; counts for nothing), {@code evidence.outside_period} (an
 * operational record of a period package neither dated in the period nor covering part of it),
 * {@code evidence.document_unapproved} (a documentation item without approved_by; it still counts) and
 * {@code evidence.document_stale} (the newest document of an implemented control is older than 12 months).
 */
final class EvidenceFindings {
    static final String AFTER_AS_OF = "evidence.after_as_of";
    static final String OUTSIDE_PERIOD = "evidence.outside_period";
    static final String DOCUMENT_UNAPPROVED = "evidence.document_unapproved";
    static final String DOCUMENT_STALE = "evidence.document_stale";

    private EvidenceFindings() {}

    static List<Finding> find(AuditFrame frame, List<EvidenceItem> evidence, List<ControlVerdict> controls) {
        List<Finding> findings = new ArrayList<>();
        Map<EvidenceItem, List<String>> staleNewest = staleNewest(controls);
        EvidenceItems items = EvidenceItems.copyOf(evidence);
        for (int i = 0; i < items.size(); i++) {
            if (mayFind(frame, items.outline(i), !staleNewest.isEmpty())) {
                find(frame, items.get(i), staleNewest, findings);
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Whether an item may have one of the findings below, read from its facts: the others are not decoded (a
     * catalog's items mostly have none).
     */
    private static boolean mayFind(AuditFrame frame, EvidenceFacts item, boolean anyStale) {
        return EvidenceRule.afterAsOf(item, frame.asOf())
                || outsidePeriod(frame, item)
                || item.type().isDocumentation() && (item.approvedBy().isBlank() || anyStale);
    }

    /** The findings about one item, in the order above. */
    private static void find(
            AuditFrame frame, EvidenceItem item, Map<EvidenceItem, List<String>> staleNewest, List<Finding> findings) {
        if (EvidenceRule.afterAsOf(item, frame.asOf())) {
            findings.add(Finding.warning(
                    AFTER_AS_OF,
                    item.source(),
                    "performed_on",
                    date(item),
                    "evidence " + item.id() + " is dated after the as-of date " + frame.asOf()
                            + "; it counts for nothing in this pack"));
        } else if (outsidePeriod(frame, item)) {
            findings.add(Finding.warning(
                    OUTSIDE_PERIOD,
                    item.source(),
                    "performed_on",
                    date(item),
                    "record " + item.id() + " is dated outside the audit period " + frame.period()
                            + " and covers no part of it; it covers no slice and is not packed"));
        }
        if (item.type().isDocumentation() && item.approvedBy().isBlank()) {
            findings.add(Finding.warning(
                    DOCUMENT_UNAPPROVED,
                    item.source(),
                    "approved_by",
                    "",
                    "document " + item.id() + " names no approver; it still counts, but an auditor will ask"
                            + " who approved it"));
        }
        List<String> staleFor = staleNewest.isEmpty() ? List.of() : staleNewest.getOrDefault(item, List.of());
        if (!staleFor.isEmpty()) {
            findings.add(Finding.warning(
                    DOCUMENT_STALE,
                    item.source(),
                    "performed_on",
                    date(item),
                    "document " + item.id() + " is the newest for control(s) " + String.join(", ", staleFor)
                            + " but was approved before " + frame.twelveMonthsBack()
                            + " (more than 12 months before the as-of date " + frame.asOf() + ")"));
        }
    }

    private static boolean outsidePeriod(AuditFrame frame, EvidenceFacts item) {
        return frame.judgesOperation() && item.dated() && item.type().isOperationalRecord() && !frame.inPeriod(item);
    }

    /**
     * For each item that is the newest document of a control with stale documentation, those controls in control
     * order (one pass over the controls instead of one per item). Items are compared by value: the evidence list
     * decodes a new, equal item on each read.
     */
    private static Map<EvidenceItem, List<String>> staleNewest(List<ControlVerdict> controls) {
        Map<EvidenceItem, List<String>> stale = new HashMap<>();
        for (ControlVerdict control : controls) {
            EvidenceItem newest = control.documentation().newest();
            if (control.documentation().status() == DocumentationStatus.STALE && newest != null) {
                stale.computeIfAbsent(newest, item -> new ArrayList<>()).add(control.id());
            }
        }
        return stale;
    }

    private static String date(EvidenceItem item) {
        return String.valueOf(item.dated() ? item.performedOn() : "");
    }
}
