package io.auditpack.cli;

import io.auditpack.distributed.channel.ChannelConfiguration;
import io.auditpack.distributed.worker.Worker;
import io.auditpack.distributed.worker.WorkerConfiguration;
import io.auditpack.distributed.worker.WorkerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code worker}: long-running; takes the jobs that {@code run-all --distributed} sends through PostgreSQL, one at a
 * time, and runs each end to end under the job's lock, until SIGTERM or Ctrl-C. Needs the same PostgreSQL settings
 * as the manager and the same paths to the inputs and outputs (a shared file system).
 */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = {
            "Long-running: takes the jobs sent by run-all --distributed (through PostgreSQL, AUDITPACK_DB_URL), one "
                    + "at a time, and runs each end to end under the job's lock, until SIGTERM or Ctrl-C. On "
                    + "SIGTERM it takes no new job, lets the one in progress finish within --stop-timeout, else "
                    + "stops it and hands it back to the manager."
        })
final class WorkerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.worker");

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The worker's name in logs and reports (default: pid@host).")
    String name;

    @Option(
            names = "--heartbeat",
            paramLabel = "DURATION",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "How often the worker beats while it runs a job (default 5s); keep it well under the "
                    + "manager's --worker-timeout.")
    Duration heartbeat;

    @Option(
            names = "--poll",
            paramLabel = "DURATION",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "How often an idle worker looks for a job (default 1s).")
    Duration poll;

    @Option(
            names = "--stop-timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "On SIGTERM or Ctrl-C, how long the job in progress may take to finish before it is "
                    + "stopped and handed back (default 30s).")
    Duration stopTimeout;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Database.forOutput(Path.of("output")).postgres()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "auditpack: " + Database.distributedNeedsPostgres("worker"));
        }
        if (heartbeat.isZero() || poll.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--heartbeat and --poll must be positive");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (name != null) {
            properties.put(WorkerSettings.NAME, name);
        }
        properties.put(WorkerSettings.HEARTBEAT_MS, heartbeat.toMillis());
        properties.put(WorkerSettings.POLL_MS, poll.toMillis());
        // a worker needs few connections (poller, heartbeat, the job's own steps): 100 workers stay within 400
        properties.put("spring.datasource.hikari.maximum-pool-size", 4);
        // a failed job is reported once, with its reason, by the worker's own log line (not as a stack trace)
        properties.put("logging.level.org.springframework.batch.core.step.AbstractStep", "OFF");
        StopSignals signals = StopSignals.install();
        BatchContext.LogSetup logs = new BatchContext.LogSetup(true, output.json());
        try (ConfigurableApplicationContext context = BatchContext.open(
                Path.of("output"), logs, properties, ChannelConfiguration.PROFILE, WorkerConfiguration.PROFILE)) {
            Worker worker = context.getBean(Worker.class);
            worker.start();
            LOG.info(
                    "auditpack worker {} started (pid {}): takes the jobs of run-all --distributed, one at a time",
                    worker.settings().name(),
                    ProcessHandle.current().pid());
            signals.await();
            LOG.info("stop requested ({}): no new job is taken", signals.signal());
            Worker.Stopped stopped = worker.stop(stopTimeout, Duration.ofSeconds(30));
            LOG.info("auditpack worker {} stopped: {}", worker.settings().name(), words(stopped));
            return ExitCodes.OK;
        }
    }

    private static String words(Worker.Stopped stopped) {
        return switch (stopped) {
            case IDLE -> "no job was in progress";
            case FINISHED -> "the job in progress finished";
            case HANDED_BACK -> "the job in progress was stopped and handed back to the manager";
            case ABANDONED ->
                "the job in progress did not stop in time; the manager dispatches it again once its heartbeat stops";
        };
    }
}
