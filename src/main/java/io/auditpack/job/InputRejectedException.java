package io.auditpack.job;

import io.auditpack.domain.Finding;
import java.util.List;

/** Ends a run whose inputs have errors: the findings name each file, line, column and value. */
public final class InputRejectedException extends RuntimeException {
    private final transient List<Finding> errors;

    public InputRejectedException(List<Finding> errors) {
        super(errors.size() + " input error(s); first: " + errors.get(0).describe());
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }
}
