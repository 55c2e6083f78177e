package io.auditpack.input;

import java.util.Locale;

/**
 * Says in plain words why {@code workbook.xlsx} could not be opened, from the failure POI reported: a zip bomb, an
 * XML document type declaration (external entities are never resolved), or a file that is not an xlsx at all.
 */
final class WorkbookProblem {
    private static final String ADVICE = "; save it from Excel as \"Excel Workbook (.xlsx)\", or use CSV files";

    private WorkbookProblem() {}

    static String describe(Throwable failure) {
        String all = messages(failure).toLowerCase(Locale.ROOT);
        if (all.contains("zip bomb")
                || all.contains("max size of the expanded data")
                || all.contains("ratio of compressed file size")) {
            return "workbook.xlsx looks like a zip bomb: a part of it inflates to more than 100 times its compressed "
                    + "size or beyond 100 MB; refused without reading further" + ADVICE;
        }
        if (all.contains("doctype") || all.contains("dtd") || all.contains("entity")) {
            return "workbook.xlsx holds an XML DOCTYPE declaration (a way to pull in external entities); refused: "
                    + "auditpack never resolves XML entities" + ADVICE;
        }
        return "workbook.xlsx is not an Excel .xlsx workbook, or is damaged or cut short (" + firstLine(failure) + ")"
                + ADVICE;
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        return all.toString();
    }

    /** The innermost message, on one line, without exception class names. */
    private static String firstLine(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? "unreadable" : deepest.getMessage();
        return Shown.value(message.lines()
                .findFirst()
                .orElse("unreadable")
                .replaceAll("[A-Za-z.]*Exception:?", "")
                .strip());
    }
}
