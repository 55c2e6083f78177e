package io.auditpack.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * An SXSSF workbook whose sheets' rows are written as XML directly ({@link RowXml}, through {@link TableSheet})
 * instead of through POI's row and cell objects, and whose .xlsx parts are deflated at level 1 instead of POI's
 * default 6. A sheet of a million rows is most of a gigabyte of XML: building a row object, a cell object and a
 * cell reference per cell was about a third of a records-only run, and deflating at level 6 several times slower
 * than at level 1 for a somewhat smaller file (see docs/performance.md). The level is fixed, so the same content
 * still gives the same bytes. SXSSF still lays out each sheet part (columns, panes, hyperlinks, autofilter, print
 * setup) and injects the rows into it; the sheet dimensions come from {@link TableSheet}, which knows them.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

    /** The most distinct words the shared-string table takes; more are written inline. */
    static final int SHARED_WORDS = 4096;

    private final Map<SXSSFSheet, RowXml> rows = new IdentityHashMap<>();
    private final Map<String, Integer> shared = new HashMap<>();
    private final List<TableSheet> tables = new ArrayList<>();
    private final List<DeferredRows> deferred = new ArrayList<>();
    private @Nullable RowXml created;

    StreamingWorkbook() {
        super(1);
        setShouldCalculateSheetDimensions(false);
    }

    /** A new sheet whose rows are written with {@link #rows(SXSSFSheet)}. */
    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        rows.put(sheet, created);
        created = null;
        return sheet;
    }

    RowXml rows(SXSSFSheet sheet) {
        RowXml xml = rows.get(sheet);
        if (xml == null) {
            throw new IllegalStateException("not a sheet of this workbook: " + sheet.getSheetName());
        }
        return xml;
    }

    /** The sheet part SXSSF writes around the rows: columns, panes, hyperlinks, autofilter, dimension. */
    XSSFSheet layout(SXSSFSheet sheet) {
        return getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    /**
     * The index of a word in the workbook's shared-string table (added on first use), or -1 when the word needs
     * escaping or the table already holds {@value #SHARED_WORDS} words. For the values that repeat down a column
     * (control IDs, types, yes/no, slices, sources): a reference is a fraction of an inline string's XML.
     */
    int shared(String word) {
        Integer index = shared.get(word);
        if (index != null) {
            return index;
        }
        if (shared.size() >= SHARED_WORDS || !RowXml.plain(word)) {
            return -1;
        }
        int added = getXSSFWorkbook().getSharedStringSource().addSharedStringItem(new XSSFRichTextString(word));
        shared.put(word, added);
        return added;
    }

    /** The index of a word already in the shared-string table, or -1 (nothing is added). */
    int sharedIndex(String word) {
        Integer index = shared.get(word);
        return index == null ? -1 : index;
    }

    void register(TableSheet table) {
        tables.add(table);
    }

    /** The rows of these sheets are made by {@code replay} while the workbook is written ({@link DeferredRows}). */
    void defer(List<SXSSFSheet> sheets, DeferredRows.Replay replay) {
        deferred.add(new DeferredRows(sheets, replay));
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        for (DeferredRows rows : deferred) {
            if (rows.holds(sheet)) {
                return out -> rows.copyTo(sheet, out);
            }
        }
        return super.createSheetInjector(sheet);
    }

    /** Also stops the makers of deferred rows still running (a workbook given up half-written). */
    @Override
    public boolean dispose() {
        deferred.forEach(DeferredRows::stop);
        return super.dispose();
    }

    /** Completes every table's last sheet (its last row and its dimension), then writes the workbook. */
    @Override
    public void write(OutputStream stream) throws IOException {
        tables.forEach(TableSheet::complete);
        super.write(stream);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        created = new RowXml();
        return created;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(DEFLATE_LEVEL);
        return zip;
    }
}
