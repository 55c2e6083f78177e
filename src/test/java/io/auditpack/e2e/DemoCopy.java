package io.auditpack.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the demo's input/ and jobs/ folders (from the project root), so a test may change and run them. */
final class DemoCopy {
    private DemoCopy() {}

    static void into(Path folder) throws IOException {
        copyTree(Path.of("input"), folder.resolve("input"));
        copyTree(Path.of("jobs"), folder.resolve("jobs"));
    }

    static void copyTree(Path from, Path to) throws IOException {
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
