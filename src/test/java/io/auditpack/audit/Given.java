package io.auditpack.audit;

import io.auditpack.domain.Applicability;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Coverage;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.SourceRef;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tiny builders that keep the audit tests short: controls, mappings, evidence, input sets and jobs. */
final class Given {
    static final Path EVIDENCE_ROOT = Path.of("/input/evidence");

    private Given() {}

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Period period(String start, String end) {
        return new Period(day(start), day(end));
    }

    static JobDefinition job(PackageType type, Period period, Soc2Category... extra) {
        Set<Soc2Category> categories = new HashSet<>(Arrays.asList(extra));
        categories.add(Soc2Category.SECURITY);
        return new JobDefinition(
                "test-job",
                type,
                "Example Corp",
                "Example Platform",
                period,
                null,
                categories,
                null,
                java.time.ZoneOffset.UTC,
                Path.of("/input"),
                Path.of("/output"),
                Path.of("jobs/test.yaml"));
    }

    static JobDefinition type2(String start, String end) {
        return job(PackageType.SOC2_TYPE2, period(start, end));
    }

    static ControlSpec control(String id) {
        return new ControlSpec(id);
    }

    static Mapping mapping(String controlId, Framework framework, String requirementId) {
        return new Mapping(
                controlId, framework, requirementId, null, Coverage.FULL, "", SourceRef.of("mappings.csv"), Map.of());
    }

    static Mapping partial(String controlId, Framework framework, String requirementId) {
        return new Mapping(
                controlId,
                framework,
                requirementId,
                null,
                Coverage.PARTIAL,
                "",
                SourceRef.of("mappings.csv"),
                Map.of());
    }

    static EvidenceSpec record(String id, String performedOn, String... controlIds) {
        return new EvidenceSpec(id, EvidenceType.RECORD, performedOn, controlIds);
    }

    static EvidenceSpec policy(String id, String performedOn, String... controlIds) {
        return new EvidenceSpec(id, EvidenceType.POLICY, performedOn, controlIds).approvedBy("ciso");
    }

    static Applicability excluded(Framework framework, String requirementId, String why) {
        return new Applicability(framework, requirementId, false, why, SourceRef.of("applicability.csv"));
    }

    static InputsSpec inputs() {
        return new InputsSpec();
    }

    /** A control: implemented, monthly, owned by alice, requiring documentation unless told otherwise. */
    static final class ControlSpec {
        private final String id;
        private String owner = "alice";
        private Frequency frequency = Frequency.MONTHLY;
        private List<String> scope = List.of();
        private ControlStatus status = ControlStatus.IMPLEMENTED;
        private boolean requiresDocumentation = true;
        private long line = 2;

        ControlSpec(String id) {
            this.id = id;
        }

        ControlSpec owner(String value) {
            owner = value;
            return this;
        }

        ControlSpec frequency(Frequency value) {
            frequency = value;
            return this;
        }

        ControlSpec scope(String... tags) {
            scope = List.of(tags);
            return this;
        }

        ControlSpec status(ControlStatus value) {
            status = value;
            return this;
        }

        ControlSpec noDocumentation() {
            requiresDocumentation = false;
            return this;
        }

        ControlSpec line(long value) {
            line = value;
            return this;
        }

        Control build() {
            return new Control(
                    id,
                    "Control " + id,
                    "",
                    owner,
                    frequency,
                    scope,
                    "a record",
                    status,
                    requiresDocumentation,
                    new SourceRef("controls.csv", line),
                    Map.of());
        }
    }

    /** An evidence item without file unless {@link #file} is called; files are verified unless refused. */
    static final class EvidenceSpec {
        private final String id;
        private EvidenceType type;
        private final LocalDate performedOn;
        private final List<String> controlIds;
        private LocalDate coversFrom;
        private LocalDate coversTo;
        private String file = "";
        private String approvedBy = "";
        private boolean refused;
        private long line = 2;

        EvidenceSpec(String id, EvidenceType type, String performedOn, String... controlIds) {
            this.id = id;
            this.type = type;
            this.performedOn = performedOn == null ? null : day(performedOn);
            this.controlIds = List.of(controlIds);
        }

        EvidenceSpec type(EvidenceType value) {
            type = value;
            return this;
        }

        EvidenceSpec covers(String from, String to) {
            coversFrom = day(from);
            coversTo = day(to);
            return this;
        }

        EvidenceSpec file(String path) {
            file = path;
            return this;
        }

        /** The file was refused, missing or mismatching: the reader left it out of evidenceFiles. */
        EvidenceSpec refused() {
            refused = true;
            return this;
        }

        EvidenceSpec approvedBy(String value) {
            approvedBy = value;
            return this;
        }

        EvidenceSpec unapproved() {
            return approvedBy("");
        }

        EvidenceSpec line(long value) {
            line = value;
            return this;
        }

        boolean verifiedFile() {
            return !file.isEmpty() && !refused;
        }

        EvidenceItem build() {
            return new EvidenceItem(
                    id,
                    controlIds,
                    "Evidence " + id,
                    type,
                    performedOn,
                    coversFrom,
                    coversTo,
                    null,
                    file,
                    "",
                    approvedBy,
                    "",
                    new SourceRef("evidence.csv", line),
                    Map.of());
        }
    }

    /** An input set; lines are numbered in list order from 2 (after the header). */
    static final class InputsSpec {
        private final List<ControlSpec> controls = new ArrayList<>();
        private final List<Mapping> mappings = new ArrayList<>();
        private final List<EvidenceSpec> evidence = new ArrayList<>();
        private final List<Applicability> applicability = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private ScopeStatement scope = ScopeStatement.none();

        InputsSpec controls(ControlSpec... specs) {
            controls.addAll(List.of(specs));
            return this;
        }

        InputsSpec mappings(Mapping... rows) {
            mappings.addAll(List.of(rows));
            return this;
        }

        InputsSpec evidence(EvidenceSpec... specs) {
            evidence.addAll(List.of(specs));
            return this;
        }

        InputsSpec applicability(Applicability... rows) {
            applicability.addAll(List.of(rows));
            return this;
        }

        InputsSpec readerFindings(Finding... rows) {
            findings.addAll(List.of(rows));
            return this;
        }

        InputsSpec scope(List<String> soc2Boundary, List<String> ismsScope) {
            scope = new ScopeStatement(soc2Boundary, ismsScope, Map.of(), SourceRef.of("scope.yaml"));
            return this;
        }

        InputSet build() {
            List<Control> builtControls = new ArrayList<>();
            for (int i = 0; i < controls.size(); i++) {
                builtControls.add(controls.get(i).line(i + 2L).build());
            }
            List<EvidenceItem> builtEvidence = new ArrayList<>();
            Map<String, Path> files = new LinkedHashMap<>();
            for (int i = 0; i < evidence.size(); i++) {
                EvidenceSpec spec = evidence.get(i).line(i + 2L);
                EvidenceItem item = spec.build();
                builtEvidence.add(item);
                if (spec.verifiedFile()) {
                    files.put(item.id(), EVIDENCE_ROOT.resolve(item.file()));
                }
            }
            return new InputSet(
                    builtControls,
                    mappings,
                    builtEvidence,
                    applicability,
                    scope,
                    EVIDENCE_ROOT,
                    files,
                    List.of(),
                    List.of(),
                    List.of(),
                    findings);
        }
    }
}
