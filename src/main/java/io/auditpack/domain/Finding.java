package io.auditpack.domain;

import java.util.Objects;

/**
 * A validation finding. {@code file} is the input file it concerns (empty when none), {@code line} its 1-based line
 * (0 when none), {@code column} the column name (empty when none) and {@code value} the offending value as read
 * (empty when none). {@code message} says what is wrong and, for errors, what would be accepted.
 */
public record Finding(
        Severity severity, String code, String file, long line, String column, String value, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        file = Objects.requireNonNullElse(file, "");
        column = Objects.requireNonNullElse(column, "");
        value = Objects.requireNonNullElse(value, "");
        Objects.requireNonNull(message, "message must not be null");
    }

    public static Finding error(String code, SourceRef at, String column, String value, String message) {
        return new Finding(Severity.ERROR, code, at.file(), at.line(), column, value, message);
    }

    public static Finding warning(String code, SourceRef at, String column, String value, String message) {
        return new Finding(Severity.WARNING, code, at.file(), at.line(), column, value, message);
    }

    public static Finding info(String code, SourceRef at, String column, String value, String message) {
        return new Finding(Severity.INFO, code, at.file(), at.line(), column, value, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a terminal: {@code controls.csv:12: column frequency, value "montly": ...}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(severity.name().toLowerCase(java.util.Locale.ROOT))
                .append(' ')
                .append(code)
                .append(": ");
        if (!file.isEmpty()) {
            text.append(file);
            if (line > 0) {
                text.append(", line ").append(line);
            }
            if (!column.isEmpty()) {
                text.append(", column ").append(column);
            }
            if (!value.isEmpty()) {
                text.append(", value \"").append(value).append('"');
            }
            text.append(": ");
        }
        return text.append(message).toString();
    }
}
