package io.auditpack.distributed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Jobs generated from the demo for the multi-process tests: {@code organisations} copies of the demo's input folder
 * ({@code input-1}, ...), and sets of job files ({@code <set>/jobs/}), each with the demo's five jobs per
 * organisation renamed {@code org<i>-...} and writing into {@code <set>/output-<i>} (a management review reads the
 * packs of its own output folder).
 */
final class GeneratedJobs {
    static final List<String> DEMO_JOBS = List.of(
            "soc2-type1.yaml",
            "soc2-type2.yaml",
            "iso27001-stage1.yaml",
            "iso27001-stage2.yaml",
            "management-review.yaml");

    private GeneratedJobs() {}

    /** Copies the inputs once per organisation into {@code root}. */
    static void inputs(Path root, int organisations) throws IOException {
        for (int i = 1; i <= organisations; i++) {
            copyTree(Path.of("input"), root.resolve("input-" + i));
        }
    }

    /** Writes the job files into {@code root/<set>/jobs}, their packs going to {@code root/<set>/output-<i>}. */
    static Path jobs(Path root, String set, int organisations) throws IOException {
        Path folder = Files.createDirectories(root.resolve(set).resolve("jobs"));
        for (int i = 1; i <= organisations; i++) {
            for (String demo : DEMO_JOBS) {
                String text = Files.readString(Path.of("jobs", demo), StandardCharsets.UTF_8)
                        .replace("name: northwind-", "name: org" + i + "-")
                        .replace("\ninput: input\n", "\ninput: ../input-" + i + "\n")
                        .replace("\noutput: output\n", "\noutput: output-" + i + "\n");
                Files.writeString(folder.resolve("org" + i + "-" + demo), text, StandardCharsets.UTF_8);
            }
        }
        return folder;
    }

    /** Every pack of a set ({@code output-<i>/<job>/<job>-vNNNN.zip}), relative to the set's folder. */
    static List<Path> packs(Path set) throws IOException {
        try (Stream<Path> all = Files.walk(set)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .map(set::relativize)
                    .sorted()
                    .toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
