package io.auditpack.domain;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed job file. {@code period} is null for point-in-time packages; {@code asOf} is the date pinned in the job
 * file or null; {@code schedule} is null when the job has none. {@code input} and {@code output} are absolute.
 * {@code collectionLag} is the job's {@code collection_lag} in days (0 to {@link #MAX_COLLECTION_LAG}): records
 * arrive that long after the day they speak for, so a slice falls due only that many days after its last day.
 */
public record JobDefinition(
        String name,
        PackageType packageType,
        String organization,
        String system,
        @Nullable Period period,
        @Nullable LocalDate asOf,
        Set<Soc2Category> soc2Categories,
        @Nullable String schedule,
        ZoneId timeZone,
        Path input,
        Path output,
        Path file,
        int collectionLag) {

    /** The longest collection lag accepted, in days. */
    public static final int MAX_COLLECTION_LAG = 366;

    public JobDefinition {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(packageType, "packageType must not be null");
        Objects.requireNonNull(organization, "organization must not be null");
        Objects.requireNonNull(system, "system must not be null");
        soc2Categories = Set.copyOf(soc2Categories);
        if (!soc2Categories.contains(Soc2Category.SECURITY)) {
            throw new IllegalArgumentException("security is always in scope");
        }
        Objects.requireNonNull(timeZone, "timeZone must not be null");
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(output, "output must not be null");
        Objects.requireNonNull(file, "file must not be null");
        if (collectionLag < 0 || collectionLag > MAX_COLLECTION_LAG) {
            throw new IllegalArgumentException(
                    "collection lag must be 0.." + MAX_COLLECTION_LAG + " days: " + collectionLag);
        }
    }

    /** A job without a collection lag (records are in the day after the day they speak for). */
    public JobDefinition(
            String name,
            PackageType packageType,
            String organization,
            String system,
            Period period,
            LocalDate asOf,
            Set<Soc2Category> soc2Categories,
            String schedule,
            ZoneId timeZone,
            Path input,
            Path output,
            Path file) {
        this(
                name,
                packageType,
                organization,
                system,
                period,
                asOf,
                soc2Categories,
                schedule,
                timeZone,
                input,
                output,
                file,
                0);
    }

    /** A copy with other input and output folders (the command line's --input and --output). */
    public JobDefinition withFolders(@Nullable Path newInput, @Nullable Path newOutput) {
        return new JobDefinition(
                name,
                packageType,
                organization,
                system,
                period,
                asOf,
                soc2Categories,
                schedule,
                timeZone,
                newInput == null ? input : newInput,
                newOutput == null ? output : newOutput,
                file,
                collectionLag);
    }

    /** A copy with another collection lag, in days. */
    public JobDefinition withCollectionLag(int days) {
        return new JobDefinition(
                name,
                packageType,
                organization,
                system,
                period,
                asOf,
                soc2Categories,
                schedule,
                timeZone,
                input,
                output,
                file,
                days);
    }

    /** Whether this run judges operation over slices (a period is given). */
    public boolean judgesOperation() {
        return period != null;
    }
}
