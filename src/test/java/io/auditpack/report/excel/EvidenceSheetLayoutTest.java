package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.SourceRef;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.TestContexts;
import io.auditpack.store.EvidenceUseList;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Evidence sheet's layout pass reads outlines, not items: on random catalogs (multi-line, astral, formula-looking
 * and over-long texts, repeated and unknown controls, packed and unpacked items, extra columns, one sheet or several)
 * the workbook has the same bytes, part by part, as when the layout pass reads the items as the rows pass does.
 */
class EvidenceSheetLayoutTest {
    private static final String[] PIECES = {"a", "Zz", "é", "—", "✓", "𝒜", "\n", " ", "=", "+1", "0", "日本", "_x0041_"};

    @ParameterizedTest
    @CsvSource({"1, 1048576, false", "2, 1048576, true", "3, 40, true", "4, 7, false", "5, 200, true"})
    void theOutlineLayoutMakesTheSameWorkbookAsTheItemLayout(long seed, int maxRows, boolean compact)
            throws IOException {
        PackContext context = randomContext(new Random(seed), 400, compact);

        Map<String, byte[]> fromOutlines = parts(render(context, maxRows, true));
        Map<String, byte[]> fromItems = parts(render(context, maxRows, false));

        assertThat(fromOutlines.keySet()).containsExactlyElementsOf(fromItems.keySet());
        fromItems.forEach((name, bytes) -> {
            if (!name.equals("docProps/core.xml")) { // its creation time is the clock's
                int at = Arrays.mismatch(fromOutlines.get(name), bytes);
                assertThat(at)
                        .as("%s differs at byte %d: %s", name, at, around(bytes, at))
                        .isEqualTo(-1);
            }
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(render(context, maxRows, true)))) {
            int rows = 0;
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                rows += book.getSheetAt(i).getLastRowNum();
            }
            int expected = context.result().evidence().stream()
                    .mapToInt(use ->
                            (int) use.item().controlIds().stream().distinct().count())
                    .sum();
            assertThat(rows).isEqualTo(expected);
            assertThat(book.getNumberOfSheets())
                    .isEqualTo(maxRows < 1000 ? (expected + maxRows - 2) / (maxRows - 1) : 1);
            assertThat(book.getSharedStringSource().getCount()).isGreaterThan(10);
        }
    }

    private static String around(byte[] bytes, int at) {
        int from = Math.max(0, at - 120);
        return new String(bytes, from, Math.min(bytes.length, at + 120) - from, StandardCharsets.UTF_8);
    }

    private static byte[] render(PackContext context, int maxRows, boolean outlines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingWorkbook workbook = new StreamingWorkbook()) {
            EvidenceSheet.write(workbook, new Styles(workbook), context, maxRows, outlines);
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static PackContext randomContext(Random random, int size, boolean compact) {
        PackContext base = ReportFixtures.context(PackageType.SOC2_TYPE2, ReportFixtures.PERIOD, VersionStamp.first());
        List<String> controlIds = new ArrayList<>(
                base.inputs().controls().stream().map(Control::id).toList());
        controlIds.add("UNKNOWN-9");
        List<EvidenceUse> uses = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> controls = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                controls.add(controlIds.get(random.nextInt(controlIds.size())));
            }
            Map<String, String> extra = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                extra.put("retention", text(random));
            }
            if (random.nextInt(4) == 0) {
                extra.put("unlisted", text(random));
            }
            LocalDate day = LocalDate.of(2025, 11, 1).plusDays(random.nextInt(450));
            LocalDate from = random.nextInt(3) == 0 ? day.minusDays(random.nextInt(120)) : null;
            EvidenceItem item = new EvidenceItem(
                    "EV-" + i + text(random),
                    controls,
                    random.nextInt(50) == 0 ? "t".repeat(33_000) + "\nend" : text(random),
                    EvidenceType.values()[random.nextInt(EvidenceType.values().length)],
                    random.nextInt(8) == 0 ? null : day,
                    from,
                    from == null ? null : day,
                    random.nextBoolean() ? null : day.plusDays(random.nextInt(40)),
                    random.nextBoolean() ? "" : "files/" + text(random) + ".pdf",
                    "",
                    random.nextBoolean() ? "" : "approver" + random.nextInt(5) + "@example.test",
                    random.nextBoolean() ? "Jira" : "=cmd",
                    new SourceRef("evidence.csv", i + 2),
                    extra);
            List<String> packedUnder = random.nextInt(5) == 0 ? List.of(controls.get(0)) : List.of();
            uses.add(new EvidenceUse(item, item.dated() && random.nextBoolean(), random.nextBoolean(), packedUnder));
        }
        EvidenceUses evidence = compact ? EvidenceUseList.copyOf(uses) : EvidenceUses.copyOf(uses);
        AuditResult was = base.result();
        AuditResult result = new AuditResult(
                was.job(),
                was.asOf(),
                was.requirements(),
                was.controls(),
                was.gaps(),
                was.remediation(),
                was.findings(),
                evidence);
        InputSet in = base.inputs();
        InputSet inputs = new InputSet(
                in.controls(),
                in.mappings(),
                evidence.items(),
                in.applicability(),
                in.scope(),
                in.evidenceRoot(),
                Map.of(),
                in.controlExtraColumns(),
                in.mappingExtraColumns(),
                List.of("retention", "absent"),
                in.findings());
        return TestContexts.of(result, inputs, VersionStamp.first());
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(random.nextInt(10) == 0 ? 80 : 8); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
