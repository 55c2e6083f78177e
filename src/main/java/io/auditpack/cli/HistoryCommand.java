package io.auditpack.cli;

import io.auditpack.domain.Words;
import io.auditpack.input.JobFileReader;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.pack.version.VersionStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code history [JOB.yaml | name]}: the published versions with their headline metrics (read from the packs), and
 * every run with its outcome (from the job repository).
 */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Shows a job's versions (with headline metrics and the hash chain) and its runs.")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "JOB.yaml|NAME",
            description = "A job file or a job name (default: every job in the output folder).")
    String job;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Output folder (default: the job file's, else ./output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = output;
        List<String> names = new ArrayList<>();
        if (job != null && job.endsWith(".yaml")) {
            var definition = JobFileReader.read(Path.of(job));
            names.add(definition.name());
            root = root != null ? root : definition.output();
        } else if (job != null) {
            if (!JobFileReader.isJobName(job)) {
                spec.commandLine()
                        .getErr()
                        .println("auditpack: not a job file nor a job name: \"" + job + "\"; accepted: a job file "
                                + "(*.yaml) or a job name of 1 to 64 lower-case letters, digits and '-' "
                                + "(e.g. soc2-type2-2026)");
                spec.commandLine().getErr().println("auditpack: nothing was read (exit 2)");
                return ExitCodes.BAD_INPUT;
            }
            names.add(job);
        }
        root = (root != null ? root : Path.of("output")).toAbsolutePath().normalize();
        if (names.isEmpty()) {
            names.addAll(jobFolders(root));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (names.isEmpty()) {
            out.println("no job has published in " + root);
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        try (var context = BatchContext.exists(root)
                ? BatchContext.open(root, BatchContext.LogSetup.REPORT, note -> err.println("auditpack: note: " + note))
                : null) {
            JobRepository repository = context == null ? null : context.getBean(JobRepository.class);
            for (String name : names) {
                printVersions(out, new VersionStore(root, name));
                printRuns(out, repository, name, root);
            }
        }
        return ExitCodes.OK;
    }

    private static List<String> jobFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[a-z0-9-]+"))
                    .sorted()
                    .toList();
        }
    }

    private static void printVersions(PrintWriter out, VersionStore store) throws IOException {
        List<PublishedVersion> versions = store.versions();
        out.println(store.jobFolder().getFileName() + ": " + Words.count(versions.size(), "version") + " in "
                + store.jobFolder());
        String previousSha = "";
        PackSignature previousSignature = PackSignature.UNSIGNED;
        for (PublishedVersion version : versions) {
            PackHeadline headline;
            try {
                headline = PackHeadline.read(version.zip());
            } catch (IOException unreadable) {
                out.printf(
                        "  v%04d  sha256 %s  UNREADABLE: %s (run verify on it)%n",
                        version.version(), version.sha256().substring(0, 16), unreadable.getMessage());
                previousSha = version.sha256();
                continue;
            }
            PackSignature signature = PackSignature.read(version.zip());
            out.printf(
                    "  v%04d  as of %s  sha256 %s  %s  %s%s  %s; %s, %s%n",
                    version.version(),
                    headline.asOf(),
                    version.sha256().substring(0, 16),
                    link(headline.previousSha256(), previousSha),
                    signature.describe(),
                    signing(previousSignature, signature, previousSha.isEmpty()),
                    headline.coverage(),
                    Words.count(headline.gaps(), "gap"),
                    Words.count(headline.findings(), "finding"));
            previousSha = version.sha256();
            previousSignature = signature;
        }
    }

    /** A note when the signing changed from the version listed before: dropped, started or another key. */
    private static String signing(PackSignature before, PackSignature now, boolean first) {
        if (first || before.equals(now)) {
            return "";
        }
        if (!now.signed()) {
            return " (SIGNATURE DROPPED: the version before was " + before.describe() + ")";
        }
        return before.signed() ? " (another key than the version before)" : " (signed from this version on)";
    }

    /** How a version's recorded predecessor hash compares with the version listed before it. */
    private static String link(String recorded, String listedBefore) {
        if (recorded.isEmpty()) {
            return listedBefore.isEmpty() ? "first" : "CHAIN BROKEN: names no predecessor";
        }
        if (listedBefore.isEmpty()) {
            return "follows " + recorded.substring(0, 16) + " (predecessor missing)";
        }
        return recorded.equals(listedBefore) ? "chained" : "CHAIN BROKEN: predecessor was " + recorded.substring(0, 16);
    }

    private static List<JobExecution> executions(JobRepository repository, String name) {
        return repository.getJobInstances(name, 0, 10_000).stream()
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .toList();
    }

    /** The runs of this job into this output folder (a shared database may hold other folders' runs too). */
    private static void printRuns(PrintWriter out, @Nullable JobRepository repository, String name, Path root) {
        List<JobExecution> executions = repository == null ? List.of() : executions(repository, name);
        executions = executions.stream()
                .filter(execution -> intoFolder(execution, root))
                .sorted(Comparator.comparing(JobExecution::getId))
                .toList();
        out.println("  runs: "
                + executions.stream()
                        .map(e -> e.getJobInstance().getInstanceId())
                        .distinct()
                        .count());
        executions.forEach(execution -> out.println("    " + describe(execution)));
    }

    private static boolean intoFolder(JobExecution execution, Path root) {
        String output = execution.getJobParameters().getString("output");
        return output == null || Path.of(output).toAbsolutePath().normalize().equals(root);
    }

    private static String describe(JobExecution execution) {
        var context = execution.getExecutionContext();
        String outcome = context.containsKey("outcome")
                ? context.getString("outcome") + " v%04d".formatted(context.getInt("version"))
                : execution
                        .getExitStatus()
                        .getExitDescription()
                        .lines()
                        .findFirst()
                        .orElse("");
        String took = execution.getStartTime() == null || execution.getEndTime() == null
                ? ""
                : String.format(
                        Locale.ROOT,
                        " in %.1f s",
                        Duration.between(execution.getStartTime(), execution.getEndTime())
                                        .toMillis()
                                / 1000.0);
        String started = execution.getStartTime() == null ? "not started" : STARTED.format(execution.getStartTime());
        return "%s  as of %s  %-9s %s%s"
                .formatted(
                        started,
                        execution.getJobParameters().getLocalDate("as_of"),
                        execution.getStatus(),
                        outcome,
                        took);
    }
}
