package io.auditpack.report.excel;

import io.auditpack.domain.EvidenceUse;
import io.auditpack.report.PackContext;
import io.auditpack.report.data.TestSheetTable;
import io.auditpack.verdict.TestItem;
import java.util.List;
import java.util.Map;

/**
 * Sheet {@code Test sheet} (soc2-type2, iso27001-stage2): one row per sampled item and per exception found outside
 * the sample, as {@code data/test-sheet.csv}: the test attributes, the evidence found (its first file in the pack a
 * hyperlink), the result and management's response.
 */
final class TestSheetSheet {
    static final String NAME = "Test sheet";
    static final List<String> HEADER = List.of(
            "Control",
            "Title",
            "Pick",
            "Kind",
            "Item",
            "Date",
            "Test attributes",
            "Evidence",
            "Files in pack",
            "Result",
            "Note",
            "Response",
            "Response owner",
            "Target date");
    private static final List<Integer> WIDTHS = List.of(11, 34, 6, 11, 22, 12, 40, 22, 50, 11, 40, 50, 30, 12);

    private TestSheetSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        List<TestItem> items = context.report().testing().items();
        Map<String, EvidenceUse> uses =
                TestSheetTable.uses(items, context.result().evidence());
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        for (TestItem item : items) {
            List<String> files = TestSheetTable.files(item, uses);
            TableSheet.RowWriter row = sheet.row().word(item.control()).text(item.title());
            if (item.sampled()) {
                row.number(item.pick());
            } else {
                row.skip(1);
            }
            row.word(item.kind())
                    .text(item.item())
                    .date(item.date())
                    .text(String.join("; ", item.attributes()))
                    .text(String.join("; ", item.evidence()))
                    .link(String.join("; ", files), files.isEmpty() ? "" : files.get(0))
                    .status(item.result().word())
                    .text(item.note());
            item.response()
                    .ifPresentOrElse(
                            r -> row.text(r.response()).text(r.owner()).date(r.targetDate()), () -> row.skip(3));
        }
        sheet.finish();
    }
}
