package io.auditpack.cli;

import io.auditpack.domain.Words;
import io.auditpack.guard.JobBusyException;
import io.auditpack.guard.JobLock;
import io.auditpack.guard.LockHolder;
import io.auditpack.input.JobFileReader;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.pack.version.VersionStore;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Checks the default H2 run history ({@code <output>/.auditpack/history.mv.db}) before Spring opens it. A file that
 * H2 finds corrupt or truncated is never opened as it is, nor deleted: it is moved aside to
 * {@code history-corrupt-<time>.mv.db}, H2's recovery tool copies every run record it can still read into a new
 * history, and the caller is told what happened ({@link Repaired}). Published packs are files in the output folder
 * and are never touched. Only a damaged file triggers this: any other failure to open the database (a full disk, a
 * lock held by another process) is left to the normal error handling.
 */
final class HistoryRepair {
    static final String FILE = "history.mv.db";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What the repair did: where the damaged file is kept, what H2 said, and how many run records were copied. */
    record Repaired(Path damaged, Path kept, String reason, int runsRecovered) {
        /** One line for the run's output: what happened, and what to do with the kept file. */
        String describe() {
            return "the run history " + damaged + " was corrupt or truncated (" + reason + "); it was moved to "
                    + kept.getFileName() + " beside it (keep it for investigation or delete it) and the "
                    + Words.count(runsRecovered, "run record") + " that could still be read "
                    + (runsRecovered == 1 ? "was" : "were") + " copied into a new history; "
                    + "the published packs were not touched";
        }
    }

    private HistoryRepair() {}

    /** Repairs the embedded history of an output folder when it is damaged; empty when there was nothing to do. */
    static Optional<Repaired> ifDamaged(Path outputRoot, Database database) throws IOException {
        Path file = BatchContext.databaseFolder(outputRoot).resolve(FILE);
        if (!database.embedded() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (damage(database.url()).isEmpty()) {
            return Optional.empty();
        }
        LockHolder me = LockHolder.thisProcess("history-repair", "history repair");
        try (JobLock lock = JobLock.acquire(".history-repair", outputRoot, me, Duration.ofMinutes(2), note -> {})) {
            Optional<String> reason = damage(database.url());
            if (reason.isEmpty() || !Files.isRegularFile(file)) {
                return Optional.empty(); // repaired meanwhile by another process
            }
            return Optional.of(repair(file, database, reason.get()));
        } catch (JobBusyException e) {
            throw new IOException("the run history " + file
                    + " is damaged and another process has been repairing it for" + " 2 minutes; run again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while repairing the run history " + file, e);
        }
    }

    /** What H2 says is wrong with the file, when it is damaged (corrupt, truncated, not a database); else empty. */
    static Optional<String> damage(String url) {
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                Statement statement = connection.createStatement()) {
            for (String table : new String[] {"BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION"}) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                } catch (SQLException missing) {
                    if (damaged(missing).isPresent()) {
                        return damaged(missing);
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return damaged(e);
        }
    }

    private static Optional<String> damaged(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MVStoreException store) {
                int code = store.getErrorCode();
                boolean truncated = code == DataUtils.ERROR_READING_FAILED && store.getCause() instanceof EOFException;
                if (truncated) {
                    return Optional.of("truncated: H2 expected more bytes than the file holds");
                }
                if (code == DataUtils.ERROR_FILE_CORRUPT || code == DataUtils.ERROR_UNSUPPORTED_FORMAT) {
                    return Optional.of(
                            "H2 says: " + String.valueOf(store.getMessage()).replaceAll(" \\[[0-9./]+]$", ""));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The published versions of the output folder whose publishing run has no record in the history (after a repair:
     * the records that were dropped), as {@code <job> v<NNNN>}.
     */
    static List<String> unrecorded(JobRepository repository, Path outputRoot) {
        List<String> lost = new ArrayList<>();
        Path root = outputRoot.toAbsolutePath().normalize();
        for (String job : jobFolders(root)) {
            Set<Integer> recorded = new HashSet<>();
            for (JobInstance instance : repository.getJobInstances(job, 0, Integer.MAX_VALUE)) {
                for (JobExecution execution : repository.getJobExecutions(instance)) {
                    var context = execution.getExecutionContext();
                    if ("published".equals(context.get("outcome")) && context.containsKey("version")) {
                        recorded.add(context.getInt("version"));
                    }
                }
            }
            try {
                for (PublishedVersion version : new VersionStore(root, job).versions()) {
                    if (!recorded.contains(version.version())) {
                        lost.add(job + " v%04d".formatted(version.version()));
                    }
                }
            } catch (IOException unreadable) {
                lost.add(job + " (its versions cannot be listed: " + unreadable.getMessage() + ")");
            }
        }
        return lost;
    }

    private static List<String> jobFolders(Path root) {
        List<String> jobs = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (Files.isDirectory(folder) && JobFileReader.isJobName(name)) {
                    jobs.add(name);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        jobs.sort(null);
        return jobs;
    }

    private static Repaired repair(Path file, Database database, String reason) throws IOException {
        Path folder = Objects.requireNonNull(file.getParent(), "the history file lies in a folder");
        String keptName = "history-corrupt-" + STAMP.format(Instant.now());
        Path kept = folder.resolve(keptName + ".mv.db");
        Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(folder.resolve("history.trace.db"));
        int recovered = 0;
        Path script = folder.resolve(keptName + ".h2.sql");
        try {
            Recover recover = new Recover();
            recover.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            recover.runTool("-dir", folder.toString(), "-db", keptName);
            if (Files.isRegularFile(script)) {
                RunScript.execute(database.url(), "sa", "", script.toString(), StandardCharsets.UTF_8, true);
                recovered = runs(database.url());
            }
        } catch (SQLException | RuntimeException unreadable) {
            // nothing more can be read from it: the new history starts empty
        } finally {
            cleanUp(folder, keptName);
        }
        return new Repaired(file, kept, reason, recovered);
    }

    private static int runs(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Removes what the recovery tool wrote beside the kept file (its script and dumps hold the data twice). */
    private static void cleanUp(Path folder, String keptName) throws IOException {
        try (DirectoryStream<Path> made = Files.newDirectoryStream(folder, keptName + ".*")) {
            for (Path path : made) {
                if (!path.getFileName().toString().endsWith(".mv.db")) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
