package io.auditpack.report;

import static io.auditpack.domain.Framework.ISO27001;
import static io.auditpack.domain.Framework.SOC2;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.Requirement;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.Coverage;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.domain.Relationship;
import io.auditpack.domain.RemediationItem;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Slice;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.SourceRef;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * A small hand-made pack: three controls (CM-01 monthly and inconsistent, missing 2026-04; AC-02 quarterly with no
 * records, stale documentation and a formula-looking title; BC-03 planned), five mappings, four evidence items,
 * requirements of both frameworks, twelve gaps in four remediation items and five findings. The figures every
 * report test checks are the ones written here.
 */
public final class ReportFixtures {
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    public static final Period PERIOD = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    public static final String FORMULA_TITLE = "=HYPERLINK(\"http://x.test\",\"y\")";
    public static final String FORMULA_VALUE = "=cmd|' /C calc'!A0";

    private ReportFixtures() {}

    /** A management review over 2026 (both frameworks, operation judged) as of 2026-06-30, first version. */
    public static PackContext managementReview() {
        return context(PackageType.MANAGEMENT_REVIEW, PERIOD, VersionStamp.first());
    }

    /** The same library as a SOC 2 Type I pack (design only, no period) as version 2 with a previous SHA-256. */
    public static PackContext soc2Type1() {
        return context(PackageType.SOC2_TYPE1, null, new VersionStamp(2, "ab".repeat(32)));
    }

    public static PackContext context(PackageType type, Period period, VersionStamp stamp) {
        JobDefinition job = new JobDefinition(
                type == PackageType.SOC2_TYPE1 ? "soc2-type1-2026" : "review-2026",
                type,
                "Example Corp",
                "Example Platform",
                period,
                null,
                Set.of(Soc2Category.SECURITY, Soc2Category.AVAILABILITY),
                null,
                ZoneOffset.UTC,
                Path.of("/work/input"),
                Path.of("/work/output"),
                Path.of("/work/jobs/job.yaml"));
        List<Control> controls = controls();
        boolean judges = period != null;
        List<RequirementResult> requirements = requirements().stream()
                .filter(r -> type.covers(r.framework()))
                .map(r -> judges || !r.inScope() || r.controls().isEmpty() ? r : notYetDue(r))
                .toList();
        List<Gap> gaps = gaps().stream()
                .filter(g -> type.covers(g.framework()))
                .filter(g -> judges || g.type() == GapType.MISSING_CONTROL || g.type() == GapType.MISSING_DOCUMENTATION)
                .toList();
        List<RemediationItem> remediation = remediation().stream()
                .filter(item -> gaps.stream().anyMatch(g -> g.priority() == item.priority()))
                .toList();
        AuditResult result = new AuditResult(
                job,
                AS_OF,
                requirements,
                controlResults(controls, judges),
                gaps,
                remediation,
                findings(),
                EvidenceUses.copyOf(evidenceUses()));
        InputSet inputs = new InputSet(
                controls,
                mappings(),
                evidence(),
                List.of(),
                scope(),
                Path.of("/work/input/evidence"),
                Map.of("EV-1", Path.of("/work/input/evidence/tickets/jan.pdf")),
                List.of("risk_id"),
                List.of("reviewed_by"),
                List.of("retention"),
                List.of());
        return TestContexts.of(result, inputs, stamp);
    }

    static List<Control> controls() {
        return List.of(
                new Control(
                        "CM-01",
                        "Change management approvals",
                        "Changes are approved before release",
                        "Dana Ops",
                        Frequency.MONTHLY,
                        List.of("prod"),
                        "Approved change tickets",
                        ControlStatus.IMPLEMENTED,
                        true,
                        new SourceRef("controls.csv", 2),
                        Map.of("risk_id", "R-7")),
                new Control(
                        "AC-02",
                        FORMULA_TITLE,
                        "",
                        "@admin",
                        Frequency.QUARTERLY,
                        List.of("prod", "corp-it"),
                        "Access review export",
                        ControlStatus.IMPLEMENTED,
                        true,
                        new SourceRef("controls.csv", 3),
                        Map.of("risk_id", "-R-9")),
                new Control(
                        "BC-03",
                        "Backup restore test",
                        "",
                        "",
                        Frequency.ANNUAL,
                        List.of(),
                        "",
                        ControlStatus.PLANNED,
                        false,
                        new SourceRef("controls.csv", 4),
                        Map.of()));
    }

