package io.auditpack.cli;

import io.auditpack.audit.Auditor;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate JOB.yaml}: reads, validates and audits, prints every finding, writes nothing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Reads and validates a job's inputs and prints every finding; writes no pack. "
                + "Exit 2 when the inputs have errors.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    JobOptions options;

    @Option(
            names = {"--all-findings", "--verbose"},
            description = "Prints every finding; by default warnings and notes of one code beyond "
                    + FindingDigest.HANDFUL + " are summarised (the first " + FindingDigest.EXAMPLES
                    + " and a count).")
    boolean allFindings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunPrinter printer =
                new RunPrinter(spec.commandLine().getOut(), spec.commandLine().getErr());
        PreparedRun prepared = options.prepare(Clock.systemUTC());
        printer.header(prepared.job(), prepared.asOf());
        printer.inputs(prepared.inputs());
        List<Finding> findings = prepared.inputs().findings();
        if (prepared.inputs().hasErrors()) {
            printer.errors(findings.stream().filter(Finding::isError).toList());
            return ExitCodes.BAD_INPUT;
        }
        AuditResult result = Auditor.audit(prepared.job(), prepared.asOf(), prepared.inputs(), Catalog.builtIn());
        printer.findings(result.findings());
        printer.listFindings(result.findings(), allFindings);
        printer.audit(result);
        spec.commandLine().getOut().println("valid: no input errors; nothing was written");
        return ExitCodes.OK;
    }
}
