package io.auditpack.input;

import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Runs a workbook read with POI's own logging switched off: for a damaged file POI logs parser errors with their
 * stack traces on the console, while the {@code input.bad_workbook} finding already says what is wrong, in words.
 */
final class QuietPoi {
    private static final String POI = "org.apache.poi";

    private QuietPoi() {}

    static <T> T during(Supplier<T> read) {
        if (!(LoggerFactory.getLogger(POI) instanceof ch.qos.logback.classic.Logger logger)) {
            return read.get();
        }
        ch.qos.logback.classic.Level before = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.OFF);
        try {
            return read.get();
        } finally {
            logger.setLevel(before);
        }
    }
}
