package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Finding;
import io.auditpack.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FindingDigestTest {
    private static List<Finding> afterAsOf(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Finding.warning(
                        "evidence.after_as_of", new SourceRef("evidence.csv", i + 1), "performed_on", "", "late " + i))
                .toList();
    }

    @Test
    void fiveWarningsOfOneCodeAreAllPrinted() {
        List<FindingDigest.Line> lines = FindingDigest.lines(afterAsOf(5), false);

        assertThat(lines).hasSize(5);
        assertThat(lines).noneMatch(l -> l.text().contains("more"));
    }

    @Test
    void sixWarningsOfOneCodeArePrintedAsThreeExamplesAndACount() {
        List<FindingDigest.Line> lines = FindingDigest.lines(afterAsOf(185), false);

        assertThat(lines)
                .extracting(FindingDigest.Line::text)
                .containsExactly(
                        "  warning evidence.after_as_of: evidence.csv, line 2, column performed_on: late 1",
                        "  warning evidence.after_as_of: evidence.csv, line 3, column performed_on: late 2",
                        "  warning evidence.after_as_of: evidence.csv, line 4, column performed_on: late 3",
                        "  ... and 182 more evidence.after_as_of findings (185 in all; --all-findings prints every one)");
    }

    @Test
    void allFindingsPrintsEveryOne() {
        assertThat(FindingDigest.lines(afterAsOf(185), true)).hasSize(185);
    }

    @Test
    void errorsAreNeverSummarisedAndOtherCodesKeepTheirPlace() {
        List<Finding> findings = new ArrayList<>();
        IntStream.rangeClosed(1, 8)
                .forEach(i -> findings.add(
                        Finding.error("input.bad_date", new SourceRef("evidence.csv", i), "performed_on", "x", "bad")));
        findings.addAll(afterAsOf(7));
        findings.add(Finding.info("control.owner_missing", new SourceRef("controls.csv", 4), "owner", "", "none"));

        List<FindingDigest.Line> lines = FindingDigest.lines(findings, false);

        assertThat(lines).filteredOn(FindingDigest.Line::error).hasSize(8);
        assertThat(lines).hasSize(8 + 3 + 1 + 1);
        assertThat(lines.get(lines.size() - 1).text()).contains("control.owner_missing");
        assertThat(lines.get(lines.size() - 2).text()).contains("and 4 more evidence.after_as_of findings (7 in all");
    }
}
