package io.auditpack.report.pdf;

/** One heading of the summary as placed: its level (0 section, 1 subsection), its text and its page (cover = 1). */
record ContentsEntry(int level, String title, int page) {
    ContentsEntry {
        if (level < 0 || page < 0) {
            throw new IllegalArgumentException("level and page must not be negative: " + level + ", " + page);
        }
    }

    ContentsEntry on(int page) {
        return new ContentsEntry(level, title, page);
    }
}
