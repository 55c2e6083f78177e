package io.auditpack.job;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import io.auditpack.pack.publish.PublishOutcome;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a run ended. {@code published}/{@code unchanged} carry the publish outcome and the audit result;
 * {@code rejected} the input errors; {@code failed} the reason; {@code busy} (another run held the job's lock past
 * the wait, nothing was written) the message naming that run.
 */
public record RunOutcome(
        Kind kind,
        @Nullable PublishOutcome publish,
        @Nullable AuditResult result,
        List<Finding> errors,
        String reason) {

    /** The ways a run ends; each maps to one exit code of the command line. */
    public enum Kind {
        PUBLISHED,
        UNCHANGED,
        REJECTED,
        FAILED,
        BUSY
    }

    public RunOutcome {
        Objects.requireNonNull(kind, "kind must not be null");
        errors = List.copyOf(errors);
        reason = Objects.requireNonNullElse(reason, "");
    }

    public static RunOutcome completed(PublishOutcome publish, AuditResult result) {
        return new RunOutcome(publish.published() ? Kind.PUBLISHED : Kind.UNCHANGED, publish, result, List.of(), "");
    }

    public static RunOutcome rejected(List<Finding> errors) {
        return new RunOutcome(Kind.REJECTED, null, null, errors, "");
    }

    public static RunOutcome failed(String reason) {
        return new RunOutcome(Kind.FAILED, null, null, List.of(), reason);
    }

    public static RunOutcome busy(@Nullable String message) {
        return new RunOutcome(Kind.BUSY, null, null, List.of(), message == null ? "" : message);
    }
}
