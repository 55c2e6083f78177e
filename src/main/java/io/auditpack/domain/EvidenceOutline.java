package io.auditpack.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An evidence item without its free texts (ID, title, file, declared SHA-256, extra values): the parts a pass over
 * a whole catalog reads of every item (its controls, type, dates, approver and source), and of each text left out
 * only its longest line, in UTF-16 code units, which is what a column's width is made from. A catalog kept encoded
 * reads it without making the texts ({@link EvidenceItems#outline}); {@link #of} takes it from an item. It tells the
 * same {@link EvidenceFacts} as the item.
 *
 * @param extraLines the longest line of each extra value, by extra column, in the item's column order
 */
public record EvidenceOutline(
        List<String> controlIds,
        EvidenceType type,
        @Nullable LocalDate performedOn,
        @Nullable LocalDate coversFrom,
        @Nullable LocalDate coversTo,
        @Nullable LocalDate collectedOn,
        String approvedBy,
        String sourceSystem,
        boolean hasFile,
        int idLine,
        int titleLine,
        int fileLine,
        Map<String, Integer> extraLines)
        implements EvidenceFacts {

    public EvidenceOutline {
        controlIds = List.copyOf(controlIds);
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(approvedBy, "approvedBy must not be null");
        Objects.requireNonNull(sourceSystem, "sourceSystem must not be null");
        extraLines = extraLines.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraLines));
    }

    /** The outline of an item. */
    public static EvidenceOutline of(EvidenceItem item) {
        Map<String, Integer> extraLines = new LinkedHashMap<>();
        item.extra().forEach((column, value) -> extraLines.put(column, longestLine(value)));
        return new EvidenceOutline(
                item.controlIds(),
                item.type(),
                item.performedOn(),
                item.coversFrom(),
                item.coversTo(),
                item.collectedOn(),
                item.approvedBy(),
                item.sourceSystem(),
                item.hasFile(),
                longestLine(item.id()),
                longestLine(item.title()),
                longestLine(item.file()),
                extraLines);
    }

    /** The length of the text's longest line (lines end at a line feed), in UTF-16 code units; 0 for no text. */
    public static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            longest = Math.max(longest, end - start);
            start = end + 1;
        }
        return Math.max(longest, text.length() - start);
    }
}
