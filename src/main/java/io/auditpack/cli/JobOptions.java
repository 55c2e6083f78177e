package io.auditpack.cli;

import io.auditpack.input.InputException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** The job file and the options shared by the commands that run or validate one job. */
final class JobOptions {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
    Path jobFile;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Pins \"today\" (default: the job's as_of, else the current date in the job's time zone).")
    LocalDate asOf;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder instead of the job's.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder instead of the job's.")
    Path output;

    /** Reads the job file and its inputs with these options; writes nothing. */
    PreparedRun prepare(Clock clock) throws InputException, IOException {
        return PreparedRun.prepare(jobFile, asOf, input, output, clock);
    }
}
