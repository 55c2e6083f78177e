package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.EvidenceItem;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentationRuleTest {

    private static DocumentationVerdict judge(String asOf, EvidenceItem... documents) {
        return DocumentationRule.judge(control("C1").build(), day(asOf), List.of(documents));
    }

    @Test
    void givenADocumentExactlyTwelveMonthsOldThenItIsCurrent() {
        DocumentationVerdict verdict =
                judge("2026-06-30", policy("P1", "2025-06-30", "C1").build());

        assertThat(verdict.status()).isEqualTo(DocumentationStatus.CURRENT);
        assertThat(verdict.latestDocument()).isEqualTo(day("2025-06-30"));
    }

    @Test
    void givenTheNewestOfSeveralDocumentsThenItDecides() {
        DocumentationVerdict verdict = judge(
                "2026-06-30",
                policy("OLD", "2024-01-01", "C1").build(),
                policy("NEW", "2026-01-01", "C1").build());

        assertThat(verdict.newest().id()).isEqualTo("NEW");
        assertThat(verdict.status()).isEqualTo(DocumentationStatus.CURRENT);
    }

    @Nested
    class Gaps {
        @Test
        void givenADocumentOneDayOlderThanTwelveMonthsThenItIsStale() {
            DocumentationVerdict verdict =
                    judge("2026-06-30", policy("P1", "2025-06-29", "C1").build());

            assertThat(verdict.status()).isEqualTo(DocumentationStatus.STALE);
            assertThat(verdict.isGap()).isTrue();
        }

        @Test
        void givenNoDocumentThenDocumentationIsMissing() {
            DocumentationVerdict verdict = judge("2026-06-30");

            assertThat(verdict.status()).isEqualTo(DocumentationStatus.MISSING);
            assertThat(verdict.isGap()).isTrue();
            assertThat(verdict.latestDocument()).isNull();
        }

        @Test
        void givenOnlyADocumentAfterAsOfThenDocumentationIsMissing() {
            assertThat(judge("2026-06-30", policy("P1", "2026-07-01", "C1").build())
                            .status())
                    .isEqualTo(DocumentationStatus.MISSING);
        }
    }

    @Nested
    class NotJudged {
        @Test
        void givenAControlThatRequiresNoDocumentationThenNotRequiredAndNoGap() {
            DocumentationVerdict verdict =
                    DocumentationRule.judge(control("C1").noDocumentation().build(), day("2026-06-30"), List.of());

            assertThat(verdict.status()).isEqualTo(DocumentationStatus.NOT_REQUIRED);
            assertThat(verdict.isGap()).isFalse();
        }

        @Test
        void givenAPlannedControlThenDocumentationIsNotJudged() {
            DocumentationVerdict verdict = DocumentationRule.judge(
                    control("C1").status(ControlStatus.PLANNED).build(), day("2026-06-30"), List.of());

            assertThat(verdict.status()).isEqualTo(DocumentationStatus.NOT_REQUIRED);
        }
    }
}
