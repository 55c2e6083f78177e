package io.auditpack.input;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An iterator over elements fetched one ahead by {@link #advance()}, which returns null once there are no more. */
abstract class LookAhead<T> implements Iterator<T> {
    private @Nullable T next;
    private boolean ended;

    /** The next element, or null at the end (it is not called again after that). */
    protected abstract @Nullable T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = advance();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T element = Objects.requireNonNull(next);
        next = null;
        return element;
    }
}
