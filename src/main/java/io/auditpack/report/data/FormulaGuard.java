package io.auditpack.report.data;

/**
 * The OWASP rule against CSV (formula) injection: a cell whose text starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return could be run as a formula by a spreadsheet, so CSV files write it with a
 * leading apostrophe. The workbook stores such text as a string cell and marks it quote-prefixed instead.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    /** True when a spreadsheet could take this text for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV cell should hold it: unchanged, or with a leading apostrophe when it looks like a formula. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
