package io.auditpack.catalog;

import io.auditpack.domain.Framework;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the framework column: {@code SOC2} and {@code ISO27001} and the aliases people write for them. */
public final class FrameworkNames {
    private static final Map<String, Framework> ALIASES = Map.ofEntries(
            Map.entry("SOC2", Framework.SOC2),
            Map.entry("TSC", Framework.SOC2),
            Map.entry("TSC2017", Framework.SOC2),
            Map.entry("AICPATSC", Framework.SOC2),
            Map.entry("SOC2TSC", Framework.SOC2),
            Map.entry("ISO27001", Framework.ISO27001),
            Map.entry("ISO270012022", Framework.ISO27001),
            Map.entry("ISOIEC27001", Framework.ISO27001),
            Map.entry("ISOIEC270012022", Framework.ISO27001),
            Map.entry("ISO", Framework.ISO27001),
            Map.entry("27001", Framework.ISO27001));

    private FrameworkNames() {}

    /** The framework a cell names, ignoring case, spaces, slashes, hyphens and colons; empty when unknown. */
    public static Optional<Framework> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String key = cell.toUpperCase(Locale.ROOT).replaceAll("[\\s/:\\-_.]+", "");
        return Optional.ofNullable(ALIASES.get(key));
    }

    /** The accepted words, for error messages. */
    public static String accepted() {
        return "SOC2 (or SOC 2, TSC) or ISO27001 (or ISO/IEC 27001:2022)";
    }
}
