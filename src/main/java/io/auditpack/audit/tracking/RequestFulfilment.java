package io.auditpack.audit.tracking;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.AuditorRequest;
import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.Framework;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.Mapping;
import io.auditpack.verdict.Fulfilment;
import io.auditpack.verdict.RequestAnswer;
import io.auditpack.verdict.RequestEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Answers each auditor request from what the pack holds. A request targets the controls it names (unknown ones
 * included: they never have evidence) and the implemented controls mapped to the requirements it names (a parent
 * clause covers its sub-clauses; unknown requirements are left out). A control is answered when the pack holds at
 * least one evidence file under its folder (the audit counted the item: dated, not after as-of, file present, and
 * documentation of any age or a record in the period). Fulfilment: {@code fulfilled} when every targeted control is
 * answered (at least one targeted), {@code partial} when some are, {@code open} when none are (or nothing is
 * targeted); {@code overdue} replaces partial and open when {@code due_on} is before as-of.
 */
public final class RequestFulfilment {
    private RequestFulfilment() {}

    public static List<RequestAnswer> answer(AuditResult result, InputSet inputs, Catalog catalog) {
        List<AuditorRequest> requests = inputs.tracked().requests();
        if (requests.isEmpty()) {
            return List.of();
        }
        Set<String> implemented = inputs.controls().stream()
                .filter(Control::implemented)
                .map(Control::id)
                .collect(Collectors.toSet());
        Map<AuditorRequest, Set<String>> targets = new HashMap<>();
        Set<String> every = new TreeSet<>();
        for (AuditorRequest request : requests) {
            Set<String> controls = targets(request, inputs.mappings(), implemented, catalog);
            targets.put(request, controls);
            every.addAll(controls);
        }
        Map<String, List<RequestEvidence>> evidence = evidence(result.evidence(), every);
        return requests.stream()
                .map(r -> answer(r, Objects.requireNonNull(targets.get(r), r.id()), evidence, result.asOf()))
                .toList();
    }

    /** The controls a request targets, in ID order. */
    static Set<String> targets(
            AuditorRequest request, List<Mapping> mappings, Set<String> implemented, Catalog catalog) {
        Set<String> controls = new TreeSet<>(request.controlIds());
        for (String id : request.requirementIds()) {
            for (Framework framework : Framework.values()) {
                Set<String> asked = ids(catalog.resolve(framework, id));
                if (asked.isEmpty()) {
                    continue;
                }
                mappings.stream()
                        .filter(m -> m.framework() == framework && implemented.contains(m.controlId()))
                        .filter(m -> catalog.resolve(framework, m.requirementId()).stream()
                                .anyMatch(r -> asked.contains(r.id())))
                        .forEach(m -> controls.add(m.controlId()));
            }
        }
        return controls;
    }

    private static Set<String> ids(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::id).collect(Collectors.toSet());
    }

    /** The evidence files packed under each of {@code controls}, by control, earliest received first. */
    private static Map<String, List<RequestEvidence>> evidence(EvidenceUses uses, Set<String> controls) {
        Map<String, List<RequestEvidence>> byControl = new HashMap<>();
        for (int i = 0; i < uses.size(); i++) {
            List<String> under = uses.packedUnder(i);
            if (under.stream().noneMatch(controls::contains)) {
                continue;
            }
            EvidenceItem item = uses.get(i).item();
            LocalDate received = Objects.requireNonNull(
                    item.collectedOn() != null ? item.collectedOn() : item.performedOn(), item.id());
            for (String control : under) {
                if (controls.contains(control)) {
                    byControl
                            .computeIfAbsent(control, c -> new ArrayList<>())
                            .add(new RequestEvidence(
                                    item.id(), control, received, "data/" + EvidencePath.of(control, item)));
                }
            }
        }
        Comparator<RequestEvidence> order =
                Comparator.comparing(RequestEvidence::received).thenComparing(RequestEvidence::evidenceId);
        byControl.values().forEach(list -> list.sort(order));
        return byControl;
    }

    static RequestAnswer answer(
            AuditorRequest request, Set<String> targets, Map<String, List<RequestEvidence>> evidence, LocalDate asOf) {
        List<String> answered = targets.stream().filter(evidence::containsKey).toList();
        List<RequestEvidence> found = targets.stream()
                .flatMap(c -> evidence.getOrDefault(c, List.of()).stream())
                .toList();
        Fulfilment fulfilment = fulfilment(targets.size(), answered.size(), request.dueOn(), asOf);
        Optional<LocalDate> first =
                found.stream().map(RequestEvidence::received).min(Comparator.naturalOrder());
        Optional<LocalDate> complete = fulfilment == Fulfilment.FULFILLED
                ? answered.stream()
                        .map(c -> Objects.requireNonNull(evidence.get(c), c)
                                .get(0)
                                .received())
                        .max(Comparator.naturalOrder())
                : Optional.empty();
        return new RequestAnswer(request, List.copyOf(targets), answered, found, first, complete, fulfilment);
    }

    /** The fulfilment of a request targeting {@code targets} controls of which {@code answered} have evidence. */
    static Fulfilment fulfilment(int targets, int answered, @Nullable LocalDate due, LocalDate asOf) {
        if (targets > 0 && answered == targets) {
            return Fulfilment.FULFILLED;
        }
        if (due != null && due.isBefore(asOf)) {
            return Fulfilment.OVERDUE;
        }
        return answered > 0 ? Fulfilment.PARTIAL : Fulfilment.OPEN;
    }
}
