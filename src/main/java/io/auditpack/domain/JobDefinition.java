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
        Path file) {

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
                file);
    }

    /** Whether this run judges operation over slices (a period is given). */
    public boolean judgesOperation() {
        return period != null;
    }
}
