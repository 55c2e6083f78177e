package io.auditpack.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.ReportFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    private static String render(CsvTableWriter writer) throws IOException {
        return new String(ReportFixtures.render(writer, ReportFixtures.managementReview()), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void findingsCsvHasTheHeaderAndOneRowPerFindingInResultOrder() throws IOException {
        List<CSVRecord> records = parse(render(CsvTableWriter.findings()));
        assertThat(records.get(0).toList())
                .containsExactly("severity", "code", "file", "line", "column", "value", "message");
        assertThat(records).hasSize(6);
        assertThat(records.get(1).toList())
                .containsExactly(
                        "warning",
                        "control.owner_missing",
                        "controls.csv",
                        "4",
                        "owner",
                        "",
                        "owner is blank; the control is still used");
        assertThat(records.get(5).get(1)).isEqualTo("crosswalk.owner_concentration");
    }

    @Test
    void aFindingWithoutALineLeavesTheLineCellEmpty() throws IOException {
        assertThat(parse(render(CsvTableWriter.findings())).get(5).get(3)).isEmpty();
    }

    @Test
    void aFormulaLookingValueGetsALeadingApostrophe() throws IOException {
        assertThat(parse(render(CsvTableWriter.findings())).get(3).get(5))
                .isEqualTo("'" + ReportFixtures.FORMULA_VALUE);
    }

    @Test
    void recordsEndWithCrlf() throws IOException {
        String text = render(CsvTableWriter.findings());
        assertThat(text)
                .startsWith("severity,code,file,line,column,value,message\r\n")
                .endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void gapsCsvListsEveryGapInPriorityOrderWithItsItemAndAction() throws IOException {
        List<CSVRecord> records = parse(render(CsvTableWriter.gaps()));
        assertThat(records.get(0).toList())
                .containsExactlyElementsOf(GapTable.HEADER)
                .startsWith("priority", "item", "type", "framework", "requirement", "control", "owner", "action");
        assertThat(records).hasSize(13);
        assertThat(records.subList(1, 13))
                .extracting(r -> Integer.parseInt(r.get(0)))
                .isSorted();
        assertThat(records.get(1).toList())
                .containsExactly(
                        "1",
                        "AC-02",
                        "missing_documentation",
                        "SOC2",
                        "CC6.1",
                        "AC-02",
                        "'@admin",
                        "Run AC-02 and keep its records; re-approve its documentation.",
                        "",
                        "",
                        "",
                        "",
                        "");
        assertThat(records.get(12).toList())
                .containsExactly(
                        "4",
                        "SOC2:CC6.4",
                        "missing_control",
                        "SOC2",
                        "CC6.4",
                        "",
                        "",
                        "Map an implemented control to SOC2 CC6.4.",
                        "",
                        "",
                        "",
                        "",
                        "");
    }
}
