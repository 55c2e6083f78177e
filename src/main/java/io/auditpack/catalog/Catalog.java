package io.auditpack.catalog;

import io.auditpack.domain.Framework;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The requirements auditpack knows, loaded from the project's own catalog files in {@code /catalog}. IDs are exact
 * and case-sensitive; {@link #suggest} offers the obvious correction for a near miss.
 */
public final class Catalog {
    private static final Catalog BUILT_IN = new Catalog(
            load("/catalog/soc2-tsc-2017.csv", Framework.SOC2), load("/catalog/iso27001-2022.csv", Framework.ISO27001));

    private final Map<Framework, Map<String, Requirement>> byFramework;

    private Catalog(List<Requirement> soc2, List<Requirement> iso) {
        this.byFramework = Map.of(Framework.SOC2, index(soc2), Framework.ISO27001, index(iso));
    }

    /** The built-in catalogs: SOC 2 TSC 2017 (points of focus revised 2022) and ISO/IEC 27001:2022. */
    public static Catalog builtIn() {
        return BUILT_IN;
    }

    private Map<String, Requirement> of(Framework framework) {
        return Objects.requireNonNull(byFramework.get(framework), framework.name());
    }

    /** Every requirement of a framework, in catalog order. */
    public List<Requirement> all(Framework framework) {
        return List.copyOf(of(framework).values());
    }

    public Optional<Requirement> find(Framework framework, String id) {
        return Optional.ofNullable(of(framework).get(id));
    }

    /**
     * The requirements an ID stands for: itself, or for an ISO parent clause ({@code 6.1}, {@code 7.5}, {@code 9.2},
     * {@code 9.3}) its sub-clauses. Empty for an unknown ID.
     */
    public List<Requirement> resolve(Framework framework, String id) {
        Requirement exact = of(framework).get(id);
        if (exact != null) {
            return List.of(exact);
        }
        if (framework != Framework.ISO27001 || !id.matches("\\d+\\.\\d+")) {
            return List.of();
        }
        String prefix = id + ".";
        return of(framework).values().stream()
                .filter(r -> r.clause() && r.id().startsWith(prefix))
                .toList();
    }

    public boolean isKnown(Framework framework, String id) {
        return !resolve(framework, id).isEmpty();
    }

    /** The SOC 2 criteria in scope for the given categories (security is always included). */
    public List<Requirement> soc2InScope(Set<Soc2Category> categories) {
        return all(Framework.SOC2).stream()
                .filter(r -> r.category() == Soc2Category.SECURITY || categories.contains(r.category()))
                .toList();
    }

    /** The obvious correction of a near-miss ID ({@code cc6.1}, {@code A 5.15}, {@code 5.15} meant as Annex A). */
    public Optional<String> suggest(Framework framework, String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Map<String, Requirement> known = of(framework);
        String normal = written.trim()
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\s_]+", "")
                .replace(",", ".");
        if (framework == Framework.ISO27001) {
            normal = normal.replaceFirst("^A(?=\\d)", "A.");
            if (!known.containsKey(normal) && !isKnown(framework, normal) && known.containsKey("A." + normal)) {
                return Optional.of("A." + normal);
            }
        }
        if (!normal.equals(written) && isKnown(framework, normal)) {
            return Optional.of(normal);
        }
        return uniqueNeighbour(known.keySet(), normal);
    }

    private static Optional<String> uniqueNeighbour(Collection<String> ids, String written) {
        List<String> near = ids.stream().filter(id -> oneEditApart(id, written)).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /**
     * True when one insertion, deletion or substitution of a non-digit character turns a into b: a slip of
     * punctuation or a letter ({@code }, {@code CC6,1}), never a different number ({@code CC10.1} is not
     * {@code CC1.1}).
     */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return !Character.isDigit(a.charAt(i))
                    && !Character.isDigit(b.charAt(i))
                    && a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return !Character.isDigit(longer.charAt(i)) && longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static Map<String, Requirement> index(List<Requirement> requirements) {
        Map<String, Requirement> index = new LinkedHashMap<>();
        for (Requirement requirement : requirements) {
            if (index.put(requirement.id(), requirement) != null) {
                throw new IllegalStateException("duplicate catalog ID " + requirement.id());
            }
        }
        return java.util.Collections.unmodifiableMap(index);
    }

    private static List<Requirement> load(String resource, Framework framework) {
        try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<Requirement> requirements = new ArrayList<>();
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                requirements.add(
                        framework == Framework.SOC2
                                ? new Requirement(
                                        framework,
                                        row.get("id"),
                                        row.get("short_title"),
                                        row.get("group"),
                                        Words.lookup(Soc2Category.class, row.get("category"))
                                                .orElseThrow(),
                                        false)
                                : new Requirement(
                                        framework,
                                        row.get("id"),
                                        row.get("short_title"),
                                        row.get("theme"),
                                        null,
                                        "annex_a".equals(row.get("kind"))));
            }
            return List.copyOf(requirements);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog " + resource, e);
        }
    }
}
