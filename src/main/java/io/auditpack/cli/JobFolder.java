package io.auditpack.cli;

import io.auditpack.domain.Finding;
import io.auditpack.domain.SourceRef;
import io.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The job files of a folder: every regular {@code *.yaml} file, in name order. */
final class JobFolder {
    private JobFolder() {}

    static List<Path> list(Path jobs) throws IOException, InputException {
        if (!Files.isDirectory(jobs)) {
            throw new InputException(List.of(Finding.error(
                    "input.job",
                    SourceRef.of(jobs.toString()),
                    "",
                    "",
                    "no such job folder; give one with --jobs DIR")));
        }
        try (Stream<Path> files = Files.list(jobs)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new InputException(List.of(Finding.error(
                        "input.job", SourceRef.of(jobs.toString()), "", "", "the folder holds no *.yaml job file")));
            }
            return found;
        }
    }
}
