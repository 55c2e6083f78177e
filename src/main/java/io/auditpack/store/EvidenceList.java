package io.auditpack.store;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidenceOutline;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.SourceRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of evidence items kept compact, because catalogs run to millions of records: each item is
 * encoded (IDs, titles and files as UTF-8, dates as day numbers, and the values that repeat across rows, such as
 * control lists, approvers, sources and extra column names, as indexes into a dictionary) into byte blocks of up to
 * 1 MiB held by a {@link EvidenceBlocks}, on the heap or off it: about 60 to 100 bytes a record where the objects took
 * about 240, plus 8 bytes of the record's position on the heap. {@link #get} decodes a new, equal {@link EvidenceItem}
 * each time, so callers compare items with {@code equals}, never {@code ==}.
 */
public final class EvidenceList extends AbstractList<EvidenceItem> implements EvidenceItems, RandomAccess {
    private static final EvidenceList EMPTY = builder().build();
    private static final int BLOCK = 1 << 20;
    private static final EvidenceType[] TYPES = EvidenceType.values();
    private static final long NO_DATE = 0;
    private static final long DATE_OFFSET = 1_000_000; // day numbers of years 0000-9999 become positive

    private final EvidenceBlocks blocks;
    private final long[] starts;
    private final int size;
    private final List<List<String>> controlLists;
    private final List<String> words;

    private EvidenceList(Builder builder) {
        this.blocks = builder.store;
        this.size = builder.size;
        this.starts = Arrays.copyOf(builder.starts, builder.size);
        this.controlLists = List.copyOf(builder.controlLists.values);
        this.words = List.copyOf(builder.words.values);
    }

    public static EvidenceList of() {
        return EMPTY;
    }

    /** The items in the same order, compact: the list itself when it already is an {@code EvidenceList}. */
    public static EvidenceList copyOf(List<EvidenceItem> items) {
        if (items instanceof EvidenceList compact) {
            return compact;
        }
        Builder builder = builder();
        items.forEach(builder::add);
        return builder.build();
    }

    /** A builder keeping the encoded items on the heap. */
    public static Builder builder() {
        return new Builder(EvidenceBlocks.onHeap());
    }

