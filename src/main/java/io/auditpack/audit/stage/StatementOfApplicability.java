package io.auditpack.audit.stage;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.Applicability;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.Framework;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.RequirementResult;
import io.auditpack.verdict.Implementation;
import io.auditpack.verdict.SoaControl;
import io.auditpack.verdict.SoaRow;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Statement of Applicability: every Annex A control of the catalog the audit judged (all 93 for an ISO 27001
 * package; a hand-made result may hold fewer), in catalog order, applicable or
 * excluded as the audit decided (applicability.csv; a parent ID excludes what it resolves to), with the
 * justification, every library control mapped to it and the implementation status derived from the design.
 * An applicable control takes its justification for inclusion from the last applicability.csv row that includes it;
 * without one (blank, or no row) it is flagged unjustified (clause 6.1.3 d asks for a justification for inclusion).
 * Only for packages that cover ISO 27001.
 */
public final class StatementOfApplicability {
    private StatementOfApplicability() {}

    public static List<SoaRow> rows(AuditResult result, InputSet inputs, Catalog catalog) {
        if (!result.job().packageType().covers(Framework.ISO27001)) {
            throw new IllegalArgumentException(
                    "package " + result.job().packageType().word()
                            + " does not cover ISO 27001: it has no Statement of Applicability");
        }
        Map<String, RequirementResult> judged = result.requirements(Framework.ISO27001).stream()
                .collect(Collectors.toMap(RequirementResult::id, Function.identity(), (a, b) -> a));
        Map<String, ControlResult> controls = result.controls().stream()
                .collect(Collectors.toMap(ControlResult::id, Function.identity(), (a, b) -> a));
        return catalog.all(Framework.ISO27001).stream()
                .filter(Requirement::annexA)
                .filter(annex -> judged.containsKey(annex.id()))
                .map(annex -> row(annex, Objects.requireNonNull(judged.get(annex.id())), controls, inputs, catalog))
                .toList();
    }

    private static SoaRow row(
            Requirement annex,
            RequirementResult judged,
            Map<String, ControlResult> controls,
            InputSet inputs,
            Catalog catalog) {
        boolean applicable = judged.design() != DesignStatus.NOT_APPLICABLE;
        List<SoaControl> mapped = inputs.mappings().stream()
                .filter(m -> m.framework() == Framework.ISO27001)
                .filter(m ->
                        catalog.resolve(Framework.ISO27001, m.requirementId()).contains(annex))
                .map(Mapping::controlId)
                .distinct()
                .filter(controls::containsKey)
                .sorted()
                .map(id -> control(Objects.requireNonNull(controls.get(id), id)))
                .toList();
        String justification = applicable
                ? decision(annex, inputs, catalog)
                        .map(Applicability::justification)
                        .orElse("")
                : judged.justification();
        return new SoaRow(
                annex.id(),
                annex.title(),
                annex.group(),
                applicable,
                justification,
                implementation(judged.design(), mapped),
                mapped,
                judged.design(),
                judged.operating(),
                applicable && justification.isBlank());
    }

    /** The applicable controls without a justification for inclusion, in catalog order. */
    public static List<String> unjustified(List<SoaRow> rows) {
        return rows.stream().filter(SoaRow::unjustified).map(SoaRow::id).toList();
    }

    private static SoaControl control(ControlResult result) {
        Control control = result.control();
        return new SoaControl(control.id(), control.title(), control.status(), result.status());
    }

    /** The last applicability row (ISO 27001) that resolves to this control and says it is applicable. */
    private static Optional<Applicability> decision(Requirement annex, InputSet inputs, Catalog catalog) {
        return inputs.applicability().stream()
                .filter(a -> a.framework() == Framework.ISO27001 && a.applicable())
                .filter(a ->
                        catalog.resolve(Framework.ISO27001, a.requirementId()).contains(annex))
                .reduce((first, second) -> second);
    }

    static Implementation implementation(DesignStatus design, List<SoaControl> mapped) {
        return switch (design) {
            case COVERED -> Implementation.IMPLEMENTED;
            case PARTIAL -> Implementation.PARTIALLY_IMPLEMENTED;
            case NOT_APPLICABLE -> Implementation.EXCLUDED;
            case MISSING_CONTROL ->
                mapped.stream().anyMatch(c -> c.libraryStatus() == ControlStatus.PLANNED)
                        ? Implementation.PLANNED
                        : Implementation.NOT_IMPLEMENTED;
        };
    }
}
