package io.auditpack.report.oscal;

import static io.auditpack.report.oscal.Nodes.node;
import static io.auditpack.report.oscal.Nodes.prop;
import static io.auditpack.report.oscal.Nodes.props;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.JobDefinition;
import io.auditpack.report.PackContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The {@code metadata} of an OSCAL document of a pack: its title; {@code published} and {@code last-modified} the
 * first second of the as-of day in the job's time zone (never the clock: the same run gives the same bytes); the pack
 * version ({@code v0001}) as {@code version}; {@code oscal-version} 1.1.3; the job, package and as-of date as
 * properties; the organisation of the job as the party in the role {@code prepared-by}; and, for a POA&M, each action
 * owner as a party in the role {@code action-owner}, named as the inputs write it (an e-mail address in the demo; it
 * is not repeated as {@code email-addresses}, whose format strict validators check against the list of top-level
 * domains, which reserved names such as {@code .example} are not on).
 */
final class OscalMetadata {
    static final String OSCAL_VERSION = "1.1.3";
    static final String PREPARED_BY = "prepared-by";
    static final String ACTION_OWNER = "action-owner";

    private OscalMetadata() {}

    static Map<String, Object> of(PackContext context, OscalNames names, String title, SortedSet<String> owners) {
        AuditResult result = context.result();
        JobDefinition job = result.job();
        String timestamp = OscalText.startOf(result.asOf(), job.timeZone());
        List<Map<String, Object>> roles = new ArrayList<>();
        List<Map<String, Object>> parties = new ArrayList<>();
        List<Map<String, Object>> responsible = new ArrayList<>();
        String organization = OscalText.plain(job.organization());
        if (!organization.isEmpty()) {
            roles.add(node("id", PREPARED_BY, "title", "Prepared By"));
            String party = organizationUuid(names);
            parties.add(node("uuid", party, "type", "organization", "name", organization));
            responsible.add(node("role-id", PREPARED_BY, "party-uuids", List.of(party)));
        }
        if (!owners.isEmpty()) {
            roles.add(node(
                    "id",
                    ACTION_OWNER,
                    "title",
                    "Action Owner",
                    "description",
                    "Owns a remediation action of the plan (the control's owner or the owner in remediation.csv)."));
            for (String owner : owners) {
                parties.add(node("uuid", ownerUuid(names, owner), "type", "person", "name", owner));
            }
        }
        return node(
                "title",
                OscalText.line(title),
                "published",
                timestamp,
                "last-modified",
                timestamp,
                "version",
                context.stamp().label(),
                "oscal-version",
                OSCAL_VERSION,
                "props",
                props(
                        prop("job", job.name()),
                        prop("package", job.packageType().word()),
                        prop("as-of", result.asOf().toString())),
                "roles",
                roles,
                "parties",
                parties,
                "responsible-parties",
                responsible);
    }

    static String organizationUuid(OscalNames names) {
        return names.uuid("party", "organization");
    }

    /** The party of an owner as written in the inputs (white space collapsed). */
    static String ownerUuid(OscalNames names, String owner) {
        return names.uuid("party", "owner", owner);
    }
}
