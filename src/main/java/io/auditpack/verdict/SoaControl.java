package io.auditpack.verdict;

import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Words;
import java.util.Objects;

/** A control of the library mapped to an Annex A control, with its library status and its operating status. */
public record SoaControl(String id, String title, ControlStatus libraryStatus, OperatingStatus status) {
    public SoaControl {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(libraryStatus, "libraryStatus must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }

    /** {@code CM-01 (effective)}, or {@code PHY-01 (planned)} for a control not implemented. */
    public String label() {
        return id + " (" + (libraryStatus == ControlStatus.IMPLEMENTED ? status.word() : Words.word(libraryStatus))
                + ")";
    }

    /** {@code CM-01 (implemented)}: the library status only, for packages that judge no operation. */
    public String libraryLabel() {
        return id + " (" + Words.word(libraryStatus) + ")";
    }
}
