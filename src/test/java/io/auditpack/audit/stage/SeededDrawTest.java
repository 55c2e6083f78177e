package io.auditpack.audit.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeededDrawTest {

    /** The draw as documented, written the plain way: rank every distinct record by its hex key, keep the n lowest. */
    private static List<String> byTheDefinition(String seed, String control, List<String> population, int n) {
        Set<String> drawn = population.stream()
                .distinct()
                .sorted(Comparator.comparing((String id) -> SeededDraw.key(seed, control, id))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(0, n))
                .collect(Collectors.toSet());
        return population.stream().filter(drawn::contains).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void theBoundedDrawEqualsTheDefinitionOnRandomPopulationsWithRepeatedIds(int seedNumber) {
        Random random = new Random(seedNumber);
        List<String> population = new ArrayList<>();
        int size = random.nextInt(400);
        for (int i = 0; i < size; i++) {
            population.add("EV-" + random.nextInt(Math.max(1, size / 2 + 1)));
        }
        for (int n : new int[] {0, 1, 2, 5, 25, size + 3}) {
            String seed = "job:v%04d".formatted(seedNumber);
            assertThat(SeededDraw.draw(seed, "CTL-7", population, n))
                    .as("n=%d, population %d", n, size)
                    .isEqualTo(byTheDefinition(seed, "CTL-7", population, n));
        }
    }
}
