package io.auditpack.report.excel;

import static io.auditpack.domain.Framework.SOC2;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackedControl;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.TestContexts;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangesSheetTest {
    @TempDir
    Path temp;

    private static List<List<String>> rows(PackContext context) throws IOException {
        byte[] bytes = ReportFixtures.render(new CrosswalkWorkbookWriter(), context);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet("Changes");
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < ChangesSheet.HEADER.size(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** The fixture's review as version 2, its evidence files real so their hashes can be taken. */
    private PackContext secondVersion(PackHistory history) throws IOException {
        PackContext base = ReportFixtures.managementReview();
        Path jan = Files.writeString(temp.resolve("jan.pdf"), "january");
        Path access = Files.writeString(temp.resolve("access.pdf"), "=cmd|' /C calc'!A0");
        InputSet in = base.inputs();
        InputSet inputs = new InputSet(
                in.controls(),
                in.mappings(),
                in.evidence(),
                in.applicability(),
                in.scope(),
                temp,
                Map.of("EV-1", jan, "EV-2", access),
                in.controlExtraColumns(),
                in.mappingExtraColumns(),
                in.evidenceExtraColumns(),
                in.findings());
        return TestContexts.of(base.result(), inputs, new VersionStamp(2, "ab".repeat(32)), history);
    }

    @Test
    void aFirstVersionSaysThereIsNoPreviousVersion() throws IOException {
        List<List<String>> rows = rows(ReportFixtures.managementReview());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(ChangesSheet.HEADER);
        assertThat(rows.get(1).get(0)).isEqualTo("none");
        assertThat(rows.get(1).get(7)).isEqualTo("no previous version: this is the first version of the job");
    }

    @Test
    void aLaterVersionWhosePredecessorCannotBeReadSaysSo() throws IOException {
        List<List<String>> rows = rows(secondVersion(PackHistory.none()));

        assertThat(rows.get(1).get(7)).isEqualTo("the previous version v0001 could not be read; run verify on it");
    }

    @Test
    void theSameContentAsThePreviousVersionIsOneRowSayingNothingChanged() throws IOException {
        PackContext probe = secondVersion(PackHistory.none());
        PackSnapshot same = relabel(
                probe.report().snapshot(),
                probe.result().gaps(),
                probe.result().controls().stream()
                        .map(c -> probe.report().snapshot().controlsById().get(c.id()))
                        .toList(),
                probe.report().snapshot().evidence());

        List<List<String>> rows = rows(secondVersion(PackHistory.after(same)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(7))
                .isEqualTo(
                        "no change in evidence, control status, gaps or metrics since v0001" + " (as of 2026-06-30)");
    }

    @Test
    void everyKindOfChangeSinceThePreviousVersionIsARow() throws IOException {
        PackContext probe = secondVersion(PackHistory.none());
        PackSnapshot now = probe.report().snapshot();
        List<Gap> gaps = new ArrayList<>(now.gaps().subList(1, now.gaps().size()));
        gaps.add(new Gap(GapType.MISSING_CONTROL, SOC2, "CC9.9", "", "", 1));
        List<PackedControl> controls = now.controls().stream()
                .map(c -> !c.id().equals("CM-01")
                        ? c
                        : new PackedControl(
                                c.id(),
                                c.title(),
                                c.owner(),
                                c.frequency(),
                                OperatingStatus.EFFECTIVE,
                                c.due(),
                                c.due(),
                                c.pending(),
                                List.of()))
                .toList();
        List<PackedEvidence> evidence = new ArrayList<>();
        for (PackedEvidence e : now.evidence()) {
            evidence.add(
                    e.id().equals("EV-1") ? new PackedEvidence(e.id(), e.control(), e.path(), "00".repeat(32)) : e);
        }
        evidence.add(new PackedEvidence("EV-9", "CM-01", "data/evidence/CM-01/EV-9__old.txt", "11".repeat(32)));
        PackSnapshot before = relabel(now, gaps, controls, evidence);

        List<List<String>> rows = rows(secondVersion(PackHistory.after(before)));

        Gap opened = now.gaps().get(0);
        assertThat(rows.subList(1, rows.size()))
                .containsSubsequence(
                        List.of(
                                "evidence",
                                "removed",
                                "EV-9",
                                "",
                                "CM-01",
                                "11".repeat(32),
                                "",
                                "data/evidence/CM-01/EV-9__old.txt"),
                        List.of(
                                "evidence",
                                "changed",
                                "EV-1",
                                "",
                                "CM-01",
                                "00".repeat(32),
                                now.evidence().stream()
                                        .filter(e -> e.id().equals("EV-1"))
                                        .findFirst()
                                        .orElseThrow()
                                        .sha256(),
                                "data/evidence/CM-01/EV-1__jan_changes.pdf"),
                        List.of(
                                "control",
                                "status",
                                "CM-01",
                                "",
                                "CM-01",
                                "effective",
                                "inconsistent",
                                "owner Dana Ops"),
                        List.of(
                                "gap",
                                "opened",
                                opened.requirement(),
                                opened.framework().label(),
                                opened.control(),
                                "",
                                "",
                                opened.type().word() + (opened.owner().isEmpty() ? "" : ", owner " + opened.owner())),
                        List.of("gap", "closed", "CC9.9", "SOC2", "", "", "", "missing_control"));
        assertThat(rows).noneMatch(r -> r.get(0).equals("metric"));
    }

    @Test
    void formulaLookingTextStaysText() throws IOException {
        PackContext probe = secondVersion(PackHistory.none());
        PackSnapshot now = probe.report().snapshot();
        List<Gap> gaps = List.of(new Gap(GapType.MISSING_CONTROL, SOC2, "=1+1", "", "@evil", 1));
        PackSnapshot before = relabel(
                now,
                java.util.stream.Stream.concat(now.gaps().stream(), gaps.stream())
                        .toList(),
                now.controls(),
                now.evidence());

        byte[] bytes = ReportFixtures.render(new CrosswalkWorkbookWriter(), secondVersion(PackHistory.after(before)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet("Changes");
            Row closed = sheet.getRow(sheet.getLastRowNum());
            assertThat(closed.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(closed.getCell(2).getStringCellValue()).isEqualTo("=1+1");
        }
    }

    private static PackSnapshot relabel(
            PackSnapshot now, List<Gap> gaps, List<PackedControl> controls, List<PackedEvidence> evidence) {
        return new PackSnapshot(
                now.job(),
                now.packageType(),
                1,
                now.asOf(),
                now.period(),
                "ab".repeat(32),
                "",
                now.frameworks(),
                controls,
                gaps,
                evidence,
                now.findingsBySeverity(),
                now.findingsByCode());
    }
}
