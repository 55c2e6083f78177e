package io.auditpack.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * The second pass of a deferred table ({@link TableSheet#deferred}): when the workbook reaches the table's first
 * sheet, a thread of its own makes the rows again, as XML into one {@link SheetPipe} per sheet, and each sheet's
 * entry copies its pipe as it is written (and compressed) by the workbook's thread. The sheets are written in order,
 * so the maker fills them in order.
 */
final class DeferredRows {
    /** Makes the table's rows into these row writers, one per sheet, in order, and completes each. */
    @FunctionalInterface
    interface Replay {
        void write(List<RowXml> sheets);
    }

    private final List<SXSSFSheet> sheets;
    private final Replay replay;
    private final List<SheetPipe> pipes = new ArrayList<>();
    private @Nullable Thread maker;

    DeferredRows(List<SXSSFSheet> sheets, Replay replay) {
        this.sheets = List.copyOf(sheets);
        this.replay = replay;
        sheets.forEach(sheet -> pipes.add(new SheetPipe()));
    }

    boolean holds(SXSSFSheet sheet) {
        return sheets.contains(sheet);
    }

    /** Writes the rows of one of the table's sheets into its entry, starting the maker on the first call. */
    void copyTo(SXSSFSheet sheet, OutputStream out) throws IOException {
        start();
        pipes.get(sheets.indexOf(sheet)).copyTo(out);
    }

    /** Stops the maker, if it still runs (the workbook was given up). */
    synchronized void stop() {
        if (maker != null) {
            maker.interrupt();
        }
    }

    private synchronized void start() throws IOException {
        if (maker != null) {
            return;
        }
        List<RowXml> targets = new ArrayList<>();
        for (SheetPipe pipe : pipes) {
            targets.add(new RowXml(new Utf8Writer(pipe.input())));
        }
        maker = new Thread(
                () -> {
                    try {
                        replay.write(targets);
                    } catch (RuntimeException | Error e) {
                        Throwable failure = e instanceof UncheckedIOException unchecked
                                ? Objects.requireNonNullElse(unchecked.getCause(), e)
                                : e;
                        pipes.forEach(pipe -> pipe.fail(failure));
                    }
                },
                "auditpack-sheet-rows");
        maker.setDaemon(true);
        maker.start();
    }
}
