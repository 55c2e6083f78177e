package io.auditpack.report.oscal;

import java.util.Objects;
import java.util.UUID;

/**
 * The UUIDs of one pack version's OSCAL documents: version 5 UUIDs in the project's fixed namespace
 * ({@link #NAMESPACE}, itself the version 5 UUID of {@code urn:auditpack:oscal} in the RFC's URL namespace) of the
 * name {@code auditpack:<job>:v<version>:<kind>[:<id>...]}. The job name holds no colon and every kind has at most one
 * free-text ID, last, so two different objects never share a name; a rerun of the same version gives the same UUIDs.
 */
public record OscalNames(String job, int version) {
    /** {@code 15cbf17f-8d27-594c-a6b1-2b60667760e0}: {@code uuid5(NAMESPACE_URL, "urn:auditpack:oscal")}. */
    public static final UUID NAMESPACE = UUID.fromString("15cbf17f-8d27-594c-a6b1-2b60667760e0");

    public OscalNames {
        Objects.requireNonNull(job, "job must not be null");
        if (job.contains(":")) {
            throw new IllegalArgumentException("a job name holds no colon: " + job);
        }
    }

    /** The UUID of an object of {@code kind} named by {@code ids}, as text. */
    public String uuid(String kind, String... ids) {
        StringBuilder name = new StringBuilder("auditpack:")
                .append(job)
                .append(":v")
                .append(version)
                .append(':')
                .append(kind);
        for (String id : ids) {
            name.append(':').append(id);
        }
        return NameUuid.v5(NAMESPACE, name.toString()).toString();
    }
}
