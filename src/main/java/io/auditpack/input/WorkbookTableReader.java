package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.SourceRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of {@code workbook.xlsx} into {@link Table}s, one per expected sheet, as text: date cells become
 * ISO dates, integral numbers lose their ".0". Formula cells and merged cells are errors (values only).
 */
final class WorkbookTableReader {
    static final String FILE = "workbook.xlsx";
    private static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    /** Excel's serial number of 9999-12-31, the last day it can show. */
    private static final double LAST_EXCEL_DAY = 2_958_465;

    private WorkbookTableReader() {}

    /**
     * The tables of the named sheets (matched trimmed and case-insensitively), keyed by the expected name; a sheet
     * that is missing or unusable is absent (with a finding when it is required).
     */
    static Map<String, Table> read(Path path, List<String> required, List<String> optional, FindingLog log) {
        return QuietPoi.during(() -> readSheets(path, required, optional, log));
    }

    private static Map<String, Table> readSheets(
            Path path, List<String> required, List<String> optional, FindingLog log) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        Map<String, Table> tables = new LinkedHashMap<>();
        try (OPCPackage opc = OPCPackage.open(path.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            workbook.forEach(
                    sheet -> sheets.putIfAbsent(Trimmed.of(sheet.getSheetName()).toLowerCase(Locale.ROOT), sheet));
            List<String> expected = new ArrayList<>(required);
            expected.addAll(optional);
            for (String name : expected) {
                Sheet sheet = sheets.get(name);
                if (sheet != null) {
                    Table table = table(sheet, FILE + "#" + name, log);
                    if (table != null) {
                        tables.put(name, table);
                    }
                } else if (required.contains(name)) {
                    List<String> found = workbook.getNumberOfSheets() == 0
                            ? List.of()
                            : sheets.values().stream().map(Sheet::getSheetName).toList();
                    log.add(Finding.error(
                            "input.missing_sheet",
                            SourceRef.of(FILE),
                            "",
                            name,
                            "no sheet named \"" + name + "\"" + Suggestions.didYouMean(name, found)
                                    + "; expected sheets: " + String.join(", ", required) + " (optional: "
                                    + String.join(", ", optional) + "); the workbook has: "
                                    + String.join(", ", found)));
                }
            }
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            log.add(Finding.error("input.bad_workbook", SourceRef.of(FILE), "", "", WorkbookProblem.describe(e)));
            return Map.of();
        }
        return tables;
    }

    private static @Nullable Table table(Sheet sheet, String file, FindingLog log) {
        if (sheet.getPhysicalNumberOfRows() == 0) {
            log.add(Finding.error(
                    "input.empty_file",
                    SourceRef.of(file),
                    "",
                    "",
                    "the sheet is empty; expected a header row naming the columns, then one row per record"));
            return null;
        }
        int headerIndex = sheet.getFirstRowNum();
        org.apache.poi.ss.usermodel.Row headerRow = sheet.getRow(headerIndex);
        int width = Math.max(headerRow.getLastCellNum(), 0);
        List<String> header = new ArrayList<>(Collections.nCopies(Math.min(width, Table.MAX_COLUMNS + 1), ""));
        for (Cell cell : headerRow) {
            if (cell.getColumnIndex() < header.size()) {
                header.set(cell.getColumnIndex(), text(cell, file, "", log));
            }
        }
        reportMergedCells(sheet, header, headerIndex, file, log);
        List<Row> rows = new ArrayList<>();
        // only the rows and cells present: linear in the cells of the sheet, however far apart they lie
        for (org.apache.poi.ss.usermodel.Row excelRow : sheet) {
            int r = excelRow.getRowNum();
            if (r <= headerIndex) {
                continue;
            }
            int[] columns = new int[Math.max(excelRow.getPhysicalNumberOfCells(), 0)];
            String[] values = new String[columns.length];
            int n = 0;
            for (Cell cell : excelRow) {
                int c = cell.getColumnIndex();
                String column = c < header.size() ? Trimmed.of(header.get(c)) : "";
                String value = Trimmed.of(text(cell, file, column, log));
                if (!value.isEmpty() && n < columns.length) {
                    columns[n] = c;
                    values[n++] = value;
                }
            }
            rows.add(Row.sparse(r + 1L, r, Arrays.copyOf(columns, n), Arrays.copyOf(values, n), header.size()));
        }
        return Table.of(file, headerIndex + 1L, header, rows, log);
    }

    private static void reportMergedCells(
            Sheet sheet, List<String> header, int headerIndex, String file, FindingLog log) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() < headerIndex) {
                continue;
            }
            int column = region.getFirstColumn();
            String name = column < header.size() ? Trimmed.of(header.get(column)) : "";
            log.add(Finding.error(
                    "input.merged_cells",
                    new SourceRef(file, region.getFirstRow() + 1L),
                    name,
                    "",
                    "cells " + region.formatAsString() + " are merged; unmerge them and repeat the value in "
                            + "every row (each row must stand on its own)"));
        }
    }

    /** The cell as text; a formula or error cell is reported and read as blank. */
    private static String text(Cell cell, String file, String column, FindingLog log) {
        if (cell == null) {
            return "";
        }
        String ref = new CellReference(cell).formatAsString(false);
        SourceRef at = new SourceRef(file, cell.getRowIndex() + 1L);
        if (cell.getCellType() == CellType.FORMULA) {
            log.add(Finding.error(
                    "input.formula",
                    at,
                    column,
                    "=" + cell.getCellFormula(),
                    "cell " + ref + " holds a formula; auditpack never evaluates formulas: copy the cells and "
                            + "paste them as values"));
            return value(cell, cell.getCachedFormulaResultType(), at, ref, column, log);
        }
        return value(cell, cell.getCellType(), at, ref, column, log);
    }

    /** A number cell as text: a date when date-formatted (and a day Excel can show), else the number. */
    private static String number(Cell cell, SourceRef at, String ref, String column, FindingLog log) {
        double number = cell.getNumericCellValue();
        String plain = Double.isFinite(number)
                ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
                : String.valueOf(number);
        if (!DateUtil.isCellDateFormatted(cell)) {
            return plain;
        }
        if (!DateUtil.isValidExcelDate(number)
                || number >= LAST_EXCEL_DAY + 1
                || cell.getLocalDateTimeCellValue() == null) {
            log.add(Finding.error(
                    "input.bad_date",
                    at,
                    column,
                    plain,
                    "cell " + ref + " is formatted as a date but " + "holds " + plain
                            + ", not a date Excel can show; accepted: a real date, or text YYYY-MM-DD"));
            return "";
        }
        return cell.getLocalDateTimeCellValue().toLocalDate().format(Cells.ISO_DATE);
    }

    /** The value of a cell of the given type (a formula's cached result is read only to avoid follow-up errors). */
    private static String value(Cell cell, CellType type, SourceRef at, String ref, String column, FindingLog log) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell, at, ref, column, log);
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> {
                if (cell.getCellType() == CellType.FORMULA) {
                    yield "";
                }
                log.add(Finding.error(
                        "input.bad_value",
                        at,
                        column,
                        "",
                        "cell " + ref + " holds an Excel error value; type the value itself"));
                yield "";
            }
            default -> "";
        };
    }
}
