package io.auditpack.input;

import io.auditpack.domain.Finding;
import java.util.List;
import java.util.stream.Collectors;

/** A file the user wrote could not be read; {@link #findings()} says where and why, one finding per problem. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public InputException(List<Finding> findings) {
        super(findings.stream().map(Finding::describe).collect(Collectors.joining("\n")), null, false, false);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
