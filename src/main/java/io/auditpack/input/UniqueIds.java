package io.auditpack.input;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The IDs seen so far in one file, compared ignoring case: IDs name folders and files in the pack, and {@code AC-01}
 * and {@code ac-01} would share one folder once the pack is unpacked on Windows or macOS.
 */
final class UniqueIds {
    private record Seen(String id, long line) {
    }

    private final String kind;
    private final Map<String, Seen> byKey = new HashMap<>();

    UniqueIds(String kind) {
        this.kind = kind;
    }

    /** Reports {@code input.duplicate_id} when the ID (in any case) was already seen; true when it is new. */
    boolean check(Cells cells, String column, String id) {
        Seen earlier = byKey.putIfAbsent(id.toLowerCase(Locale.ROOT), new Seen(id, cells.at().line()));
        if (earlier == null) {
            return true;
        }
        if (earlier.id().equals(id)) {
            cells.error("input.duplicate_id", column, id, kind + " " + id + " is already defined on line "
                    + earlier.line() + "; " + kind + " IDs must be unique");
        } else {
            cells.error("input.duplicate_id", column, id, kind + " " + id + " differs from " + earlier.id()
                    + " on line " + earlier.line() + " only by case; " + kind + " IDs must be unique ignoring case "
                    + "(they name folders and files in the pack, and Windows and macOS ignore case)");
        }
        return false;
    }
}
