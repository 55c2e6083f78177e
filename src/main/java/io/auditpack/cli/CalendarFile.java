package io.auditpack.cli;

import io.auditpack.domain.JobDefinition;
import io.auditpack.report.calendar.CalendarWriter;
import io.auditpack.verdict.Deadlines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --ics FILE} of {@code auditpack due}: checked before anything is read (its folder must exist, it must
 * not be a folder, and it must lie outside the job's output folder, which holds published packs only), then written
 * atomically: the calendar goes to a temporary file beside it, moved over the file in one step.
 */
final class CalendarFile {
    private final Path file;

    private CalendarFile(Path file) {
        this.file = file;
    }

    static CalendarFile refuseOrAccept(Path given, Path output, CommandSpec spec) {
        Path file = given.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String refused = null;
        if (folder == null || !Files.isDirectory(folder)) {
            refused = "its folder does not exist";
        } else if (Files.isDirectory(file)) {
            refused = "it is a folder";
        } else if (file.startsWith(output.toAbsolutePath().normalize())) {
            refused = "it lies in the job's output folder " + output + ", which holds published packs only";
        }
        if (refused != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--ics " + given + ": " + refused + "; accepted: a file in an existing folder outside "
                            + "the output folder");
        }
        return new CalendarFile(file);
    }

    void write(JobDefinition job, Deadlines deadlines) throws IOException {
        Path folder = file.getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, CalendarWriter.calendar(job, deadlines));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
