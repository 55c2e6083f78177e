package io.auditpack.cli;

import io.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The job file and the options shared by the commands that run or validate one job. */
final class JobOptions {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
    Path jobFile;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            converter = IsoDate.class,
            description = "Pins \"today\" (default: the job's as_of, else the current date in the job's time zone).")
    LocalDate asOf;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder instead of the job's.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder instead of the job's.")
    Path output;

    /** {@code --as-of} as a real day written YYYY-MM-DD, refused in words (no exception name) otherwise. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        private static final DateTimeFormatter ISO =
                DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalDate convert(String value) {
            try {
                return value.length() == 10 ? LocalDate.parse(value, ISO) : LocalDate.parse("x");
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a real day; accepted: " + "YYYY-MM-DD, e.g. 2026-06-30");
            }
        }
    }

    /** Reads the job file and its inputs with these options; writes nothing. */
    PreparedRun prepare(Clock clock) throws InputException, IOException {
        return PreparedRun.prepare(jobFile, asOf, input, output, clock);
    }

    /** As above, telling {@code jobRead} the job as soon as its file is read. */
    PreparedRun prepare(Clock clock, java.util.function.Consumer<io.auditpack.domain.JobDefinition> jobRead)
            throws InputException, IOException {
        return PreparedRun.prepare(jobFile, asOf, input, output, clock, jobRead);
    }
}
