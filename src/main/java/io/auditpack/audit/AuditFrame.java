package io.auditpack.audit;

import io.auditpack.domain.EvidenceFacts;
import io.auditpack.domain.Framework;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.Period;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The frame of one audit: the job (package, period, categories) and the as-of date. Point-in-time packages look
 * back over the 12 months up to as-of where period packages use their period.
 */
record AuditFrame(JobDefinition job, LocalDate asOf) {

    AuditFrame {
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
    }

    /** The audit period, or null for a point-in-time package. */
    @Nullable
    Period period() {
        return job.period();
    }

    /** The job's collection lag, in days: a slice falls due that many days after its last day. */
    int lag() {
        return job.collectionLag();
    }

    boolean judgesOperation() {
        return job.judgesOperation();
    }

    boolean covers(Framework framework) {
        return job.packageType().covers(framework);
    }

    /** The package's frameworks, SOC 2 first. */
    List<Framework> frameworks() {
        return Arrays.stream(Framework.values()).filter(this::covers).toList();
    }

    /** The first day of the 12 months up to as-of (inclusive): the documentation freshness limit. */
    LocalDate twelveMonthsBack() {
        return asOf.minusMonths(12);
    }

    /**
     * Whether a dated item falls in the period (its date inside it, or its covers range overlapping it); for
     * point-in-time packages, in the 12 months up to as-of. Undated items fall nowhere.
     */
    boolean inPeriod(EvidenceFacts item) {
        if (!item.dated()) {
            return false;
        }
        Period period = period();
        LocalDate from = period != null ? period.start() : twelveMonthsBack();
        LocalDate to = period != null ? period.end() : asOf;
        return EvidenceRule.touches(item, from, to);
    }
}
