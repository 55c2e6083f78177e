package io.auditpack.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of pack a job builds. Period packages judge operation over slices; point-in-time packages judge design
 * at the as-of date. A management review judges operation when its job gives a period, design only otherwise.
 */
public enum PackageType {
    SOC2_TYPE1("soc2-type1", Set.of(Framework.SOC2), Periodicity.POINT_IN_TIME),
    SOC2_TYPE2("soc2-type2", Set.of(Framework.SOC2), Periodicity.PERIOD),
    ISO27001_STAGE1("iso27001-stage1", Set.of(Framework.ISO27001), Periodicity.POINT_IN_TIME),
    ISO27001_STAGE2("iso27001-stage2", Set.of(Framework.ISO27001), Periodicity.PERIOD),
    MANAGEMENT_REVIEW("management-review", Set.of(Framework.SOC2, Framework.ISO27001), Periodicity.OPTIONAL_PERIOD);

    /** Whether a package type needs, refuses or accepts a period. */
    public enum Periodicity {
        PERIOD,
        POINT_IN_TIME,
        OPTIONAL_PERIOD
    }

    private final String word;
    private final Set<Framework> frameworks;
    private final Periodicity periodicity;

    PackageType(String word, Set<Framework> frameworks, Periodicity periodicity) {
        this.word = word;
        this.frameworks = frameworks;
        this.periodicity = periodicity;
    }

    public String word() {
        return word;
    }

    public Set<Framework> frameworks() {
        return frameworks;
    }

    public Periodicity periodicity() {
        return periodicity;
    }

    public boolean covers(Framework framework) {
        return frameworks.contains(framework);
    }

    public static Optional<PackageType> fromWord(String word) {
        return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
    }
}
