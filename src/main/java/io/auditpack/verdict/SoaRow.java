package io.auditpack.verdict;

import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.OperatingStatus;
import java.util.List;
import java.util.Objects;

/**
 * One Annex A control in the Statement of Applicability. {@code justification} is the text of applicability.csv,
 * or for an applicable control without one the default reason; {@code controls} are every library control mapped
 * to it (implemented or not), in ID order; {@code design} and {@code operating} are the audit's words for it.
 */
public record SoaRow(
        String id,
        String title,
        String theme,
        boolean applicable,
        String justification,
        Implementation implementation,
        List<SoaControl> controls,
        DesignStatus design,
        OperatingStatus operating) {

    /** The justification of an applicable control that applicability.csv does not mention. */
    public static final String DEFAULT_JUSTIFICATION = "Applicable: not excluded in applicability.csv";

    public SoaRow {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(theme, "theme must not be null");
        Objects.requireNonNull(justification, "justification must not be null");
        Objects.requireNonNull(implementation, "implementation must not be null");
        controls = List.copyOf(controls);
        Objects.requireNonNull(design, "design must not be null");
        Objects.requireNonNull(operating, "operating must not be null");
        if (applicable == (implementation == Implementation.EXCLUDED)) {
            throw new IllegalArgumentException(id + ": applicable " + applicable + " but " + implementation.word());
        }
    }
}
