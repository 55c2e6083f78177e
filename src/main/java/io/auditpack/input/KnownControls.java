package io.auditpack.input;

import java.util.Set;

/**
 * The control IDs of the library, for checking references from other files; {@link #unchecked()} when the library
 * could not be read (then references are not judged, to avoid a cascade of false errors).
 */
record KnownControls(Set<String> ids, boolean checked) {
    KnownControls {
        ids = Set.copyOf(ids);
    }

    static KnownControls unchecked() {
        return new KnownControls(Set.of(), false);
    }

    /** Reports an unknown control ID (with a did-you-mean); true when the ID is known or cannot be judged. */
    boolean check(Cells cells, String column, String id) {
        if (!checked || ids.contains(id)) {
            return true;
        }
        cells.error(
                "input.unknown_control",
                column,
                id,
                "control " + id + " is not defined in the control library" + Suggestions.didYouMean(id, ids)
                        + "; accepted: a control_id of the controls file");
        return false;
    }
}
