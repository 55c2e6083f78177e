package io.auditpack.distributed.manager;

import io.auditpack.distributed.EvidenceRange;
import io.auditpack.distributed.EvidenceRanges;
import io.auditpack.distributed.JobPartition;
import io.auditpack.distributed.channel.Beats;
import io.auditpack.pack.EvidencePreparation;
import io.auditpack.pack.zip.PreparedEntry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;

/**
 * Level two of the distributed run: the evidence of one large job prepared by the workers, the manager (the process
 * running the job) writing the pack. The files are split into {@code ranges} ranges of controls
 * ({@link EvidenceRanges}); each range is a partition of a Spring Batch job of its own ({@value #JOB}, step
 * {@value #STEP}) sent through the same PostgreSQL channel and watched by {@link WatchedPartitionHandler} (a silent
 * worker's range is sent again, a range that fails twice fails the run with both reasons). The job is started on a
 * thread of its own, outside the transaction of the step that builds the pack, so the workers see its partitions.
 */
public final class RemoteEvidence implements EvidencePreparation {
    /** The job name of the evidence partitions in the job repository. */
    public static final String JOB = "auditpack-split-evidence";
    /** The manager's partition step of that job. */
    public static final String STEP = "split-evidence";

    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.manager");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Beats beats;
    private final QueueChannel partitionRequests;
    private final ManagerSettings settings;
    private final int ranges;
    private final Consumer<String> notices;

    public RemoteEvidence(
            JobOperator operator,
            JobRepository repository,
            Beats beats,
            QueueChannel partitionRequests,
            ManagerSettings settings,
            int ranges,
            Consumer<String> notices) {
        if (ranges < 1) {
            throw new IllegalArgumentException("at least one range: " + ranges);
        }
        this.operator = operator;
        this.repository = repository;
        this.beats = beats;
        this.partitionRequests = partitionRequests;
        this.settings = settings;
        this.ranges = ranges;
        this.notices = notices;
    }

    @Override
    public Map<Path, PreparedEntry> prepare(String job, List<EvidenceFile> files, Path workFolder) throws IOException {
        Path folder = Files.createDirectories(workFolder.resolve("ranges"));
        List<List<EvidenceFile>> split = EvidenceRanges.split(files, ranges);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        Map<String, Path> lists = new HashMap<>();
        for (int i = 0; i < split.size(); i++) {
            List<EvidenceFile> range = split.get(i);
            String label = "%s evidence %d/%d (%s..%s, %d files)"
                    .formatted(
                            job,
                            i + 1,
                            split.size(),
                            EvidenceRanges.control(range.get(0).firstPath()),
                            EvidenceRanges.control(range.get(range.size() - 1).firstPath()),
                            range.size());
            Path list = folder.resolve("range-%03d.list".formatted(i + 1));
            EvidenceRange.writeList(list, range);
            Path rangeFolder = Files.createDirectories(folder.resolve("range-%03d".formatted(i + 1)));
            partitions.put(label, new EvidenceRange(label, list, rangeFolder).context());
            lists.put(label, list);
        }
        notices.accept("the evidence (" + files.size() + " files) goes to the workers in " + split.size()
                + " range(s) of controls");
        List<PartitionResult> results = Collections.synchronizedList(new ArrayList<>());
        BatchStatus status = runOnOwnThread(job, partitions, results);
        List<String> failures = new ArrayList<>();
        Map<Path, PreparedEntry> entries = new HashMap<>();
        for (PartitionResult result : results) {
            if (result.failed()) {
                failures.add(result.job() + " failed " + result.reasons().size() + " time(s): "
                        + String.join("; ", numbered(result.reasons())));
            } else {
                entries.putAll(EvidenceRange.readResult(
                        Objects.requireNonNull(lists.get(result.job()), result.job()), Path.of(result.zip())));
            }
        }
        if (!failures.isEmpty()) {
            throw new IOException("the workers could not prepare the evidence, so nothing was published: "
                    + String.join(" | ", failures));
        }
        if (status != BatchStatus.COMPLETED || entries.size() != files.size()) {
            throw new IOException("the evidence was not prepared (the manager's step ended " + status + ", "
                    + entries.size() + " of " + files.size() + " files ready); nothing was published");
        }
        return entries;
    }

    private BatchStatus runOnOwnThread(
            String job, Map<String, ExecutionContext> partitions, List<PartitionResult> results) throws IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread named = new Thread(task, "auditpack-split-evidence");
            named.setDaemon(true);
            return named;
        });
        try {
            return thread.submit(() -> run(job, partitions, results)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the workers prepared the evidence");
        } catch (ExecutionException e) {
            throw new IOException("sending the evidence to the workers failed: " + e.getCause(), e.getCause());
        } finally {
            thread.shutdownNow();
        }
    }

    private BatchStatus run(String job, Map<String, ExecutionContext> partitions, List<PartitionResult> results)
            throws Exception {
        PartitionListener listener = new PartitionListener() {
            @Override
            public void ended(PartitionResult result) {
                results.add(result);
                notices.accept(
                        result.failed()
                                ? result.job() + ": failed"
                                : result.job() + ": prepared by worker " + result.worker()
                                        + (result.attempts() > 1 ? ", attempt " + result.attempts() : ""));
            }

            @Override
            public void redispatched(String range, int attempt, String why) {
                notices.accept(range + ": sent to the workers again (attempt " + attempt + "): " + why);
            }
        };
        Partitioner partitioner = gridSize -> partitions;
        Step step = new StepBuilder(STEP, repository)
                .partitioner(JobPartition.WORKER_STEP, partitioner)
                .partitionHandler(new WatchedPartitionHandler(
                        repository,
                        beats,
                        new MessagingTemplate(partitionRequests),
                        settings,
                        listener,
                        () -> Thread.currentThread().isInterrupted()))
                .build();
        Job split = new JobBuilder(JOB, repository).start(step).build();
        JobExecution execution = operator.start(
                split,
                new JobParametersBuilder()
                        .addString("run", Instant.now() + "-" + UUID.randomUUID())
                        .addString("job", job, false)
                        .toJobParameters());
        LOG.info("{}: evidence partitions ended {}", job, execution.getStatus());
        return execution.getStatus();
    }

    private static List<String> numbered(List<String> reasons) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            lines.add("attempt " + (i + 1) + ": " + reasons.get(i));
        }
        return lines;
    }
}
