package io.auditpack.cli;

import io.auditpack.domain.Finding;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.SourceRef;
import io.auditpack.input.InputException;
import io.auditpack.input.JobFileReader;
import io.auditpack.job.RunLauncher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code schedule [--jobs DIR]}: long-running; runs each job of the folder on its {@code schedule:} cron, in its
 * {@code time_zone}, until SIGTERM or Ctrl-C. Every job file is read at start-up: an invalid one (a bad cron
 * included) is an input error and nothing starts. Jobs without a schedule are skipped with a note.
 */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = {
            "Runs each job in the folder on its schedule: cron (Spring's six fields, in the job's "
                    + "time_zone) until stopped with SIGTERM or Ctrl-C. One run of a job at a time; logs each run's "
                    + "start, outcome and headline figures."
        })
final class ScheduleCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.schedule");

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs", description = "Job folder (default: jobs).")
    Path jobs;

    @Option(
            names = "--wait",
            paramLabel = "DURATION",
            defaultValue = "5m",
            converter = DurationConverter.class,
            description = "How long a scheduled run waits when another run of its job holds it (default 5m); "
                    + "after that the firing is skipped.")
    Duration lockWait;

    @Option(
            names = "--stop-timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "On SIGTERM or Ctrl-C, how long a run in progress may take to finish before it is asked "
                    + "to stop (default 30s).")
    Duration stopTimeout;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        List<JobDefinition> all = readAll(JobFolder.list(jobs));
        List<ScheduledJob> scheduled = all.stream()
                .filter(job -> job.schedule() != null)
                .map(job -> ScheduledJob.of(job.file(), job))
                .toList();
        if (scheduled.isEmpty()) {
            throw new InputException(List.of(Finding.error(
                    "input.job",
                    SourceRef.of(jobs.toString()),
                    "schedule",
                    "",
                    "no job in this folder has a schedule, so there is nothing to run; add "
                            + "schedule: \"0 30 2 * * *\" (Spring's six-field cron) to a job file")));
        }
        StopSignals signals = StopSignals.install();
        Map<Path, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
        BatchContext.LogSetup logs = new BatchContext.LogSetup(true, output.json());
        try {
            for (ScheduledJob job : scheduled) {
                contexts.computeIfAbsent(job.definition().output(), root -> BatchContext.open(root, logs));
            }
            Clock clock = Clock.systemUTC();
            LOG.info(
                    "auditpack schedule started (pid {}): {} job(s) scheduled from {}",
                    ProcessHandle.current().pid(),
                    scheduled.size(),
                    jobs.toAbsolutePath().normalize());
            for (ScheduledJob job : scheduled) {
                LOG.info(
                        "{}: schedule \"{}\" in {}, from {}; first run at {}",
                        job.name(),
                        job.cron(),
                        job.definition().timeZone(),
                        job.file(),
                        job.next(ZonedDateTime.now(clock)).toOffsetDateTime());
            }
            all.stream()
                    .filter(job -> job.schedule() == null)
                    .forEach(job -> LOG.info("{}: skipped: {} has no schedule: key", job.name(), job.file()));
            Scheduler scheduler = new Scheduler(
                    scheduled,
                    root -> launcher(contexts, root, logs),
                    new RunStyle(lockWait, output, "schedule"),
                    clock);
            scheduler.start();
            signals.await();
            LOG.info("stop requested ({}): no new runs start", signals.signal());
            List<String> left = scheduler.stop(stopTimeout);
            if (left.isEmpty()) {
                LOG.info("auditpack schedule stopped");
            } else {
                LOG.warn(
                        "auditpack schedule stopped; run(s) of {} did not end in time and were left to the next "
                                + "run's recovery (nothing was published by them)",
                        String.join(", ", left));
            }
            return ExitCodes.OK;
        } finally {
            contexts.values().forEach(ConfigurableApplicationContext::close);
        }
    }

    private static synchronized RunLauncher launcher(
            Map<Path, ConfigurableApplicationContext> contexts, Path root, BatchContext.LogSetup logs) {
        return contexts.computeIfAbsent(root, folder -> BatchContext.open(folder, logs))
                .getBean(RunLauncher.class);
    }

    private static List<JobDefinition> readAll(List<Path> files) throws InputException {
        List<Finding> errors = new ArrayList<>();
        List<JobDefinition> read = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            try {
                JobDefinition job = JobFileReader.read(file);
                Path clash = names.putIfAbsent(job.name(), file);
                if (clash != null) {
                    errors.add(Finding.error(
                            "input.job",
                            SourceRef.of(file.toString()),
                            "name",
                            job.name(),
                            "the job name is already used by " + clash + "; job names must be unique"));
                }
                read.add(job);
            } catch (InputException e) {
                errors.addAll(e.findings());
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return read;
    }
}
