package io.auditpack.audit.stage;

import io.auditpack.audit.Auditor;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Applicability;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Coverage;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.ManagementResponse;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.Occurrence;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.domain.Population;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.SourceRef;
import io.auditpack.domain.TrackedInputs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small input set built line by line for the stage tests, audited with the real {@link Auditor}. */
final class StageInputs {
    private final List<Control> controls = new ArrayList<>();
    private final List<Mapping> mappings = new ArrayList<>();
    private final List<EvidenceItem> evidence = new ArrayList<>();
    private final List<Applicability> applicability = new ArrayList<>();
    private final Map<String, List<Occurrence>> occurrences = new java.util.LinkedHashMap<>();
    private final Map<String, String> populationControls = new java.util.LinkedHashMap<>();
    private final List<ManagementResponse> responses = new ArrayList<>();

    static JobDefinition job(PackageType type, Period period) {
        return new JobDefinition(
                "stage-job",
                type,
                "Example Corp",
                "Example ISMS",
                period,
                null,
                Set.of(Soc2Category.SECURITY),
                null,
                ZoneOffset.UTC,
                Path.of("/input"),
                Path.of("/output"),
                Path.of("jobs/stage.yaml"));
    }

    static JobDefinition stage1() {
        return job(PackageType.ISO27001_STAGE1, null);
    }

    static JobDefinition stage2() {
        return job(
                PackageType.ISO27001_STAGE2, new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
    }

    StageInputs control(String id, Frequency frequency) {
        return control(id, frequency, ControlStatus.IMPLEMENTED);
    }

    StageInputs control(String id, Frequency frequency, ControlStatus status) {
        controls.add(new Control(
                id,
                "Control " + id,
                "",
                "alice",
                frequency,
                List.of(),
                "a record",
                status,
                false,
                new SourceRef("controls.csv", controls.size() + 2L),
                Map.of()));
        return this;
    }

    StageInputs map(String controlId, String... requirementIds) {
        for (String id : requirementIds) {
            mappings.add(new Mapping(
                    controlId,
                    Framework.ISO27001,
                    id,
                    null,
                    Coverage.FULL,
                    "",
                    new SourceRef("mappings.csv", mappings.size() + 2L),
                    Map.of()));
        }
        return this;
    }

    StageInputs evidence(String id, EvidenceType type, String performedOn, String... controlIds) {
        evidence.add(new EvidenceItem(
                id,
                List.of(controlIds),
                "Evidence " + id,
                type,
                LocalDate.parse(performedOn),
                null,
                null,
                null,
                "",
                "",
                "ciso",
                "",
                new SourceRef("evidence.csv", evidence.size() + 2L),
                Map.of()));
        return this;
    }

    /** A record of {@code controlId} proving some occurrences (its {@code occurrence_id} column). */
    StageInputs proof(String id, String performedOn, String controlId, String occurrenceIds) {
        evidence.add(new EvidenceItem(
                id,
                List.of(controlId),
                "Evidence " + id,
                EvidenceType.TICKET,
                LocalDate.parse(performedOn),
                null,
                null,
                null,
                "",
                "",
                "",
                "",
                new SourceRef("evidence.csv", evidence.size() + 2L),
                Map.of("occurrence_id", occurrenceIds)));
        return this;
    }

    /** One row of populations.csv. */
    StageInputs occurrence(String populationId, String controlId, String occurrenceId, String occurredOn) {
        populationControls.put(populationId, controlId);
        occurrences
                .computeIfAbsent(populationId, k -> new ArrayList<>())
                .add(new Occurrence(occurrenceId, LocalDate.parse(occurredOn), SourceRef.of("populations.csv")));
        return this;
    }

    /** One row of responses.csv. */
    StageInputs respond(String controlId, String occurrence, String response) {
        responses.add(new ManagementResponse(
                controlId,
                occurrence,
                response,
                "owner",
                LocalDate.parse("2027-01-31"),
                new SourceRef("responses.csv", responses.size() + 2L)));
        return this;
    }

    StageInputs exclude(String requirementId, String why) {
        applicability.add(
                new Applicability(Framework.ISO27001, requirementId, false, why, SourceRef.of("applicability.csv")));
        return this;
    }

    StageInputs include(String requirementId, String why) {
        applicability.add(
                new Applicability(Framework.ISO27001, requirementId, true, why, SourceRef.of("applicability.csv")));
        return this;
    }

    /** Includes every Annex A control of the catalog, each with the same justification for inclusion. */
    StageInputs includeEveryAnnexA(String why) {
        Catalog.builtIn().all(Framework.ISO27001).stream()
                .filter(io.auditpack.catalog.Requirement::annexA)
                .forEach(r -> include(r.id(), why));
        return this;
    }

    InputSet build() {
        return new InputSet(
                controls,
                mappings,
                evidence,
                applicability,
                ScopeStatement.none(),
                Path.of("/input/evidence"),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                populations(),
                responses,
                TrackedInputs.NONE);
    }

    private List<Population> populations() {
        List<Population> populations = new ArrayList<>();
        occurrences.forEach((id, rows) -> populations.add(new Population(
                id,
                populationControls.get(id),
                "Jira",
                "project = X",
                LocalDate.parse("2026-12-31"),
                "",
                "0".repeat(64),
                rows,
                SourceRef.of("populations.csv"))));
        return populations;
    }

    AuditResult audit(JobDefinition job, String asOf) {
        return Auditor.audit(job, LocalDate.parse(asOf), build(), Catalog.builtIn());
    }

    /** Every ISO 27001 requirement (clauses and Annex A) of the catalog. */
    static String[] everyIsoRequirement() {
        return Catalog.builtIn().all(Framework.ISO27001).stream()
                .map(r -> r.id())
                .toArray(String[]::new);
    }
}
