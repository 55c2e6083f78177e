package io.auditpack.report.excel;

import static io.auditpack.domain.Framework.SOC2;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.TestContexts;
import io.auditpack.verdict.GapActions;
import io.auditpack.verdict.ManagementReview;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The management-review sheets read back with POI and checked against the {@link ManagementReview} they show. */
class ReviewSheetsTest {
    private static final Gap CLOSED = new Gap(GapType.MISSING_CONTROL, SOC2, "=CC1.1", "", "", 1);

    private XSSFWorkbook book;
    private PackContext context;
    private ManagementReview review;

    @BeforeEach
    void renderAReviewWithHistory() throws IOException {
        PackContext base = ReportFixtures.managementReview();
        PackSnapshot soc2 = new PackSnapshot(
                "soc2",
                PackageType.SOC2_TYPE1,
                1,
                LocalDate.of(2026, 3, 1),
                null,
                "a".repeat(64),
                "",
                List.of(new FrameworkSummary(SOC2, 33, 20, 3, 10, 0, 0, 0, 0, 0)),
                List.of(),
                List.of(CLOSED),
                List.of(),
                Map.of(),
                Map.of());
        PackSnapshot soc2Later = new PackSnapshot(
                "soc2",
                PackageType.SOC2_TYPE1,
                2,
                LocalDate.of(2026, 6, 1),
                null,
                "b".repeat(64),
                "a".repeat(64),
                List.of(new FrameworkSummary(SOC2, 33, 25, 3, 5, 0, 0, 0, 0, 0)),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                Map.of());
        context = TestContexts.of(
                base.result(),
                base.inputs(),
                base.stamp(),
                new PackHistory(Optional.empty(), List.of(soc2, soc2Later)));
        review = context.report().review().orElseThrow();
        book = new XSSFWorkbook(
                new ByteArrayInputStream(ReportFixtures.render(new CrosswalkWorkbookWriter(), context)));
    }

    @AfterEach
    void close() throws IOException {
        book.close();
    }

    private List<List<String>> rows(String name) {
        Sheet sheet = book.getSheet(name);
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void actionsListEveryGapOfEveryJobWithItsStatusAndFormulaLookingTextStaysText() {
        List<List<String>> rows = rows("Review Actions");

        assertThat(rows.get(0)).isEqualTo(ReviewActionsSheet.HEADER);
        assertThat(rows.get(1))
                .containsExactly("soc2", "v0001", "v0002", "closed", "missing_control", "SOC2", "=CC1.1", "", "");
        GapActions self = review.actions().get(1);
        assertThat(rows)
                .hasSize(2
                        + self.opened().size()
                        + self.closed().size()
                        + self.stillOpen().size());
        assertThat(rows.subList(2, rows.size())).allMatch(r -> r.get(0).equals("review-2026"));
        assertThat(rows.subList(2, rows.size()))
                .filteredOn(r -> r.get(3).equals("opened"))
                .hasSize(self.opened().size());
        assertThat(book.getSheet("Review Actions")
                        .getRow(1)
                        .getCell(6)
                        .getCellStyle()
                        .getQuotePrefixed())
                .isTrue();
    }

    @Test
    void coverageHasOneRowPerJobVersionAndFrameworkWithItsPercentages() {
        List<List<String>> rows = rows("Review Coverage");

        assertThat(rows).hasSize(1 + review.coverage().size());
        assertThat(rows.get(1)).containsExactly("soc2", "v0001", "2026-03-01", "SOC2", "33", "69.7", "", "1");
        assertThat(rows.get(2)).containsExactly("soc2", "v0002", "2026-06-01", "SOC2", "33", "84.8", "", "0");
        assertThat(rows.get(3).subList(0, 4)).containsExactly("review-2026", "v0001", "2026-06-30", "SOC2");
    }

    @Test
    void nonconformitiesFindingsDueDatesScorecardAndOpportunitiesShowTheReview() {
        assertThat(rows("Review Nonconformities"))
                .hasSize(1 + review.nonconformities().size());
        assertThat(rows("Review Nonconformities").get(1).subList(0, 3))
                .containsExactly("minor", "yes", "missing_documentation");
        assertThat(rows("Review Findings")).hasSize(1 + review.findings().size());
        assertThat(rows("Review Due").subList(1, 3))
                .containsExactly(
                        List.of(
                                "CM-01",
                                "Change management approvals",
                                "Dana Ops",
                                "monthly",
                                "2026-03-31",
                                "2026-04-30",
                                "overdue"),
                        List.of(
                                "AC-02",
                                ReportFixtures.FORMULA_TITLE,
                                "@admin",
                                "quarterly",
                                "2026-03-31",
                                "2026-06-30",
                                "30"));
        List<List<String>> scorecard = rows("Review Scorecard");
        assertThat(scorecard.get(1))
                .containsExactly("@admin", "1", "0", "0", "1", "0", "0", "1", "8", "1", "0", "1", "1", "1", "0.0");
        assertThat(scorecard.get(3).get(0)).isEmpty();
        assertThat(rows("Review Opportunities"))
                .hasSize(1 + review.opportunities().size());
        assertThat(rows("Review Opportunities").get(1).subList(0, 4)).containsExactly("1", "AC-02", "AC-02", "@admin");
    }

    @Test
    void otherPackagesHaveNoReviewSheets() throws IOException {
        byte[] bytes = ReportFixtures.render(new CrosswalkWorkbookWriter(), ReportFixtures.soc2Type1());
        try (XSSFWorkbook soc2 = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            soc2.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).noneMatch(n -> n.startsWith("Review"));
        }
    }
}
