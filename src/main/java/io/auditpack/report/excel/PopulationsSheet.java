package io.auditpack.report.excel;

import io.auditpack.report.PackContext;
import io.auditpack.report.data.PopulationTable;
import io.auditpack.report.data.Table;
import java.util.List;
import java.util.Set;

/**
 * Sheet {@code Populations} (soc2-type2, iso27001-stage2): each population of populations.csv with its completeness
 * and accuracy facts and counts, as {@code data/populations.csv}; counts and the extraction date are typed.
 */
final class PopulationsSheet {
    static final String NAME = "Populations";
    static final List<String> HEADER = PopulationTable.TITLES;
    private static final List<Integer> WIDTHS = List.of(16, 11, 16, 44, 13, 36, 66, 8, 10, 10, 11, 10);
    private static final Set<Integer> NUMBERS = Set.of(7, 8, 9, 10, 11);

    private PopulationsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        Table table = PopulationTable.of(context.report().testing());
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        for (List<String> cells : table.rows()) {
            TableSheet.RowWriter row = sheet.row();
            for (int i = 0; i < cells.size(); i++) {
                if (NUMBERS.contains(i)) {
                    row.numberOrText(cells.get(i));
                } else if (i == 4) {
                    row.date(java.time.LocalDate.parse(cells.get(i)));
                } else {
                    row.text(cells.get(i));
                }
            }
        }
        sheet.finish();
    }
}
