package io.auditpack.audit;

import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.EvidenceItem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvidenceRuleTest {
    private static final Map<String, Path> VERIFIED = Map.of("OK", Path.of("/input/evidence/ok.pdf"));

    @Test
    void givenADatedItemWithoutFileThenItCounts() {
        assertThat(EvidenceRule.counts(record("R1", "2026-03-01", "C1").build(), day("2026-03-01"), Map.of()))
                .isTrue();
    }

    @Test
    void givenAVerifiedFileThenItCounts() {
        EvidenceItem item = record("OK", "2026-03-01", "C1").file("ok.pdf").build();

        assertThat(EvidenceRule.counts(item, day("2026-06-30"), VERIFIED)).isTrue();
    }

    @Nested
    class ItemsThatCountForNothing {
        @Test
        void givenAnItemDatedTheDayAfterAsOfThenItDoesNotCount() {
            EvidenceItem item = record("R1", "2026-03-02", "C1").build();

            assertThat(EvidenceRule.counts(item, day("2026-03-01"), Map.of())).isFalse();
            assertThat(EvidenceRule.afterAsOf(item, day("2026-03-01"))).isTrue();
        }

        @Test
        void givenAnUndatedItemThenItDoesNotCount() {
            assertThat(EvidenceRule.counts(record("R1", null, "C1").build(), day("2026-03-01"), Map.of()))
                    .isFalse();
        }

        @Test
        void givenAFileTheReaderRefusedOrCouldNotFindThenItDoesNotCount() {
            EvidenceItem item =
                    record("GONE", "2026-03-01", "C1").file("gone.pdf").build();

            assertThat(EvidenceRule.counts(item, day("2026-06-30"), VERIFIED)).isFalse();
        }
    }

    @Nested
    class Touches {
        @Test
        void givenARangeEndingOnTheFirstDayOfAWindowThenItTouchesIt() {
            EvidenceItem item = record("LOG", "2025-12-01", "C1")
                    .covers("2025-11-01", "2026-01-01")
                    .build();

            assertThat(EvidenceRule.touches(item, day("2026-01-01"), day("2026-12-31")))
                    .isTrue();
        }

        @Test
        void givenARangeEndingTheDayBeforeAWindowThenItDoesNotTouchIt() {
            EvidenceItem item = record("LOG", "2025-12-01", "C1")
                    .covers("2025-11-01", "2025-12-31")
                    .build();

            assertThat(EvidenceRule.touches(item, day("2026-01-01"), day("2026-12-31")))
                    .isFalse();
        }
    }
}
