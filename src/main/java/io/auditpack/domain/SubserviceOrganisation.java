package io.auditpack.domain;

import java.util.List;
import java.util.Objects;

/**
 * A subservice organisation of the SOC 2 description (DC 7): its name, the services it provides, whether its
 * controls are carved out of the description (AICPA carve-out method) or included (inclusive method), and the
 * complementary subservice organisation controls (CSOCs) the service organisation assumes of it.
 */
public record SubserviceOrganisation(String name, String services, boolean carvedOut, List<String> csocs) {
    public SubserviceOrganisation {
        Objects.requireNonNull(name, "name must not be null");
        services = Objects.requireNonNullElse(services, "");
        csocs = List.copyOf(csocs);
    }

    /** {@code carve-out} or {@code inclusive}: the words of scope.yaml's {@code method}. */
    public String method() {
        return carvedOut ? "carve-out" : "inclusive";
    }
}
