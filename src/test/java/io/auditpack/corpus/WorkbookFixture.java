package io.auditpack.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds {@code workbook.xlsx} fixtures at test time from a readable description: the CSV files of the input folder
 * become sheets of text cells (and are deleted), then steps change the workbook: {@code sheet-rename OLD | NEW},
 * {@code sheet-drop NAME}, {@code sheet-add NAME}, {@code merge SHEET | B2:B3}, {@code formula SHEET | E2 | EXPR},
 * {@code date SHEET | E2 | 2026-03-31}, {@code number SHEET | E2 | 3.5}, {@code text SHEET | E2 | TEXT},
 * {@code sparse SHEET | COLUMN | FIRST ROW | ROWS | TEXT} (one cell far to the right on each of many rows).
 * Also makes hostile files: a zip bomb and a workbook with an XML external entity.
 */
final class WorkbookFixture {
    static final List<String> SHEETS = List.of("controls", "mappings", "evidence", "applicability");

    private final XSSFWorkbook workbook;

    private WorkbookFixture(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static WorkbookFixture fromCsv(Path input) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        for (String name : SHEETS) {
            Path csv = input.resolve(name + ".csv");
            if (!Files.exists(csv)) {
                continue;
            }
            Sheet sheet = workbook.createSheet(name);
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
                int r = 0;
                for (CSVRecord record : parser) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < record.size(); c++) {
                        if (!record.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(record.get(c));
                        }
                    }
                }
            }
            Files.delete(csv);
        }
        return new WorkbookFixture(workbook);
    }

    void apply(String verb, List<String> args) {
        switch (verb) {
            case "sheet-rename" -> workbook.setSheetName(workbook.getSheetIndex(args.get(0)), args.get(1));
            case "sheet-drop" -> workbook.removeSheetAt(workbook.getSheetIndex(args.get(0)));
            case "sheet-add" -> workbook.createSheet(args.get(0));
            case "merge" -> workbook.getSheet(args.get(0)).addMergedRegion(CellRangeAddress.valueOf(args.get(1)));
            case "formula" -> cell(args).setCellFormula(args.get(2));
            case "number" -> cell(args).setCellValue(Double.parseDouble(args.get(2)));
            case "text" -> cell(args).setCellValue(args.get(2));
            case "sparse" -> {
                // sparse SHEET | COLUMN | FIRST ROW | ROWS | TEXT: one cell per row, far to the right
                Sheet sheet = workbook.getSheet(args.get(0));
                int column = CellReference.convertColStringToIndex(args.get(1));
                int first = Integer.parseInt(args.get(2)) - 1;
                for (int r = first; r < first + Integer.parseInt(args.get(3)); r++) {
                    Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                    row.createCell(column).setCellValue(args.get(4));
                }
            }
            case "date" -> {
                Cell cell = cell(args);
                cell.setCellValue(LocalDate.parse(args.get(2)));
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(
                        workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                cell.setCellStyle(style);
            }
            default -> throw new IllegalArgumentException("unknown workbook step: " + verb);
        }
    }

    private Cell cell(List<String> args) {
        Sheet sheet = workbook.getSheet(args.get(0));
        CellReference ref = new CellReference(args.get(1));
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        return row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
    }

    void write(Path target) throws IOException {
        try (workbook;
                OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
    }

    /**
     * A workbook (from the input's CSV files) whose first sheet part is padded with 40 MB of spaces after the XML
     * declaration: valid XML that inflates about a thousand times its compressed size.
     */
    static void zipBomb(Path input, Path target) throws IOException {
        byte[] valid = bytes(fromCsv(input));
        rewrite(
                valid,
                target,
                "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + " ".repeat(40 * 1024 * 1024)));
    }

    /**
     * A workbook (from the input's CSV files) whose shared strings declare an external entity naming a file outside
     * the input folder and use it in a cell.
     */
    static void externalEntity(Path input, Path target, Path secret) throws IOException {
        byte[] valid = bytes(fromCsv(input));
        rewrite(
                valid,
                target,
                "xl/sharedStrings.xml",
                xml -> xml.replaceFirst(
                                "\\?>", "?><!DOCTYPE sst [<!ENTITY " + "xxe SYSTEM \"" + secret.toUri() + "\">]>")
                        .replaceFirst("<t>([^<]*)</t>", "<t>&xxe;</t>"));
    }

    private static byte[] bytes(WorkbookFixture fixture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = fixture.workbook) {
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static void rewrite(
            byte[] zip, Path target, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = readAll(in);
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
