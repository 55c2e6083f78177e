package io.auditpack.report.excel;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * An SXSSF workbook (a window of rows in memory, the rest flushed to a temporary file) whose .xlsx parts are
 * deflated at level 1 instead of POI's default 6. A sheet of a million rows is close to a gigabyte of XML, and
 * deflating it is a large share of the workbook's time; level 1 is several times faster for a somewhat larger file
 * (see docs/performance.md). The level is fixed, so the same content still gives the same bytes.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

    StreamingWorkbook(int window) {
        super(window);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(DEFLATE_LEVEL);
        return zip;
    }
}
