package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.ScopeStatement;
import java.util.List;

/**
 * The SOC 2 boundary: a control whose scope tags are all outside a stated SOC 2 boundary can't lend its evidence
 * to SOC 2 (finding {@code scope.outside_soc2_boundary} when SOC 2 is in the package). A control without tags,
 * or a scope.yaml without {@code soc2_boundary}, is never outside.
 */
final class ScopeRule {
    static final String OUTSIDE_SOC2_BOUNDARY = "scope.outside_soc2_boundary";

    private ScopeRule() {}

    /** Whether a control may count for a framework's requirements (only SOC 2 has a boundary check). */
    static boolean countsFor(Control control, Framework framework, ScopeStatement scope) {
        return framework != Framework.SOC2 || !scope.outsideSoc2Boundary(control.scope());
    }

    static List<Finding> find(AuditFrame frame, List<Control> controls, ScopeStatement scope) {
        if (!frame.covers(Framework.SOC2)) {
            return List.of();
        }
        return controls.stream()
                .filter(c -> scope.outsideSoc2Boundary(c.scope()))
                .map(c -> Finding.warning(
                        OUTSIDE_SOC2_BOUNDARY,
                        c.source(),
                        "scope",
                        String.join(";", c.scope()),
                        "control " + c.id() + " is scoped to " + String.join(", ", c.scope())
                                + ", all outside the SOC 2 boundary (" + String.join(", ", scope.soc2Boundary())
                                + "): its evidence does not count for SOC 2 and it is not packed for SOC 2"))
                .toList();
    }
}
