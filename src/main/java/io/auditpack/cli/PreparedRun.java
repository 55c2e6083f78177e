package io.auditpack.cli;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.SourceRef;
import io.auditpack.guard.NamedFile;
import io.auditpack.input.InputException;
import io.auditpack.input.InputLoader;
import io.auditpack.input.JobFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A job file read, its folders and as-of date settled and its inputs read, before anything is written: a run whose
 * job file or inputs are wrong stops here. {@code inputs} is null once validated for a distributed run.
 */
record PreparedRun(
        JobDefinition job, LocalDate asOf, @Nullable InputSet inputs) {

    /** The inputs read (only run-all's distributed manager drops them after validation: null there). */
    @Override
    public InputSet inputs() {
        return Objects.requireNonNull(inputs, "the inputs of this run were dropped after validation");
    }

    static PreparedRun prepare(
            Path jobFile, @Nullable LocalDate asOf, @Nullable Path input, @Nullable Path output, Clock clock)
            throws InputException, IOException {
        return prepare(jobFile, asOf, input, output, clock, job -> {});
    }

    /** As above, telling {@code jobRead} the job as soon as its file is read, before its inputs are. */
    static PreparedRun prepare(
            Path jobFile,
            @Nullable LocalDate asOf,
            @Nullable Path input,
            @Nullable Path output,
            Clock clock,
            Consumer<JobDefinition> jobRead)
            throws InputException, IOException {
        JobDefinition job = JobFileReader.read(jobFile).withFolders(absolute(input), absolute(output));
        refuseFileAsOutput(job.output(), output != null);
        jobRead.accept(job);
        SigningKeyCheck.check();
        LocalDate day =
                asOf != null ? asOf : job.asOf() != null ? job.asOf() : LocalDate.now(clock.withZone(job.timeZone()));
        return new PreparedRun(job, day, InputLoader.load(job.input(), Catalog.builtIn()));
    }

    /** A run ID unique across processes and machines, ordered by start time for people reading the history. */
    static String newRunId(Clock clock) {
        return clock.instant() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The output folder may be missing (it is made), but never a file or anything else than a folder. */
    private static void refuseFileAsOutput(Path output, boolean fromCommandLine) throws InputException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InputException(List.of(Finding.error(
                    "input.output",
                    SourceRef.of(output.toString()),
                    "",
                    "",
                    "the output folder " + NamedFile.problem(output).orElse("is a file, not a folder")
                            + "; accepted: a folder (made when missing), given by "
                            + (fromCommandLine ? "--output DIR" : "output: in the job file"))));
        }
    }

    private static @Nullable Path absolute(@Nullable Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }
}
