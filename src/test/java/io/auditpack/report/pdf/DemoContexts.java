package io.auditpack.report.pdf;

import io.auditpack.audit.Auditor;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.input.InputLoader;
import io.auditpack.input.JobFileReader;
import io.auditpack.report.PackContext;
import io.auditpack.report.TestContexts;
import io.auditpack.verdict.VersionStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo jobs of jobs/ over the demo organisation of input/, read and audited in process (no Spring, no ZIP) as
 * of 2026-11-29 unless the job pins its date: real-sized contexts for every package type.
 */
final class DemoContexts {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    static final List<String> JOBS =
            List.of("soc2-type1", "soc2-type2", "iso27001-stage1", "iso27001-stage2", "management-review");

    private DemoContexts() {}

    /**
     * A demo job's context; the management review sees versions 1 and 2 of the SOC 2 Type II job (as of 2026-10-31
     * and 2026-11-29) and version 1 of the Stage 2 job as its history.
     */
    static PackContext of(String jobFile, VersionStamp stamp) throws Exception {
        if (jobFile.equals("management-review")) {
            List<PackSnapshot> others = List.of(
                    of("soc2-type2", VersionStamp.first(), LocalDate.of(2026, 10, 31))
                            .report()
                            .snapshot(),
                    of("soc2-type2", new VersionStamp(2, ""), AS_OF).report().snapshot(),
                    of("iso27001-stage2", VersionStamp.first(), AS_OF).report().snapshot());
            PackContext review = of(jobFile, stamp, AS_OF);
            return TestContexts.of(review.result(), review.inputs(), stamp, new PackHistory(Optional.empty(), others));
        }
        return of(jobFile, stamp, AS_OF);
    }

    static PackContext of(String jobFile, VersionStamp stamp, LocalDate asOf) throws Exception {
        JobDefinition job = JobFileReader.read(Path.of("jobs", jobFile + ".yaml"))
                .withFolders(
                        Path.of("input").toAbsolutePath(),
                        Path.of("target", "demo-output").toAbsolutePath());
        InputSet inputs = load(job);
        AuditResult result = Auditor.audit(job, job.asOf() == null ? asOf : job.asOf(), inputs, Catalog.builtIn());
        return TestContexts.of(result, inputs, stamp);
    }

    private static InputSet load(JobDefinition job) throws IOException {
        return InputLoader.load(job.input(), Catalog.builtIn());
    }
}
