package io.auditpack.corpus;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Finding;
import io.auditpack.input.InputException;
import io.auditpack.input.InputLoader;
import io.auditpack.input.JobFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Feeds the bytes of one input file to the real reader (a job file to {@link JobFileReader}, any other file to
 * {@link InputLoader} in a copy of the corpus base, the workbook in a base turned into workbook.xlsx) and returns the
 * findings. Anything else a reader throws escapes: that is what the fuzz and property tests look for.
 */
final class ReaderProbe {
    static final List<String> FILES = List.of(
            "controls.csv",
            "mappings.csv",
            "evidence.csv",
            "applicability.csv",
            "scope.yaml",
            "job.yaml",
            "workbook.xlsx");

    private final Path job;
    private final Path csvFolder;
    private final Path workbookFolder;

    ReaderProbe(Path tmp) {
        this.job = tmp.resolve("probe-job/jobs/job.yaml");
        this.csvFolder =
                CorpusFolder.base(tmp.resolve("probe-csv"), List.of()).root.resolve("input");
        this.workbookFolder = CorpusFolder.base(tmp.resolve("probe-xlsx"), List.of("workbook"))
                .root
                .resolve("input");
    }

    List<Finding> read(String file, byte[] bytes) throws IOException {
        if (file.equals("job.yaml")) {
            Files.createDirectories(job.getParent());
            Files.write(job, bytes);
            try {
                JobFileReader.read(job);
                return List.of();
            } catch (InputException e) {
                if (e.findings().isEmpty()) {
                    throw new AssertionError("an InputException without findings");
                }
                return e.findings();
            }
        }
        Path folder = file.endsWith(".xlsx") ? workbookFolder : csvFolder;
        Path target = folder.resolve(file);
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
        Files.write(target, bytes);
        try {
            return InputLoader.load(folder, Catalog.builtIn()).findings();
        } finally {
            if (before != null) {
                Files.write(target, before);
            }
        }
    }

    /** A finding a person can read: one line, a short value, and an error always names its file. */
    static void assertOneReadableLine(Finding finding) {
        String line = finding.describe();
        if (line.contains("\n") || line.contains("\r") || line.contains("\0")) {
            throw new AssertionError("a finding on more than one line: " + line.replace("\n", "\\n"));
        }
        if (finding.value().length() > 300 || line.length() > 5_000) {
            throw new AssertionError("a finding too long to read: " + line.substring(0, 300));
        }
        if (finding.isError() && finding.file().isEmpty()) {
            throw new AssertionError("an error naming no file: " + line);
        }
    }
}