    static List<ControlResult> controlResults(List<Control> controls, boolean judges) {
        Slice april = new Slice(3, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        Slice firstQuarter = new Slice(0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        if (!judges) {
            return List.of(
                    new ControlResult(
                            controls.get(0),
                            OperatingStatus.NOT_YET_DUE,
                            0,
                            0,
                            0,
                            List.of(),
                            DocumentationStatus.CURRENT,
                            LocalDate.of(2026, 1, 15)),
                    new ControlResult(
                            controls.get(1),
                            OperatingStatus.NOT_YET_DUE,
                            0,
                            0,
                            0,
                            List.of(),
                            DocumentationStatus.STALE,
                            LocalDate.of(2025, 3, 1)),
                    new ControlResult(
                            controls.get(2),
                            OperatingStatus.NOT_IMPLEMENTED,
                            0,
                            0,
                            0,
                            List.of(),
                            DocumentationStatus.NOT_REQUIRED,
                            null));
        }
        return List.of(
                new ControlResult(
                        controls.get(0),
                        OperatingStatus.INCONSISTENT,
                        5,
                        4,
                        1,
                        List.of(april),
                        DocumentationStatus.CURRENT,
                        LocalDate.of(2026, 1, 15)),
                new ControlResult(
                        controls.get(1),
                        OperatingStatus.NO_RECORDS,
                        1,
                        0,
                        1,
                        List.of(firstQuarter),
                        DocumentationStatus.STALE,
                        LocalDate.of(2025, 3, 1)),
                new ControlResult(
                        controls.get(2),
                        OperatingStatus.NOT_IMPLEMENTED,
                        0,
                        0,
                        0,
                        List.of(),
                        DocumentationStatus.NOT_REQUIRED,
                        null));
    }

    static List<Mapping> mappings() {
        return List.of(
                new Mapping(
                        "CM-01",
                        SOC2,
                        "CC8.1",
                        Relationship.EQUAL_TO,
                        Coverage.FULL,
                        "Changes are approved",
                        new SourceRef("mappings.csv", 2),
                        Map.of("reviewed_by", "=HYPERLINK(\"x\")")),
                new Mapping(
                        "CM-01",
                        ISO27001,
                        "A.8.32",
                        Relationship.SUBSET_OF,
                        Coverage.PARTIAL,
                        "-covers change control only in part",
                        new SourceRef("mappings.csv", 3),
                        Map.of()),
                new Mapping(
                        "AC-02", SOC2, "CC6.1", null, Coverage.FULL, "", new SourceRef("mappings.csv", 4), Map.of()),
                new Mapping("AC-02", SOC2, "A1.2", null, Coverage.FULL, "", new SourceRef("mappings.csv", 5), Map.of()),
                new Mapping(
                        "AC-02",
                        ISO27001,
                        "9.2",
                        Relationship.SUPERSET_OF,
                        Coverage.FULL,
                        "Internal audit",
                        new SourceRef("mappings.csv", 6),
                        Map.of()));
    }

    static List<RequirementResult> requirements() {
        return List.of(
                requirement(SOC2, "CC6.1", DesignStatus.COVERED, OperatingStatus.NO_RECORDS, "AC-02"),
                requirement(SOC2, "CC6.4", DesignStatus.MISSING_CONTROL, OperatingStatus.NOT_IMPLEMENTED),
                requirement(SOC2, "CC8.1", DesignStatus.COVERED, OperatingStatus.INCONSISTENT, "CM-01"),
                requirement(SOC2, "A1.2", DesignStatus.COVERED, OperatingStatus.NO_RECORDS, "AC-02"),
                excluded(SOC2, "A1.3", "Recovery testing is carved out to the hosting provider"),
                requirement(ISO27001, "5.1", DesignStatus.MISSING_CONTROL, OperatingStatus.NOT_IMPLEMENTED),
                requirement(ISO27001, "9.2.1", DesignStatus.COVERED, OperatingStatus.NO_RECORDS, "AC-02"),
                requirement(ISO27001, "9.2.2", DesignStatus.COVERED, OperatingStatus.NO_RECORDS, "AC-02"),
                requirement(ISO27001, "A.8.32", DesignStatus.PARTIAL, OperatingStatus.INCONSISTENT, "CM-01"),
                excluded(ISO27001, "A.7.4", "No physical offices"));
    }

    private static RequirementResult notYetDue(RequirementResult r) {
        return new RequirementResult(
                r.framework(),
                r.id(),
                r.title(),
                r.group(),
                r.design(),
                OperatingStatus.NOT_YET_DUE,
                r.controls(),
                r.justification());
    }

    private static RequirementResult requirement(
            Framework framework, String id, DesignStatus design, OperatingStatus operating, String... controls) {
        Requirement catalog = Catalog.builtIn().find(framework, id).orElseThrow();
        return new RequirementResult(
                framework, id, catalog.title(), catalog.group(), design, operating, List.of(controls), "");
    }

    private static RequirementResult excluded(Framework framework, String id, String justification) {
        Requirement catalog = Catalog.builtIn().find(framework, id).orElseThrow();
        return new RequirementResult(
                framework,
                id,
                catalog.title(),
                catalog.group(),
                DesignStatus.NOT_APPLICABLE,
                OperatingStatus.NOT_IMPLEMENTED,
                List.of(),
                justification);
    }

    static List<Gap> gaps() {
        return List.of(
                new Gap(GapType.MISSING_DOCUMENTATION, SOC2, "CC6.1", "AC-02", "@admin", 1),
                new Gap(GapType.MISSING_OPERATIONAL_RECORD, SOC2, "CC6.1", "AC-02", "@admin", 1),
                new Gap(GapType.MISSING_CONTROL, SOC2, "CC6.4", "", "", 4),
                new Gap(GapType.INCONSISTENT_PERFORMANCE, SOC2, "CC8.1", "CM-01", "Dana Ops", 2),
                new Gap(GapType.MISSING_DOCUMENTATION, SOC2, "A1.2", "AC-02", "@admin", 1),
                new Gap(GapType.MISSING_OPERATIONAL_RECORD, SOC2, "A1.2", "AC-02", "@admin", 1),
                new Gap(GapType.MISSING_CONTROL, ISO27001, "5.1", "", "", 3),
                new Gap(GapType.MISSING_DOCUMENTATION, ISO27001, "9.2.1", "AC-02", "@admin", 1),
                new Gap(GapType.MISSING_OPERATIONAL_RECORD, ISO27001, "9.2.1", "AC-02", "@admin", 1),
                new Gap(GapType.MISSING_DOCUMENTATION, ISO27001, "9.2.2", "AC-02", "@admin", 1),
                new Gap(GapType.MISSING_OPERATIONAL_RECORD, ISO27001, "9.2.2", "AC-02", "@admin", 1),
                new Gap(GapType.INCONSISTENT_PERFORMANCE, ISO27001, "A.8.32", "CM-01", "Dana Ops", 2));
    }

    static List<RemediationItem> remediation() {
        return List.of(
                new RemediationItem(
                        1,
                        "AC-02",
                        "AC-02",
                        "@admin",
                        List.of(GapType.MISSING_OPERATIONAL_RECORD, GapType.MISSING_DOCUMENTATION),
                        Set.of(ISO27001, SOC2),
                        List.of("SOC2 CC6.1", "SOC2 A1.2", "ISO27001 9.2.1", "ISO27001 9.2.2"),
                        8,
                        "Run AC-02 and keep its records; re-approve its documentation."),
                new RemediationItem(
                        2,
                        "CM-01",
                        "CM-01",
                        "Dana Ops",
                        List.of(GapType.INCONSISTENT_PERFORMANCE),
                        Set.of(SOC2, ISO27001),
                        List.of("SOC2 CC8.1", "ISO27001 A.8.32"),
                        2,
                        "Record CM-01 in every slice (missing: 2026-04)."),
                new RemediationItem(
                        3,
                        "ISO27001:5.1",
                        "",
                        "",
                        List.of(GapType.MISSING_CONTROL),
                        Set.of(ISO27001),
                        List.of("ISO27001 5.1"),
                        1,
                        "Map an implemented control to ISO27001 5.1."),
                new RemediationItem(
                        4,
                        "SOC2:CC6.4",
                        "",
                        "",
                        List.of(GapType.MISSING_CONTROL),
                        Set.of(SOC2),
                        List.of("SOC2 CC6.4"),
                        1,
                        "Map an implemented control to SOC2 CC6.4."));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(
                        Severity.WARNING,
                        "control.owner_missing",
                        "controls.csv",
                        4,
                        "owner",
                        "",
                        "owner is blank; the control is still used"),
                new Finding(
                        Severity.WARNING,
                        "evidence.document_stale",
                        "evidence.csv",
                        3,
                        "performed_on",
                        "2025-03-01",
                        "newest document of AC-02 is older than 12 months"),
                new Finding(
                        Severity.WARNING,
                        "evidence.outside_period",
                        "evidence.csv",
                        5,
                        "performed_on",
                        FORMULA_VALUE,
                        "record dated outside the period 2026-01-01..2026-12-31"),
                new Finding(
                        Severity.WARNING,
                        "control.owner_missing",
                        "controls.csv",
                        9,
                        "owner",
                        "",
                        "owner is blank; the control is still used"),
                new Finding(
                        Severity.INFO,
                        "crosswalk.owner_concentration",
                        "mappings.csv",
                        0,
                        "",
                        "",
                        "@admin owns 3 of 5 mapping rows"));
    }

    static List<EvidenceItem> evidence() {
        return List.of(
                item(
                        "EV-1",
                        List.of("CM-01"),
                        "January changes",
                        EvidenceType.TICKET,
                        LocalDate.of(2026, 1, 20),
                        null,
                        null,
                        LocalDate.of(2026, 1, 21),
                        "tickets/jan changes.pdf"),
                item(
                        "EV-2",
                        List.of("AC-02"),
                        "Access policy",
                        EvidenceType.POLICY,
                        LocalDate.of(2025, 3, 1),
                        null,
                        null,
                        null,
                        "policies/access.pdf"),
                item(
                        "EV-3",
                        List.of("CM-01", "AC-02"),
                        "Deploy log export",
                        EvidenceType.LOG,
                        LocalDate.of(2026, 4, 2),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 4, 3),
                        ""),
                item(
                        "EV-4",
                        List.of("CM-01"),
                        "Old change",
                        EvidenceType.RECORD,
                        LocalDate.of(2025, 11, 1),
                        null,
                        null,
                        null,
                        ""));
    }

