package io.auditpack.verdict;

import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.OperatingStatus;
import java.util.List;
import java.util.Objects;

/**
 * One Annex A control in the Statement of Applicability. {@code justification} is the text of applicability.csv:
 * the justification for inclusion of an applicable control (empty when applicability.csv gives none) or for the
 * exclusion of an excluded one; {@code controls} are every library control mapped to it (implemented or not), in ID
 * order; {@code design} and {@code operating} are the audit's words for it. {@code unjustified} flags an included
 * control without a justification for inclusion (ISO/IEC 27001:2022 6.1.3 d asks for one).
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
        OperatingStatus operating,
        boolean unjustified) {

    /** The flag shown beside an included control without a justification for inclusion. */
    public static final String UNJUSTIFIED = "no justification for inclusion";

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
        if (unjustified && !applicable) {
            throw new IllegalArgumentException(id + ": an excluded control is flagged as an unjustified inclusion");
        }
    }
}