    /** A builder keeping the encoded items in {@code store} (for example off the heap, for millions of items). */
    public static Builder builder(EvidenceBlocks store) {
        return new Builder(store);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public EvidenceItem get(int index) {
        Objects.checkIndex(index, size);
        return reader(index).item();
    }

    /** The ID of the item at {@code index}, without decoding the rest of it. */
    @Override
    public String id(int index) {
        Objects.checkIndex(index, size);
        return reader(index).text();
    }

    /** The item at {@code index} without its texts: their longest lines are counted from the UTF-8, no text is made. */
    @Override
    public EvidenceOutline outline(int index) {
        Objects.checkIndex(index, size);
        return reader(index).outline();
    }

    /** The control IDs the item at {@code index} names, without decoding the rest of it. */
    @Override
    public List<String> controlIds(int index) {
        Objects.checkIndex(index, size);
        Reader reader = reader(index);
        reader.skipText();
        return controlLists.get((int) reader.number());
    }

    /** The type of the item at {@code index}, without decoding the rest of it. */
    @Override
    public EvidenceType type(int index) {
        Objects.checkIndex(index, size);
        Reader reader = reader(index);
        reader.skipText();
        reader.number();
        reader.skipText();
        return TYPES[(int) reader.number()];
    }

    /**
     * A reader of item {@code index}: over the block's array when the block is on the heap, else over a copy of the
     * item's bytes (one bulk read from a mapped block instead of a checked read per byte).
     */
    private Reader reader(int index) {
        long start = starts[index];
        ByteBuffer block = blocks.block((int) (start >>> 32));
        int at = (int) start;
        if (block.hasArray()) {
            return new Reader(block.array(), block.arrayOffset() + at);
        }
        boolean nextInBlock = index + 1 < size && (starts[index + 1] >>> 32) == (start >>> 32);
        int end = nextInBlock ? (int) starts[index + 1] : block.limit();
        byte[] copy = new byte[end - at];
        block.get(at, copy);
        return new Reader(copy, 0);
    }

    /** Collects items in order; {@link #build()} gives the list. Not thread-safe. */
    public static final class Builder {
        private final EvidenceBlocks store;
        private final Dictionary<List<String>> controlLists = new Dictionary<>();
        private final Dictionary<String> words = new Dictionary<>();
        private final Writer record = new Writer();
        private long[] starts = new long[1024];
        private int size;
        private byte[] block = new byte[4096];
        private int blockNumber;
        private int used;

        private Builder(EvidenceBlocks store) {
            this.store = Objects.requireNonNull(store, "store must not be null");
        }

        public Builder add(EvidenceItem item) {
            record.reset();
            record.text(item.id());
            record.number(controlLists.index(item.controlIds()));
            record.text(item.title());
            record.number(item.type().ordinal());
            record.date(item.performedOn());
            record.date(item.coversFrom());
            record.date(item.coversTo());
            record.date(item.collectedOn());
            record.text(item.file());
            record.text(item.sha256());
            record.number(words.index(item.approvedBy()));
            record.number(words.index(item.sourceSystem()));
            record.number(words.index(item.source().file()));
            record.number(item.source().line());
            record.number(item.extra().size());
            item.extra().forEach((column, value) -> {
                record.number(words.index(column));
                record.text(value);
            });
            append(record.bytes, record.length);
            return this;
        }

        private void append(byte[] bytes, int length) {
            if (used + length > block.length) {
                if (used + length <= BLOCK) {
                    block = Arrays.copyOf(block, Math.min(BLOCK, Math.max(block.length * 2, used + length)));
                } else {
                    flush();
                    if (length > block.length) {
                        block = new byte[Math.max(length, Math.min(BLOCK, block.length * 2))];
                    }
                }
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
            }
            starts[size++] = (long) blockNumber << 32 | used;
            System.arraycopy(bytes, 0, block, used, length);
            used += length;
        }

        /** Hands the current block to the store; the next items go to the next block. */
        private void flush() {
            if (used > 0) {
                int kept = store.keep(block, used);
                if (kept != blockNumber) {
                    throw new IllegalStateException("the store numbered block " + blockNumber + " " + kept);
                }
                blockNumber++;
                used = 0;
            }
        }

        public EvidenceList build() {
            flush();
            store.seal();
            block = new byte[0];
            return new EvidenceList(this);
        }
    }

    /**
     * Dates by epoch day, made once for the days of 1970 to 2099 (catalogs repeat a few thousand dates over millions
     * of records, and each read decodes up to four): a shared, immutable {@link LocalDate} instead of a new one.
     */
    private static final class Days {
        private static final long FIRST = LocalDate.of(1970, 1, 1).toEpochDay();
        private static final LocalDate[] MADE =
                new LocalDate[(int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST)];

        static LocalDate of(long epochDay) {
            long slot = epochDay - FIRST;
            if (slot < 0 || slot >= MADE.length) {
                return LocalDate.ofEpochDay(epochDay);
            }
            LocalDate day = MADE[(int) slot];
            if (day == null) {
                day = LocalDate.ofEpochDay(epochDay);
                MADE[(int) slot] = day; // a race makes an equal date twice, harmlessly
            }
            return day;
        }
    }

    /** Each distinct value once, numbered in order of first use. */
    private static final class Dictionary<T> {
        private final Map<T, Integer> numbers = new HashMap<>();
        private final List<T> values = new ArrayList<>();

        int index(T value) {
            return numbers.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }
    }

    /** One record's bytes, reused from record to record. */
    private static final class Writer {
        private byte[] bytes = new byte[256];
        private int length;

        void reset() {
            length = 0;
        }

        void number(long value) {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                put((byte) (rest & 0x7F | 0x80));
                rest >>>= 7;
            }
            put((byte) rest);
        }

        void date(@Nullable LocalDate date) {
            number(date == null ? NO_DATE : date.toEpochDay() + DATE_OFFSET);
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }

        private void put(byte b) {
            ensure(1);
            bytes[length++] = b;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** Decodes one record from the bytes holding it. */
    private final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        EvidenceItem item() {
            String id = text();
            List<String> controlIds = controlLists.get((int) number());
            String title = text();
            EvidenceType type = TYPES[(int) number()];
            LocalDate performed = date();
            LocalDate from = date();
            LocalDate to = date();
            LocalDate collected = date();
            String file = text();
            String sha256 = text();
            String approvedBy = words.get((int) number());
            String sourceSystem = words.get((int) number());
            String sourceFile = words.get((int) number());
            long line = number();
            int extras = (int) number();
            Map<String, String> extra = Map.of();
            if (extras > 0) {
                extra = new LinkedHashMap<>();
                for (int i = 0; i < extras; i++) {
                    extra.put(words.get((int) number()), text());
                }
            }
            return new EvidenceItem(
                    id,
                    controlIds,
                    title,
                    type,
                    performed,
                    from,
                    to,
                    collected,
                    file,
                    sha256,
                    approvedBy,
                    sourceSystem,
                    new SourceRef(sourceFile, line),
                    extra);
        }

        EvidenceOutline outline() {
            int idLine = longestLine();
            List<String> controlIds = controlLists.get((int) number());
            int titleLine = longestLine();
            EvidenceType type = TYPES[(int) number()];
            LocalDate performed = date();
            LocalDate from = date();
            LocalDate to = date();
            LocalDate collected = date();
            boolean hasFile = bytes[at] != 0; // the file's length, a varint: zero is one zero byte
            int fileLine = longestLine();
            skipText();
            String approvedBy = words.get((int) number());
            String sourceSystem = words.get((int) number());
            number();
            number();
            int extras = (int) number();
            Map<String, Integer> extraLines = Map.of();
            if (extras > 0) {
                extraLines = new LinkedHashMap<>();
                for (int i = 0; i < extras; i++) {
                    extraLines.put(words.get((int) number()), longestLine());
                }
            }
            return new EvidenceOutline(
                    controlIds,
                    type,
                    performed,
                    from,
                    to,
                    collected,
                    approvedBy,
                    sourceSystem,
                    hasFile,
                    idLine,
                    titleLine,
                    fileLine,
                    extraLines);
        }

        /**
         * Skips a text, giving the length of its longest line in UTF-16 code units ({@link
         * EvidenceOutline#longestLine}) counted from its UTF-8: a byte that does not continue a character starts one
         * code unit, two for a four-byte character (a surrogate pair).
         */
        private int longestLine() {
            int length = (int) number();
            int end = at + length;
            int longest = 0;
            int line = 0;
            for (int i = at; i < end; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    longest = Math.max(longest, line);
                    line = 0;
                } else if ((b & 0xC0) != 0x80) {
                    line += (b & 0xF8) == 0xF0 ? 2 : 1;
                }
            }
            at = end;
            return Math.max(longest, line);
        }

        private long number() {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }

        private @Nullable LocalDate date() {
            long day = number();
            return day == NO_DATE ? null : Days.of(day - DATE_OFFSET);
        }

        private void skipText() {
            int length = (int) number();
            at += length;
        }

        private String text() {
            int length = (int) number();
            if (length == 0) {
                return "";
            }
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }
}
