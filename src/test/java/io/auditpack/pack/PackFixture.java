package io.auditpack.pack;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.SourceRef;
import io.auditpack.job.PackRelease;
import io.auditpack.pack.publish.Candidate;
import io.auditpack.pack.publish.PublishOutcome;
import io.auditpack.pack.publish.PublishedHistory;
import io.auditpack.pack.publish.Publisher;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-built run: a SOC 2 Type II job, four evidence items (a PDF policy, a log shared by two controls, a
 * review whose file name needs the safe-name rule, a ticket without a file) and three reports.
 */
public final class PackFixture {
    public static final String JOB = "soc2-type2-2026";
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    public final Path root;
    public final Path evidenceRoot;
    public final Path output;

    public PackFixture(Path root) throws IOException {
        this.root = root;
        this.evidenceRoot = Files.createDirectories(root.resolve("input/evidence"));
        this.output = root.resolve("output");
        Files.createDirectories(evidenceRoot.resolve("policies"));
        Files.createDirectories(evidenceRoot.resolve("reviews"));
        Files.write(
                evidenceRoot.resolve("policies/access-policy.pdf"),
                "%PDF-1.7\nfake policy body\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(evidenceRoot.resolve("deploy.log"), "2026-01-05 deploy ok\n".repeat(200));
        Files.writeString(evidenceRoot.resolve("reviews/Q1 review (final).txt"), "Q1 access review: 12 users\n");
    }

    /** Publishes this fixture's result as the job's next version (or finds it unchanged), as a run does. */
    public PublishOutcome publish(Publisher publisher) throws IOException {
        return PackRelease.publish(publisher, result(), inputs(), Catalog.builtIn(), output);
    }

    /** Plans and assembles this fixture's result without publishing it. */
    public Candidate prepare(Publisher publisher) throws IOException {
        PublishedHistory published = PublishedHistory.read(output, JOB, false);
        return PackRelease.assemble(
                publisher,
                PackRelease.plan(result(), inputs(), Catalog.builtIn(), published),
                inputs(),
                Catalog.builtIn(),
                published,
                PackProgress.NONE);
    }

    public JobDefinition job() {
        return new JobDefinition(
                JOB,
                PackageType.SOC2_TYPE2,
                "Example Corp",
                "Example Platform",
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                null,
                Set.of(Soc2Category.SECURITY),
                null,
                ZoneOffset.UTC,
                root.resolve("input"),
                output,
                root.resolve("jobs/" + JOB + ".yaml"));
    }

    public static EvidenceItem item(String id, List<String> controls, EvidenceType type, String file) {
        return new EvidenceItem(
                id,
                controls,
                id + " title",
                type,
                LocalDate.of(2026, 2, 1),
                null,
                null,
                null,
                file,
                "",
                "",
                "",
                new SourceRef("evidence.csv", 2),
                Map.of());
    }

    public List<EvidenceUse> uses() {
        return List.of(
                new EvidenceUse(
                        item("EV-1", List.of("AC-1"), EvidenceType.POLICY, "policies/access-policy.pdf"),
                        true,
                        true,
                        List.of("AC-1")),
                new EvidenceUse(
                        item("EV-2", List.of("AC-1", "OPS-2"), EvidenceType.LOG, "deploy.log"),
                        true,
                        true,
                        List.of("AC-1", "OPS-2")),
                new EvidenceUse(
                        item("EV-3", List.of("AC-1"), EvidenceType.REVIEW, "reviews/Q1 review (final).txt"),
                        true,
                        true,
                        List.of("AC-1")),
                new EvidenceUse(item("EV-4", List.of("OPS-2"), EvidenceType.TICKET, ""), true, true, List.of()));
    }

    public AuditResult result() {
        return new AuditResult(
                job(), AS_OF, List.of(), List.of(), List.of(), List.of(), List.of(), EvidenceUses.copyOf(uses()));
    }

    public InputSet inputs() {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("EV-1", evidenceRoot.resolve("policies/access-policy.pdf"));
        files.put("EV-2", evidenceRoot.resolve("deploy.log"));
        files.put("EV-3", evidenceRoot.resolve("reviews/Q1 review (final).txt"));
        return new InputSet(
                List.of(),
                List.of(),
                uses().stream().map(EvidenceUse::item).toList(),
                List.of(),
                ScopeStatement.none(),
                evidenceRoot,
                files,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    public static List<ReportWriter> reports() {
        return List.of(
                new JsonReport(),
                new TextReport("data/findings.csv", "severity,code\nwarning,x\n"),
                new ZipLikeReport());
    }

    /** A metrics-like JSON text that prints the version stamp, as the real metrics.json does. */
    public static final class JsonReport implements ReportWriter {
        @Override
        public String path() {
            return "data/metrics.json";
        }

        @Override
        public void write(PackContext context, OutputStream out) throws IOException {
            String json =
                    "{\"job\":\"%s\",\"version\":%d,\"previous_sha256\":\"%s\",\"as_of\":\"%s\",\"evidence\":%d}\n"
                            .formatted(
                                    context.result().job().name(),
                                    context.stamp().version(),
                                    context.stamp().previousSha256(),
                                    context.result().asOf(),
                                    context.result().evidence().size());
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.close();
        }
    }

    /** A fixed text. */
    public record TextReport(String path, String text) implements ReportWriter {
        @Override
        public void write(PackContext context, OutputStream out) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bytes starting with a ZIP signature, as a workbook's do. */
    public static final class ZipLikeReport implements ReportWriter {
        @Override
        public String path() {
            return "data/crosswalk.xlsx";
        }

        @Override
        public void write(PackContext context, OutputStream out) throws IOException {
            out.write(new byte[] {0x50, 0x4B, 0x03, 0x04});
            out.write(("workbook for " + context.result().job().system()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
