package io.auditpack.report.excel;

import io.auditpack.domain.Framework;
import io.auditpack.domain.GapType;
import io.auditpack.domain.RemediationItem;
import io.auditpack.verdict.ManagementReview;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Sheet {@code Review Opportunities}: the top opportunities for improvement, the first items of the remediation plan. */
final class ReviewOpportunitiesSheet {
    static final List<String> HEADER =
            List.of("Priority", "Item", "Control", "Owner", "Frameworks", "Gap types", "Closes", "Action");
    private static final List<Integer> WIDTHS = List.of(9, 18, 14, 24, 18, 40, 50, 70);

    private ReviewOpportunitiesSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, ManagementReview review) {
        TableSheet sheet = new TableSheet(workbook, styles, "Review Opportunities", HEADER, WIDTHS);
        for (RemediationItem item : review.opportunities()) {
            sheet.row()
                    .number(item.priority())
                    .text(item.id())
                    .text(item.control())
                    .text(item.owner())
                    .text(Arrays.stream(Framework.values())
                            .filter(item.frameworks()::contains)
                            .map(Framework::label)
                            .collect(Collectors.joining("; ")))
                    .text(item.gapTypes().stream().map(GapType::word).collect(Collectors.joining("; ")))
                    .text(String.join("; ", item.closes()))
                    .text(item.action());
        }
        sheet.finish();
    }
}
