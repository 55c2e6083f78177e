package io.auditpack.corpus;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.auditpack.domain.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any byte string, as any input file, gives either a result or clean findings (for the job file, an
 * {@code InputException} with findings), never another exception: seeded random bytes, partly built from the tokens
 * that break readers, one JUnit case per (file, seed).
 */
class ReaderPropertiesTest {
    private static final long BASE_SEED = Long.getLong("auditpack.property.seed", 20_261_129L);
    private static final int SEEDS_PER_FILE = Integer.getInteger("auditpack.property.cases", 40);

    @TempDir
    static Path tmp;

    static ReaderProbe probe;

    @BeforeAll
    static void makeTheProbe() {
        probe = new ReaderProbe(tmp);
    }

    static Stream<Arguments> inputs() {
        Random random = new Random(BASE_SEED);
        return ReaderProbe.FILES.stream()
                .flatMap(file -> random.longs(SEEDS_PER_FILE).mapToObj(seed -> Arguments.of(file, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("inputs")
    void anyBytesGiveAResultOrCleanFindingsNeverAnException(String file, long seed) {
        byte[] bytes = new Mutator(seed).noise(4_000);

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> probe.read(file, bytes));

        findings.forEach(ReaderProbe::assertOneReadableLine);
    }
}
