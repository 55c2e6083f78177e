package io.auditpack.report.oscal;

import static io.auditpack.report.oscal.Nodes.node;
import static io.auditpack.report.oscal.Nodes.prop;
import static io.auditpack.report.oscal.Nodes.props;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Gap;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The content of {@code data/oscal/assessment-results.json} (OSCAL 1.1.3 assessment-results) as an ordered tree: one
 * result spanning the audit period (the as-of day for a point-in-time package); each packed evidence item an
 * observation (method EXAMINE) whose relevant evidence points at its files in the bag, relative to this file, and at
 * a back-matter resource holding their SHA-256; each in-scope requirement a finding ({@link FindingNode}). The
 * assessment plan it imports is the job definition, described by the first back-matter resource.
 */
public final class AssessmentResultsTree {
    /** Where the file lies in the bag. */
    public static final String PATH = "data/oscal/assessment-results.json";

    /** How an evidence path relative to {@code data/} is reached from this file. */
    static final String TO_DATA = "../";

    private AssessmentResultsTree() {}

    public static Map<String, Object> of(PackContext context) {
        AuditResult result = context.result();
        JobDefinition job = result.job();
        OscalNames names = new OscalNames(job.name(), context.stamp().version());
        String plan = names.uuid("assessment-plan");
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(planResource(plan, job, result.asOf()));
        Map<String, List<String>> observationsByControl = new LinkedHashMap<>();
        List<Map<String, Object>> observations = new ArrayList<>();
        for (EvidenceUse use : result.packedEvidence()) {
            String observation = names.uuid("observation", use.item().id());
            String resource = names.uuid("evidence", use.item().id());
            observations.add(observation(context, observation, resource, use));
            resources.add(evidenceResource(context, resource, use));
            for (String control : use.packedUnder()) {
                observationsByControl
                        .computeIfAbsent(control, c -> new ArrayList<>())
                        .add(observation);
            }
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        List<Map<String, Object>> included = new ArrayList<>();
        List<Map<String, Object>> excluded = new ArrayList<>();
        for (RequirementResult requirement : result.requirements()) {
            Map<String, Object> control =
                    node("control-id", OscalText.target(requirement.framework(), requirement.id()));
            if (!requirement.inScope()) {
                excluded.add(control);
                continue;
            }
            included.add(control);
            List<Gap> gaps = result.gaps().stream()
                    .filter(g -> g.framework() == requirement.framework()
                            && g.requirement().equals(requirement.id()))
                    .toList();
            TreeSet<String> seen = new TreeSet<>();
            List<String> related = new ArrayList<>();
            for (String controlId : requirement.controls()) {
                for (String observation : observationsByControl.getOrDefault(controlId, List.of())) {
                    if (seen.add(observation)) {
                        related.add(observation);
                    }
                }
            }
            findings.add(FindingNode.of(names, requirement, gaps, job.judgesOperation(), related));
        }
        LocalDate start = job.period() == null ? result.asOf() : job.period().start();
        LocalDate end = job.period() == null ? result.asOf() : job.period().end();
        Map<String, Object> selection = included.isEmpty()
                ? node("include-all", Map.of(), "exclude-controls", excluded)
                : node("include-controls", included, "exclude-controls", excluded);
        Map<String, Object> oneResult = node(
                "uuid",
                names.uuid("result"),
                "title",
                OscalText.line(job.packageType().word() + " audit of " + job.system() + " as of " + result.asOf()),
                "description",
                OscalText.markdown("The verdict of auditpack job " + job.name() + " ("
                        + job.packageType().word() + ") for " + job.organization() + ", "
                        + (job.period() == null
                                ? "a point-in-time package judged on " + result.asOf()
                                : "period " + job.period().start() + " to "
                                        + job.period().end() + " judged as of " + result.asOf())
                        + ", pack " + context.stamp().label() + "."),
                "start",
                OscalText.startOf(start, job.timeZone()),
                "end",
                OscalText.endOf(end, job.timeZone()),
                "reviewed-controls",
                node(
                        "description",
                        "The framework requirements in scope of the package, as requirement tokens"
                                + " (framework-requirement ID); excluded ones are listed as exclusions.",
                        "control-selections",
                        List.of(selection)),
                "observations",
                observations,
                "findings",
                findings);
        Map<String, Object> document = node(
                "uuid",
                names.uuid("assessment-results"),
                "metadata",
                OscalMetadata.of(
                        context,
                        names,
                        "Assessment results: " + job.system() + " (" + job.name() + ", "
                                + context.stamp().label() + ")",
                        new TreeSet<>()),
                "import-ap",
                node(
                        "href",
                        "#" + plan,
                        "remarks",
                        "No OSCAL assessment plan exists: the plan of this assessment is the auditpack job definition,"
                                + " described by the back-matter resource this reference names."),
                "results",
                List.of(oneResult),
                "back-matter",
                node("resources", resources));
        return node("assessment-results", document);
    }

    private static Map<String, Object> planResource(String uuid, JobDefinition job, LocalDate asOf) {
        return node(
                "uuid",
                uuid,
                "title",
                OscalText.line("auditpack job definition " + job.name()),
                "description",
                OscalText.markdown("The assessment plan: the auditpack job definition "
                        + job.file().getFileName()
                        + " (package " + job.packageType().word() + ", organization " + job.organization()
                        + ", system " + job.system()
                        + (job.period() == null
                                ? ""
                                : ", period " + job.period().start() + " to "
                                        + job.period().end())
                        + ", as of " + asOf + "). It selects the framework requirements, the controls and the"
                        + " evidence this assessment examined; the job file itself is not part of the pack."),
                "props",
                props(
                        prop("job", job.name()),
                        prop("package", job.packageType().word()),
                        prop("organization", job.organization()),
                        prop("system", job.system()),
                        job.period() == null
                                ? null
                                : prop("period-start", job.period().start().toString()),
                        job.period() == null
                                ? null
                                : prop("period-end", job.period().end().toString()),
                        prop("as-of", asOf.toString())));
    }

    private static Map<String, Object> observation(PackContext context, String uuid, String resource, EvidenceUse use) {
        EvidenceItem item = use.item();
        JobDefinition job = context.result().job();
        LocalDate collected = item.collectedOn() != null
                ? item.collectedOn()
                : item.performedOn() != null
                        ? item.performedOn()
                        : context.result().asOf();
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (String control : use.packedUnder()) {
            evidence.add(node(
                    "href",
                    TO_DATA + EvidencePath.of(control, item),
                    "description",
                    OscalText.markdown("The file of evidence " + item.id() + " packed under control " + control + "."),
                    "links",
                    List.of(node("href", "#" + resource, "rel", "reference"))));
        }
        return node(
                "uuid",
                uuid,
                "title",
                OscalText.line(item.title().isBlank() ? item.id() : item.title()),
                "description",
                OscalText.markdown(Words.word(item.type()) + " evidence " + item.id()
                        + " for " + String.join(", ", item.controlIds())
                        + (item.performedOn() == null ? ", undated" : ", performed on " + item.performedOn())
                        + "."),
                "props",
                props(
                        prop("evidence-id", item.id()),
                        prop("evidence-type", Words.word(item.type())),
                        item.performedOn() == null
                                ? null
                                : prop("performed-on", item.performedOn().toString()),
                        prop("counted", Boolean.toString(use.counted())),
                        prop("in-period", Boolean.toString(use.inPeriod())),
                        prop("source", item.sourceSystem())),
                "methods",
                List.of("EXAMINE"),
                "relevant-evidence",
                evidence,
                "collected",
                OscalText.startOf(collected, job.timeZone()),
                "remarks",
                item.collectedOn() == null && item.performedOn() == null
                        ? "The catalog gives no date: collected is the as-of day."
                        : item.collectedOn() == null
                                ? "The catalog gives no collected_on date: collected is the" + " performed_on day."
                                : "");
    }

    private static Map<String, Object> evidenceResource(PackContext context, String uuid, EvidenceUse use) {
        EvidenceItem item = use.item();
        String sha256 = context.report().sha256(item.id());
        List<Map<String, Object>> links = new ArrayList<>();
        for (String control : use.packedUnder()) {
            links.add(node(
                    "href",
                    TO_DATA + EvidencePath.of(control, item),
                    "hashes",
                    sha256.isEmpty() ? List.of() : List.of(node("algorithm", "SHA-256", "value", sha256))));
        }
        return node(
                "uuid",
                uuid,
                "title",
                OscalText.line("Evidence " + item.id() + ": " + item.title()),
                "props",
                props(prop("evidence-id", item.id())),
                "rlinks",
                links);
    }
}
