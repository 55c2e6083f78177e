package io.auditpack.input;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small valid input folder in a temporary directory; tests overwrite one file to break it. */
final class InputFolder {
    static final String CONTROLS = """
            control_id,title,owner,frequency,expected_evidence
            AC-01,Access review,Dana,quarterly,Review ticket
            CM-02,Change approval,Sam,monthly,Approved change
            """;
    static final String MAPPINGS = """
            control_id,framework,requirement_id
            AC-01,SOC2,CC6.2
            CM-02,ISO27001,A.8.32
            """;
    static final String EVIDENCE = """
            evidence_id,control_ids,title,type,performed_on
            EV-1,AC-01,Q1 review,review,2026-03-31
            """;

    final Path dir;

    InputFolder(Path dir) {
        this.dir = dir;
        write("controls.csv", CONTROLS);
        write("mappings.csv", MAPPINGS);
        write("evidence.csv", EVIDENCE);
    }

    InputFolder write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    InputFolder write(String name, byte[] bytes) {
        try {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputFolder delete(String name) {
        try {
            Files.delete(dir.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputSet load() {
        try {
            return InputLoader.load(dir, Catalog.builtIn());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> errors() {
        return load().findings().stream().filter(Finding::isError).toList();
    }

    /** The only error of the load (fails when there is not exactly one). */
    Finding onlyError() {
        List<Finding> errors = errors();
        if (errors.size() != 1) {
            throw new AssertionError("expected one error, got:\n"
                    + String.join("\n", errors.stream().map(Finding::describe).toList()));
        }
        return errors.get(0);
    }
}
