package io.auditpack.report.pdf;

import io.auditpack.audit.Auditor;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.input.InputLoader;
import io.auditpack.input.JobFileReader;
import io.auditpack.report.PackContext;
import io.auditpack.report.VersionStamp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo jobs of jobs/ over the demo organisation of input/, read and audited in process (no Spring, no ZIP) as
 * of 2026-11-29 unless the job pins its date: real-sized contexts for every package type.
 */
final class DemoContexts {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    static final List<String> JOBS = List.of("soc2-type1", "soc2-type2", "iso27001-stage1", "iso27001-stage2",
            "management-review");

    private DemoContexts() {
    }

    static PackContext of(String jobFile, VersionStamp stamp) throws Exception {
        JobDefinition job = JobFileReader.read(Path.of("jobs", jobFile + ".yaml"))
                .withFolders(Path.of("input").toAbsolutePath(), Path.of("target", "demo-output").toAbsolutePath());
        InputSet inputs = load(job);
        AuditResult result = Auditor.audit(job, job.asOf() == null ? AS_OF : job.asOf(), inputs, Catalog.builtIn());
        return new PackContext(result, inputs, stamp);
    }

    private static InputSet load(JobDefinition job) throws IOException {
        return InputLoader.load(job.input(), Catalog.builtIn());
    }
}
