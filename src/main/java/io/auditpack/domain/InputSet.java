package io.auditpack.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything read from one input folder, as read: rows mapped without judgement. {@code findings} carries what the
 * readers noticed (errors block the run). {@code evidenceRoot} is the absolute {@code input/evidence} folder.
 * {@code evidenceFiles} maps the ID of each evidence item whose file was found inside that folder (and matched its
 * declared SHA-256) to the file's absolute path; items whose file was refused are absent, with a finding.
 * {@code controlExtraColumns}, {@code mappingExtraColumns} and {@code evidenceExtraColumns} list the columns the contract does not name, in file
 * order (their values travel in each record's {@code extra}). {@code populations} (populations.csv) and
 * {@code responses} (responses.csv) are empty when those optional files are absent; {@code tracked} holds the
 * optional request list and remediation dates.
 */
public record InputSet(
        List<Control> controls,
        List<Mapping> mappings,
        List<EvidenceItem> evidence,
        List<Applicability> applicability,
        ScopeStatement scope,
        Path evidenceRoot,
        Map<String, Path> evidenceFiles,
        List<String> controlExtraColumns,
        List<String> mappingExtraColumns,
        List<String> evidenceExtraColumns,
        List<Finding> findings,
        List<Population> populations,
        List<ManagementResponse> responses,
        TrackedInputs tracked) {

    public InputSet {
        controls = List.copyOf(controls);
        mappings = List.copyOf(mappings);
        evidence = EvidenceItems.copyOf(evidence);
        applicability = List.copyOf(applicability);
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(evidenceRoot, "evidenceRoot must not be null");
        evidenceFiles = Map.copyOf(evidenceFiles);
        controlExtraColumns = List.copyOf(controlExtraColumns);
        mappingExtraColumns = List.copyOf(mappingExtraColumns);
        evidenceExtraColumns = List.copyOf(evidenceExtraColumns);
        findings = List.copyOf(findings);
        populations = List.copyOf(populations);
        responses = List.copyOf(responses);
        tracked = tracked == null ? TrackedInputs.NONE : tracked;
    }

    /** Without populations, management responses, request list or remediation dates. */
    public InputSet(
            List<Control> controls,
            List<Mapping> mappings,
            List<EvidenceItem> evidence,
            List<Applicability> applicability,
            ScopeStatement scope,
            Path evidenceRoot,
            Map<String, Path> evidenceFiles,
            List<String> controlExtraColumns,
            List<String> mappingExtraColumns,
            List<String> evidenceExtraColumns,
            List<Finding> findings) {
        this(
                controls,
                mappings,
                evidence,
                applicability,
                scope,
                evidenceRoot,
                evidenceFiles,
                controlExtraColumns,
                mappingExtraColumns,
                evidenceExtraColumns,
                findings,
                List.of(),
                List.of(),
                TrackedInputs.NONE);
    }

    /** The populations of one control, in file order. */
    public List<Population> populations(String controlId) {
        return populations.stream().filter(p -> p.controlId().equals(controlId)).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
