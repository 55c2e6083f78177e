package io.auditpack.cli;

import io.auditpack.domain.Finding;
import io.auditpack.input.InputException;
import io.auditpack.job.LaunchOptions;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import io.auditpack.progress.ProgressView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each scheduled job on its cron, one thread per job, so a job never overlaps itself in this process (and
 * the job's lock keeps it from overlapping runs of other processes). After a run the next firing is computed from
 * the time it ended: firings missed while a run lasted are skipped, not queued. {@link #stop} lets runs in
 * progress finish within a grace period, then asks them to stop (through the job operator, and by abandoning the
 * pack being written), and waits a bounded time more.
 */
final class Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.schedule");
    private static final Duration AFTER_STOP_REQUEST = Duration.ofSeconds(15);

    private final List<ScheduledJob> jobs;
    private final Function<Path, RunLauncher> launchers;
    private final RunStyle style;
    private final Clock clock;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    Scheduler(List<ScheduledJob> jobs, Function<Path, RunLauncher> launchers, RunStyle style, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.launchers = launchers;
        this.style = style;
        this.clock = clock;
    }

    void start() {
        for (ScheduledJob job : jobs) {
            Thread thread = new Thread(() -> loop(job), "schedule-" + job.name());
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops firing; lets runs finish within {@code grace}, then stops them; returns the jobs left running. */
    List<String> stop(Duration grace) throws InterruptedException {
        stopping.countDown();
        if (!inFlight.isEmpty()) {
            LOG.info(
                    "waiting up to {} s for the run(s) in progress to finish: {}",
                    grace.toSeconds(),
                    String.join(", ", inFlight.keySet()));
        }
        join(Instant.now().plus(grace));
        if (!inFlight.isEmpty()) {
            inFlight.forEach((job, run) -> {
                LOG.warn(
                        "{}: still running after {} s; asking run {} to stop (nothing will be published)",
                        job,
                        grace.toSeconds(),
                        run);
                ScheduledJob scheduled = jobs.stream()
                        .filter(j -> j.name().equals(job))
                        .findFirst()
                        .orElseThrow();
                launchers.apply(scheduled.definition().output()).stop(run);
            });
            join(Instant.now().plus(AFTER_STOP_REQUEST));
        }
        return List.copyOf(inFlight.keySet());
    }

    private void join(Instant deadline) throws InterruptedException {
        for (Thread thread : threads) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left > 0) {
                thread.join(left);
            }
        }
    }

    private void loop(ScheduledJob job) {
        try {
            while (stopping.getCount() > 0) {
                ZonedDateTime next = job.next(ZonedDateTime.now(clock));
                LOG.atInfo()
                        .addKeyValue("job", job.name())
                        .addKeyValue("next", next.toOffsetDateTime().toString())
                        .log("{}: next run at {}", job.name(), next.toOffsetDateTime());
                long waitMillis =
                        Duration.between(ZonedDateTime.now(clock), next).toMillis();
                if (waitMillis > 0 && stopping.await(waitMillis, TimeUnit.MILLISECONDS)) {
                    return;
                }
                runOnce(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("{}: the schedule of this job stopped: {}", job.name(), e.toString());
        }
    }

    private void runOnce(ScheduledJob job) {
        Instant started = Instant.now();
        String runId = PreparedRun.newRunId(clock);
        PreparedRun prepared;
        try {
            prepared = PreparedRun.prepare(job.file(), null, null, null, clock);
        } catch (InputException e) {
            RunLog.rejected(job.name(), e.findings());
            RunLog.ended(job.name(), RunOutcome.rejected(e.findings()), Duration.between(started, Instant.now()));
            return;
        } catch (Exception e) {
            RunLog.ended(job.name(), RunOutcome.failed(e.toString()), Duration.between(started, Instant.now()));
            return;
        }
        String name = prepared.job().name();
        List<Finding> errors =
                prepared.inputs().findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            RunLog.rejected(name, errors);
            RunLog.ended(name, RunOutcome.rejected(errors), Duration.between(started, Instant.now()));
            return;
        }
        RunLog.started(name, runId, prepared.asOf());
        inFlight.put(name, runId);
        RunOutcome outcome;
        try (ProgressView progress = style.output().quiet
                ? ProgressView.NONE
                : io.auditpack.progress.ProgressLines.every(
                        io.auditpack.progress.ProgressLines.EVERY, line -> RunLog.progress(name, line))) {
            outcome = launchers
                    .apply(prepared.job().output())
                    .launch(
                            new RunRequest(prepared.job(), prepared.asOf(), runId),
                            prepared.inputs(),
                            new LaunchOptions(
                                    style.lockWait(), text -> RunLog.notice(name, text), progress, "schedule"));
        } catch (Exception e) {
            outcome = RunOutcome.failed(e.toString());
        } finally {
            inFlight.remove(name);
        }
        RunLog.ended(name, outcome, Duration.between(started, Instant.now()));
    }
}
