package io.auditpack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    @Test
    void aStepShorterThanTheIntervalPrintsNothing() {
        List<String> lines = new ArrayList<>();
        ProgressLines progress = ProgressLines.manual(Duration.ofHours(1), lines::add);
        progress.phase("assemble");
        progress.tick();
        assertThat(lines).isEmpty();
    }

    @Test
    void aLongStepPrintsFilesPackedMegabytesAndRate() {
        List<String> lines = new ArrayList<>();
        ProgressLines progress = ProgressLines.manual(Duration.ZERO, lines::add);
        progress.phase("assemble");
        progress.planned(4);
        progress.packed(3_000_000);
        progress.packed(1_000_000);
        progress.tick();
        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("assemble: 2/4 files packed, 4.0 MB, ")
                .contains(" MB/s (");
    }

    @Test
    void theMeterComputesTheRateFromItsClock() {
        AtomicLong now = new AtomicLong();
        ProgressMeter meter = new ProgressMeter(now::get);
        meter.phase("assemble");
        meter.planned(10);
        meter.packed(20_000_000);
        now.set(Duration.ofSeconds(4).toNanos());
        assertThat(meter.megabytesPerSecond()).isEqualTo(5.0);
        assertThat(meter.line()).isEqualTo("assemble: 1/10 files packed, 20.0 MB, 5.0 MB/s (4.0 s)");
    }
}
