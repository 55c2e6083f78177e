package io.auditpack.audit;

import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Slice;
import java.util.List;
import java.util.Objects;

/** How a control operated: its status, the due, covered and pending slice counts and the due slices missed. */
record OperatingVerdict(OperatingStatus status, int due, int covered, int pending, List<Slice> missing) {

    OperatingVerdict {
        Objects.requireNonNull(status, "status must not be null");
        missing = List.copyOf(missing);
    }

    static OperatingVerdict notImplemented() {
        return new OperatingVerdict(OperatingStatus.NOT_IMPLEMENTED, 0, 0, 0, List.of());
    }

    /** Point-in-time packages judge no slices: an implemented control is simply not yet due. */
    static OperatingVerdict pointInTime() {
        return new OperatingVerdict(OperatingStatus.NOT_YET_DUE, 0, 0, 0, List.of());
    }
}
