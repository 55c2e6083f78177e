package io.auditpack.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of a scenario folder from src/test/resources/scenarios, so a test may change it freely. */
final class Scenario {
    private final Path root;

    private Scenario(Path root) {
        this.root = root;
    }

    static Scenario copy(String name, Path into) {
        try {
            Path source =
                    Path.of(Scenario.class.getResource("/scenarios/" + name).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = into.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return new Scenario(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    Path job() {
        return root.resolve("jobs/soc2-type2.yaml");
    }

    Path input(String file) {
        return root.resolve("input").resolve(file);
    }

    Path output() {
        return root.resolve("output");
    }
}
