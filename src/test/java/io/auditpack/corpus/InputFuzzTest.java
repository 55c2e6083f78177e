package io.auditpack.corpus;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.auditpack.domain.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounded fuzzing of the readers: a seeded {@link Mutator} mutates the files of every corpus case (CSV files,
 * scope.yaml, the job file, and the base as workbook.xlsx), and each mutant goes through the real reader. Any
 * exception other than the job reader's {@link InputException}, a hang, or a finding that is not one readable line
 * fails the test with the seed to replay it.
 *
 * <p>The budget is a fixed number of iterations per file (about 15-20 s in all on a CI machine). Longer runs:
 * {@code -Dauditpack.fuzz.scale=20} multiplies the iterations; {@code -Dauditpack.fuzz.seed=N} replays or varies
 * the seed (printed at the start). A failing input is also saved under {@code target/fuzz-failures/}.
 */
class InputFuzzTest {
    static final long SEED = Long.getLong("auditpack.fuzz.seed", 20_261_129L);
    static final int SCALE = Integer.getInteger("auditpack.fuzz.scale", 1);
    /** Generous: one input takes milliseconds; only a reader that hangs comes near it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static final List<String> FILES = ReaderProbe.FILES;

    @TempDir
    static Path tmp;

    /** Every distinct version of each file among the corpus cases (special files such as FIFOs left out). */
    static Map<String, List<byte[]>> pool;

    static ReaderProbe probe;

    @BeforeAll
    static void gatherTheCorpusFiles() throws IOException {
        System.out.printf("InputFuzzTest: seed %d, scale %d (replay: -Dauditpack.fuzz.seed=%d)%n", SEED, SCALE, SEED);
        pool = new LinkedHashMap<>();
        FILES.forEach(f -> pool.put(f, new ArrayList<>()));
        int n = 0;
        for (CorpusCase corpusCase : CorpusCase.all()) {
            Path setup = corpusCase.folder().resolve("setup");
            String steps = Files.exists(setup) ? Files.readString(setup) : "";
            if (steps.contains("fifo") || steps.contains("symlink") || steps.contains("zip-bomb")) {
                continue;
            }
            CorpusFolder folder = CorpusFolder.make(corpusCase, tmp.resolve("cases/" + n++));
            for (String file : FILES) {
                Path path = file.equals("job.yaml")
                        ? folder.job()
                        : folder.root.resolve("input").resolve(file);
                if (Files.isRegularFile(path)) {
                    byte[] bytes = Files.readAllBytes(path);
                    if (pool.get(file).stream().noneMatch(b -> java.util.Arrays.equals(b, bytes))) {
                        pool.get(file).add(bytes);
                    }
                }
            }
        }
        probe = new ReaderProbe(tmp);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({
        "controls.csv, 300",
        "mappings.csv, 300",
        "evidence.csv, 300",
        "applicability.csv, 180",
        "scope.yaml, 300",
        "job.yaml, 900",
        "workbook.xlsx, 120"
    })
    void noMutantMakesAReaderThrowHangOrPrintAFindingOnMoreThanOneLine(String file, int iterations) throws IOException {
        List<byte[]> seeds = pool.get(file);
        long fileSeed = SEED ^ file.hashCode();
        for (int i = 0; i < iterations * SCALE; i++) {
            long seed = fileSeed + i;
            Mutator mutator = new Mutator(seed);
            byte[] original = seeds.get(new Random(seed).nextInt(seeds.size()));
            byte[] mutant = file.endsWith(".xlsx") ? mutator.mutateXlsx(original) : mutator.mutate(original);
            try {
                List<Finding> findings = assertTimeoutPreemptively(HANG_GUARD, () -> probe.read(file, mutant));
                findings.forEach(ReaderProbe::assertOneReadableLine);
            } catch (Throwable failure) {
                Path saved = save(file, seed, mutant);
                fail(
                        "fuzz failure on " + file + " at iteration " + i + " (seed " + SEED + ", input seed " + seed
                                + "; the input is saved at " + saved + "): " + failure,
                        failure);
            }
        }
    }

    private static Path save(String file, long seed, byte[] bytes) {
        try {
            Path folder = Path.of("target", "fuzz-failures");
            Files.createDirectories(folder);
            Path saved = folder.resolve(seed + "-" + file);
            Files.write(saved, bytes);
            return saved.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
