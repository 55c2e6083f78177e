package io.auditpack.cli;

import io.auditpack.distributed.InputFingerprint;
import io.auditpack.distributed.JobPartition;
import io.auditpack.distributed.channel.ChannelConfiguration;
import io.auditpack.distributed.manager.DistributedRunAll;
import io.auditpack.distributed.manager.ManagerSettings;
import io.auditpack.distributed.manager.PartitionListener;
import io.auditpack.distributed.manager.PartitionResult;
import io.auditpack.domain.PackageType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code run-all --distributed}, once every job is validated: each job becomes a partition (with the day it runs as
 * of and a fingerprint of its input folder as read here), the manager sends them to the workers through PostgreSQL
 * and prints each job's outcome as it ends, then a summary. Exit 0 when every job published or was unchanged, 1
 * when a job failed twice (each attempt's reason is printed) or the manager was stopped.
 */
final class ManagerRun {
    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputOptions output;
    private final ManagerSettings settings;
    private final Duration lockWait;

    ManagerRun(PrintWriter out, PrintWriter err, OutputOptions output, ManagerSettings settings, Duration lockWait) {
        this.out = out;
        this.err = err;
        this.output = output;
        this.settings = settings;
        this.lockWait = lockWait;
    }

    int run(List<PreparedRun> prepared, Clock clock) throws Exception {
        Instant started = Instant.now();
        List<JobPartition> partitions = new ArrayList<>();
        for (PreparedRun run : prepared) {
            var job = run.job();
            partitions.add(new JobPartition(
                    job.name(),
                    job.file().toAbsolutePath().normalize(),
                    job.input(),
                    job.output(),
                    run.asOf(),
                    lockWait,
                    InputFingerprint.of(job.input()),
                    job.packageType() == PackageType.MANAGEMENT_REVIEW ? 1 : 0));
        }
        String runId = PreparedRun.newRunId(clock);
        long reviews = partitions.stream().filter(p -> p.wave() == 1).count();
        say(
                "run-all --distributed: %d job(s) sent to the workers%s; run %s",
                partitions.size(),
                reviews == 0 ? "" : " (" + reviews + " management review(s) after the others)",
                runId);
        StopSignals signals = StopSignals.install();
        DistributedRunAll.Outcome outcome;
        try (ConfigurableApplicationContext context = BatchContext.open(
                partitions.get(0).output(),
                new BatchContext.LogSetup(output.json(), output.json()),
                Map.of(),
                ChannelConfiguration.PROFILE)) {
            outcome = context.getBean(DistributedRunAll.class)
                    .run(
                            runId,
                            partitions,
                            settings,
                            new Printing(),
                            signals::requested,
                            text -> say("  note      %s", text));
        }
        return summary(outcome, partitions.size(), Duration.between(started, Instant.now()));
    }

    private int summary(DistributedRunAll.Outcome outcome, int jobs, Duration took) {
        Map<String, Integer> byWorker = new TreeMap<>();
        int published = 0;
        int unchanged = 0;
        int failed = 0;
        for (PartitionResult result : outcome.results()) {
            switch (result.kind()) {
                case PUBLISHED -> published++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failed++;
            }
            if (!result.failed()) {
                byWorker.merge(result.worker(), 1, Integer::sum);
            }
        }
        int notRun = jobs - outcome.results().size();
        StringBuilder workers = new StringBuilder();
        byWorker.forEach((worker, count) -> workers.append(workers.isEmpty() ? "" : ", ")
                .append(worker)
                .append(' ')
                .append(count));
        say(
                Locale.ROOT,
                "distributed run: %d job(s): %d published, %d unchanged, %d failed%s; by worker: %s; took %.1f s",
                jobs,
                published,
                unchanged,
                failed,
                notRun == 0 ? "" : ", " + notRun + " not run",
                workers.isEmpty() ? "none" : workers,
                took.toMillis() / 1000.0);
        if (outcome.status() == BatchStatus.STOPPED || notRun > 0) {
            err.println("auditpack: the manager was stopped before every job ended; the jobs not run are left to "
                    + "the next run-all (the workers drop their requests)");
            return ExitCodes.UNEXPECTED;
        }
        return failed == 0 && outcome.status() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.UNEXPECTED;
    }

    private void say(String format, Object... args) {
        say(Locale.ROOT, format, args);
    }

    private void say(Locale locale, String format, Object... args) {
        if (!output.quiet || format.startsWith("distributed run")) {
            out.println(String.format(locale, format, args));
            out.flush();
        }
    }

    /** Prints each job's outcome as it ends. */
    private final class Printing implements PartitionListener {
        @Override
        public void ended(PartitionResult result) {
            String by = result.worker().isEmpty() ? "" : " (worker " + result.worker() + attempts(result) + ")";
            switch (result.kind()) {
                case PUBLISHED -> {
                    say("%s: published %s%s", result.job(), shown(result.zip()), by);
                    say("  sha256    %s", result.sha256());
                }
                case UNCHANGED ->
                    say(
                            "%s: unchanged: the content equals v%04d (%s); nothing published%s",
                            result.job(), result.version(), shown(result.zip()), by);
                case FAILED -> {
                    err.printf(
                            "auditpack: %s failed %d time(s), so the run fails:%n",
                            result.job(), result.reasons().size());
                    for (int i = 0; i < result.reasons().size(); i++) {
                        err.printf("  attempt %d: %s%n", i + 1, result.reasons().get(i));
                    }
                    err.flush();
                }
            }
        }

        @Override
        public void redispatched(String job, int attempt, String why) {
            say("  note      %s: sent to the workers again (attempt %d): %s", job, attempt, why);
        }

        private String attempts(PartitionResult result) {
            return result.attempts() > 1 ? ", attempt " + result.attempts() : "";
        }

        private String shown(String zip) {
            Path cwd = Path.of("").toAbsolutePath();
            Path path = Path.of(zip).toAbsolutePath().normalize();
            return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
        }
    }
}