    static List<EvidenceUse> evidenceUses() {
        List<EvidenceItem> items = evidence();
        return List.of(
                new EvidenceUse(items.get(0), true, true, List.of("CM-01")),
                new EvidenceUse(items.get(1), true, false, List.of("AC-02")),
                new EvidenceUse(items.get(2), true, true, List.of()),
                new EvidenceUse(items.get(3), false, false, List.of()));
    }

    private static EvidenceItem item(
            String id,
            List<String> controls,
            String title,
            EvidenceType type,
            LocalDate performed,
            LocalDate from,
            LocalDate to,
            LocalDate collected,
            String file) {
        return new EvidenceItem(
                id,
                controls,
                title,
                type,
                performed,
                from,
                to,
                collected,
                file,
                "",
                "",
                "Jira",
                new SourceRef("evidence.csv", 2),
                Map.of("retention", "7y"));
    }

    static ScopeStatement scope() {
        Map<String, List<String>> narrative = new LinkedHashMap<>();
        narrative.put("system_description", List.of("Payments platform for online merchants"));
        narrative.put("third_parties", List.of("AWS (hosting, carved out)", "Okta (identity)"));
        return new ScopeStatement(List.of("prod"), List.of("prod", "corp-it"), narrative, SourceRef.of("scope.yaml"));
    }

    /** Renders one writer into memory. */
    public static byte[] render(ReportWriter writer, PackContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(context, out);
        return out.toByteArray();
    }

    /** Runs the action with the default time zone Pacific/Chatham (UTC+12:45) and the German locale. */
    public static <T> T underAnotherClockAndLocale(IoSupplier<T> action) throws IOException {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
        Locale.setDefault(Locale.GERMANY);
        try {
            return action.get();
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }
}
