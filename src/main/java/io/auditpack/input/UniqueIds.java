package io.auditpack.input;

import java.util.Objects;

/**
 * The IDs seen so far in one file, compared ignoring case: IDs name folders and files in the pack, and {@code AC-01}
 * and {@code ac-01} would share one folder once the pack is unpacked on Windows or macOS. Held compactly
 * ({@link FirstLines}), as evidence catalogs run to millions of rows.
 */
final class UniqueIds {
    private final String kind;
    private final FirstLines seen = new FirstLines();

    UniqueIds(String kind) {
        this.kind = kind;
    }

    /** Reports {@code input.duplicate_id} when the ID (in any case) was already seen; true when it is new. */
    boolean check(Cells cells, String column, String id) {
        long earlierLine = seen.putIfAbsent(id, cells.at().line());
        if (earlierLine < 0) {
            return true;
        }
        String earlier = Objects.requireNonNull(seen.first(id), id);
        if (earlier.equals(id)) {
            cells.error(
                    "input.duplicate_id",
                    column,
                    id,
                    kind + " " + id + " is already defined on line " + earlierLine + "; " + kind
                            + " IDs must be unique");
        } else {
            cells.error(
                    "input.duplicate_id",
                    column,
                    id,
                    kind + " " + id + " differs from " + earlier
                            + " on line " + earlierLine + " only by case; " + kind
                            + " IDs must be unique ignoring case "
                            + "(they name folders and files in the pack, and Windows and macOS ignore case)");
        }
        return false;
    }
}
