package io.auditpack.domain;

import java.util.Objects;

/**
 * Where a record came from: a file name as the user knows it (for example {@code controls.csv} or
 * {@code workbook.xlsx#controls}) and its 1-based line (the record's first physical line; 0 when not applicable).
 */
public record SourceRef(String file, long line) {
    public SourceRef {
        Objects.requireNonNull(file, "file must not be null");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    public static SourceRef of(String file) {
        return new SourceRef(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
