package io.auditpack.report.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the workbook, created once: bold header, text, quote-prefixed text (for text that looks
 * like a formula), ISO date, integer, one-decimal percent, hyperlink, and the status fills (green for
 * effective/covered/current/present/ready/implemented, amber for inconsistent/partial/stale/ready_with_observations/
 * partially_implemented/planned, red for no_records/missing_control/missing/not_ready/not_implemented).
 */
final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle quoted;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle link;
    private final CellStyle good;
    private final CellStyle warn;
    private final CellStyle bad;

    Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setQuotePrefixed(true); // header names include the user's extra columns: always text, never a formula
        text = workbook.createCellStyle();
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(blue);
        good = fill(workbook, IndexedColors.LIGHT_GREEN);
        warn = fill(workbook, IndexedColors.LIGHT_ORANGE);
        bad = fill(workbook, IndexedColors.ROSE);
    }

    /** The style of a cell holding a status word: a fill colour for the words that judge, plain text otherwise. */
    CellStyle status(String word) {
        return switch (word) {
            case "effective", "covered", "current", "present", "ready", "implemented", "fulfilled" -> good;
            case "inconsistent", "partial", "stale", "ready_with_observations", "partially_implemented", "planned" ->
                warn;
            case "no_records", "missing_control", "missing", "not_ready", "not_implemented", "overdue" -> bad;
            default -> text;
        };
    }

    private static CellStyle fill(Workbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
